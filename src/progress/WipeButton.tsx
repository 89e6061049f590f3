/**
 * « Terminer et tout effacer », in the header of every page: asks first (saying what will be
 * erased, and offering to take the progress code), then erases everything and goes home.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useHydrated } from '../ui/useHydrated.ts';
import { ModalDialog } from './ModalDialog.tsx';
import { useProgress } from './ProgressProvider.tsx';

/** The wipe button and its confirmation dialog. */
export function WipeButton() {
  const { t } = useTranslation();
  const { hasProgress, wipe } = useProgress();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const running = useHydrated(); // the prerendered button waits for the app
  const cancel = useRef<HTMLButtonElement>(null);
  const close = () => setOpen(false);
  const confirm = () => {
    setBusy(true);
    // The provider remounts the app when the wipe is done: this component goes with it.
    void wipe('ended');
  };
  return (
    <>
      <button type="button" className="button wipe-button" disabled={!running} onClick={() => setOpen(true)}>
        {t('progress.header.wipe')}
      </button>
      {open && (
        <ModalDialog
          title={t('progress.wipe.title')}
          onCancel={close}
          initialFocus={cancel}
          actions={
            <>
              <button type="button" className="button primary" onClick={confirm} disabled={busy}>
                {t('progress.wipe.confirm')}
              </button>
              <button ref={cancel} type="button" className="button" onClick={close} disabled={busy}>
                {t('progress.wipe.cancel')}
              </button>
            </>
          }
        >
          <p>{t('progress.wipe.text')}</p>
          {hasProgress && (
            <p>
              {t('progress.wipe.codeHint')}{' '}
              <Link href="/carnet/code" onClick={close}>
                {t('progress.wipe.codeLink')}
              </Link>
            </p>
          )}
        </ModalDialog>
      )}
    </>
  );
}
