/**
 * « Scanner le code QR avec la caméra »: the camera's picture, read a few times a second until a
 * QR code is seen. A missing camera, a refused permission or a browser without camera access
 * each get their own message; typing the code always works.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createFrameReader } from './scanQrFrame.ts';

/** Props of `QrScanner`. */
export interface QrScannerProps {
  /** Called with the text of the QR code read (the resume link). */
  onRead: (text: string) => void;
}

type Status = 'idle' | 'looking' | 'found' | 'noCamera' | 'notFound' | 'refused' | 'failed';

/** Time between two frames read, in ms. */
const FRAME_EVERY_MS = 250;

/** Why `getUserMedia` failed, as a status. */
function failure(error: unknown): Status {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'refused';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'notFound';
  return 'failed';
}

/** The camera button, its picture while it looks, and its messages. */
export function QrScanner({ onRead }: QrScannerProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status>('idle');
  const [stream, setStream] = useState<MediaStream>();
  const video = useRef<HTMLVideoElement>(null);
  const onReadRef = useRef(onRead);
  useEffect(() => {
    onReadRef.current = onRead;
  }, [onRead]);

  const start = async () => {
    const media = globalThis.navigator?.mediaDevices;
    if (typeof media?.getUserMedia !== 'function') return setStatus('noCamera');
    setStatus('looking');
    try {
      setStream(await media.getUserMedia({ video: { facingMode: 'environment' }, audio: false }));
    } catch (error) {
      setStatus(failure(error));
    }
  };

  // While the stream is on: show it, read frames, stop the camera when done or on leaving.
  useEffect(() => {
    const element = video.current;
    if (!stream || !element) return;
    element.srcObject = stream;
    void element.play().catch(() => undefined);
    const reader = createFrameReader();
    let stopped = false;
    let busy = false;
    const timer = setInterval(() => {
      if (busy || stopped || element.readyState < 2) return;
      busy = true;
      reader
        .read(element)
        .then((text) => {
          if (!text || stopped) return;
          stopped = true;
          setStatus('found');
          setStream(undefined);
          onReadRef.current(text);
        })
        .catch(() => undefined)
        .finally(() => {
          busy = false;
        });
    }, FRAME_EVERY_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
      for (const track of stream.getTracks()) track.stop();
      element.srcObject = null;
    };
  }, [stream]);

  const stop = () => {
    setStream(undefined);
    setStatus('idle');
  };

  return (
    <div className="group-scan">
      {stream ? (
        <button type="button" className="button" onClick={stop}>
          {t('advisor.group.scan.stop')}
        </button>
      ) : (
        <button type="button" className="button" onClick={() => void start()}>
          {t('advisor.group.scan.start')}
        </button>
      )}
      {stream && (
        <video ref={video} className="group-scan-video" muted playsInline aria-label={t('advisor.group.scan.video')} />
      )}
      <div role="status">
        {(status === 'looking' || status === 'found') && <p>{t(`advisor.group.scan.${status}`)}</p>}
      </div>
      {(status === 'noCamera' || status === 'notFound' || status === 'refused' || status === 'failed') && (
        <p className="field-error" role="alert">
          {t(`advisor.group.scan.${status}`)}
        </p>
      )}
    </div>
  );
}
