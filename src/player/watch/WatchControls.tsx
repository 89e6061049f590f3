/**
 * Watch mode's controls: « Suivant » lets the app do the step in front of the learner, and
 * « À moi ! » hands over: the lesson goes on in Guided mode from this step.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShowOutcome } from '../demonstrate.ts';

export interface WatchControlsProps {
  /** Moves the pointer and performs the step; resolves when done. */
  onNext(): Promise<ShowOutcome>;
  onTakeOver(): void;
}

export function WatchControls({ onNext, onTakeOver }: WatchControlsProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const next = async () => {
    if (busy) return;
    setBusy(true);
    const outcome = await onNext();
    setFailed(!outcome.ok);
    setBusy(false);
  };
  return (
    <div className="watch-controls">
      <p className="watch-status" role="status">
        {busy ? t('player.watch.watching') : failed ? t('player.showFailed.failed') : ''}
      </p>
      <div className="help-buttons">
        <button type="button" className="button primary big" onClick={next} aria-disabled={busy}>
          {t('player.watch.next')}
        </button>
        <button type="button" className="button" onClick={onTakeOver}>
          {t('player.watch.takeOver')}
        </button>
      </div>
    </div>
  );
}
