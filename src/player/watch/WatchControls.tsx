/**
 * Watch mode's controls: « Suivant » lets the app do the step in front of the learner (on a
 * question: first shows the right answer, then goes on), and « À moi ! » hands over: the lesson
 * goes on in Guided mode from this step. While a demonstration runs « Suivant » does nothing, and
 * the second click of a double click is the same press.
 */
import { useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShowOutcome } from '../demonstrate.ts';

export interface WatchControlsProps {
  /** Moves the pointer and performs the step (or shows the answer, then answers); resolves when done. */
  onNext(): Promise<ShowOutcome>;
  onTakeOver(): void;
  /** A demonstration is running (default: false). */
  demonstrating?: boolean;
}

export function WatchControls({ onNext, onTakeOver, demonstrating = false }: WatchControlsProps) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const next = async (event: MouseEvent) => {
    if (demonstrating || event.detail > 1) return;
    const outcome = await onNext();
    setFailed(!outcome.ok);
  };
  return (
    <div className="watch-controls">
      <p className="watch-status" role="status">
        {demonstrating ? t('player.watch.watching') : failed ? t('player.showFailed.failed') : ''}
      </p>
      <div className="help-buttons">
        <button type="button" className="button primary big" onClick={next} aria-disabled={demonstrating || undefined}>
          {t('player.watch.next')}
        </button>
        <button type="button" className="button" onClick={onTakeOver}>
          {t('player.watch.takeOver')}
        </button>
      </div>
    </div>
  );
}
