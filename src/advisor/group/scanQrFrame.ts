/**
 * Reads a QR code in the current frame of a video: with the browser's `BarcodeDetector` when it
 * has one, else with the `qr` library on the frame's pixels (drawn on a canvas).
 */
import { decodeQR } from 'qr/decode.js';

/** The part of the Barcode Detection API used here (not yet in TypeScript's DOM types). */
interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
type BarcodeDetectorClass = new (options: { formats: string[] }) => BarcodeDetectorLike;

/** A reader of video frames; `undefined` from `read` when no QR code is seen. */
export interface FrameReader {
  read(video: HTMLVideoElement): Promise<string | undefined>;
}

/** A frame reader for this browser. */
export function createFrameReader(): FrameReader {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (Detector) {
    let detector: BarcodeDetectorLike | undefined;
    try {
      detector = new Detector({ formats: ['qr_code'] });
    } catch {
      detector = undefined; // QR codes not supported by this detector: use the library
    }
    if (detector) {
      const found = detector;
      return {
        async read(video) {
          const codes = await found.detect(video);
          return codes[0]?.rawValue;
        },
      };
    }
  }
  const canvas = document.createElement('canvas');
  return {
    async read(video) {
      const width = video.videoWidth;
      const height = video.videoHeight;
      if (width === 0 || height === 0) return undefined;
      canvas.width = width;
      canvas.height = height;
      const context = canvas.getContext('2d', { willReadFrequently: true });
      if (!context) return undefined;
      context.drawImage(video, 0, 0, width, height);
      const { data } = context.getImageData(0, 0, width, height);
      try {
        return decodeQR({ width, height, data }, { format: 'RGBA' });
      } catch {
        return undefined; // no QR code in this frame
      }
    },
  };
}
