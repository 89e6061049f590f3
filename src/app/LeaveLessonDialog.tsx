/** « Quitter la leçon ? », asked when the browser's Back would leave a lesson run. */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../progress/ModalDialog.tsx';

export interface LeaveLessonDialogProps {
  /** « Rester dans la leçon » (focused first; also Escape). */
  onStay(): void;
  /** « Quitter la leçon ». */
  onLeave(): void;
}

/** The question, with staying as the default answer. Render it only while asking. */
export function LeaveLessonDialog({ onStay, onLeave }: LeaveLessonDialogProps) {
  const { t } = useTranslation();
  const stay = useRef<HTMLButtonElement>(null);
  return (
    <ModalDialog
      title={t('leaveLesson.title')}
      onCancel={onStay}
      initialFocus={stay}
      actions={
        <>
          <button ref={stay} type="button" className="button primary" onClick={onStay}>
            {t('leaveLesson.stay')}
          </button>
          <button type="button" className="button" onClick={onLeave}>
            {t('leaveLesson.leave')}
          </button>
        </>
      }
    >
      <p>{t('leaveLesson.text')}</p>
    </ModalDialog>
  );
}
