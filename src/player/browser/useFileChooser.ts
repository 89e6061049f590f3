/**
 * The practice browser's side of `SiteBridgeValue.chooseFile`: a site's « Parcourir » button asks
 * for a file, the « Ouvrir » dialog shows until the learner opens one or cancels, and the promise
 * the button waits on resolves with the file (or `null`). One dialog at a time: a new request
 * cancels the one open.
 */
import { useCallback, useRef, useState } from 'react';
import type { PracticeFile } from '../../lesson/practiceFiles.ts';

/** The dialog's request in progress: which button asked. */
export interface FileRequest {
  forTarget: string;
}

interface Pending extends FileRequest {
  resolve(file: PracticeFile | null): void;
}

/** `chooseFile` for the bridge, the request shown (or `null`), and `close` for the dialog. */
export function useFileChooser() {
  const pending = useRef<Pending | null>(null);
  const [request, setRequest] = useState<FileRequest | null>(null);
  const chooseFile = useCallback(
    (forTarget: string) =>
      new Promise<PracticeFile | null>((resolve) => {
        pending.current?.resolve(null);
        pending.current = { forTarget, resolve };
        setRequest({ forTarget });
      }),
    [],
  );
  const close = useCallback((file: PracticeFile | null) => {
    const open = pending.current;
    pending.current = null;
    setRequest(null);
    open?.resolve(file);
  }, []);
  return { request, chooseFile, close };
}
