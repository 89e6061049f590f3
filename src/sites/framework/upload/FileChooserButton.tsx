/**
 * A « Parcourir » / « Ajouter un fichier » button that is a lesson target: it opens the practice
 * browser's own « Ouvrir » dialog (never the computer's), and when the learner opens a file it
 * reports `{ action: 'upload', target, value: <file name> }` and hands the file to the site, which
 * checks its format and size and shows its own messages (and says whether it refused the file).
 * Cancelling reports nothing.
 */
import { useRef, useState, type ReactNode } from 'react';
import type { PracticeFile } from '../../../lesson/practiceFiles.ts';
import type { TargetId } from '../../../lesson/types.ts';
import { useSiteBridge } from '../SiteBridge.tsx';

export interface FileChooserButtonProps {
  /** The target id, e.g. `france-travail.documents.parcourir`; its registry entry lists `upload`. */
  target: string;
  /** The button's words (« Parcourir », « Ajouter un fichier »). */
  children: ReactNode;
  /**
   * Called with the file the learner opened in the dialog; returns `false` when the site refuses
   * it (wrong format, too large), so that the upload is reported refused (`ok: false`).
   */
  // `void` too: a handler that refuses nothing returns nothing (`(file) => void`).
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type
  onChosen(file: PracticeFile): boolean | void;
  className?: string;
  /** The id of a hint or an error the button is described by (`aria-describedby`). */
  describedBy?: string;
}

/** `<button data-target>` opening the practice « Ouvrir » dialog. */
export function FileChooserButton({ target, children, onChosen, className, describedBy }: FileChooserButtonProps) {
  const { emit, chooseFile } = useSiteBridge();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <button
      ref={button}
      type="button"
      className={className}
      data-target={target}
      aria-describedby={describedBy}
      aria-haspopup="dialog"
      aria-expanded={open}
      onClick={() => {
        if (!chooseFile || open) return;
        setOpen(true);
        void chooseFile(target).then((file) => {
          setOpen(false);
          if (!file) return;
          const accepted = onChosen(file) !== false;
          emit({ action: 'upload', target: target as TargetId, value: file.name, ...(accepted ? {} : { ok: false }) });
        });
      }}
    >
      {children}
    </button>
  );
}
