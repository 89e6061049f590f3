/**
 * The inactivity warning: after the delay of the settings with nobody at the computer, a modal
 * « Vous êtes encore là ? » counts down, then everything is wiped. « Je suis encore là » (or
 * Escape) ends it. Mounted once, in the shell.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InactivityClock } from './inactivityTimer.ts';
import { ModalDialog } from './ModalDialog.tsx';
import { useProgress } from './ProgressProvider.tsx';
import { useInactivity } from './useInactivity.ts';

/** Props of `InactivityWarning`. */
export interface InactivityWarningProps {
  /** Seconds of the countdown (default: 60). */
  warningSeconds?: number;
  /** Clock and timers (default: the global ones). */
  clock?: InactivityClock;
}

/** Seconds at which the countdown is spoken (it is shown every second). */
const spokenAt = new Set([30, 10]);

function Countdown({ secondsLeft }: { secondsLeft: number }) {
  const { t } = useTranslation();
  // The last count read out: adjusted while rendering, so the live region changes with the count.
  const [spoken, setSpoken] = useState(secondsLeft);
  if (spokenAt.has(secondsLeft) && spoken !== secondsLeft) setSpoken(secondsLeft);
  return (
    <>
      <p className="countdown" aria-hidden="true">
        {t('progress.inactivity.countdown', { count: secondsLeft })}
      </p>
      <p className="visually-hidden" aria-live="assertive">
        {t('progress.inactivity.countdown', { count: spoken })}
      </p>
    </>
  );
}

/** Watches for inactivity; shows the warning, then wipes. */
export function InactivityWarning({ warningSeconds = 60, clock }: InactivityWarningProps) {
  const { t, i18n } = useTranslation();
  const { settings, hasProgress, reading, wipe } = useProgress();
  const stay = useRef<HTMLButtonElement>(null);
  const { secondsLeft, stillHere } = useInactivity({
    minutes: settings.inactivityMinutes,
    warningSeconds,
    // With nothing kept, count from the first touch: a computer nobody uses is left alone.
    waitForActivity: !hasProgress && !reading,
    onExpire: () => {
      void i18n.changeLanguage('fr'); // the learner has gone: the next person starts in French
      void wipe('inactive');
    },
    ...(clock ? { clock } : {}),
  });
  if (secondsLeft === undefined) return null;
  const minutes = Math.round(settings.inactivityMinutes);
  return (
    <ModalDialog
      role="alertdialog"
      title={t('progress.inactivity.title')}
      onCancel={stillHere}
      initialFocus={stay}
      actions={
        <button ref={stay} type="button" className="button primary big" onClick={stillHere}>
          {t('progress.inactivity.stay')}
        </button>
      }
    >
      <p>{t('progress.inactivity.text', { count: Math.max(1, minutes) })}</p>
      <Countdown secondsLeft={secondsLeft} />
    </ModalDialog>
  );
}
