/**
 * The QR code of a progress code: the `/reprendre` address with the code and the lessons done,
 * drawn by `uqr` as one SVG path (black on white, a quiet zone of 4 modules as the standard asks).
 */
import { useMemo } from 'react';
import { renderSVG } from 'uqr';

/** Props of `ProgressQr`. */
export interface ProgressQrProps {
  /** What the QR code holds (an address). */
  value: string;
  /** Its accessible name. */
  label: string;
}

/** A QR code as an image with an accessible name. */
export function ProgressQr({ value, label }: ProgressQrProps) {
  const svg = useMemo(() => renderSVG(value, { ecc: 'M', border: 4, pixelSize: 4 }), [value]);
  // The SVG is made by uqr from `value` alone: rectangles and a path, no text from the page.
  return <div className="progress-qr" role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: svg }} />;
}
