/**
 * A timer of the presenter view: time spent against time planned, coloured by `timerTone`
 * (amber near the end, red past it) and said in words too.
 */
import { useTranslation } from 'react-i18next';
import { clockText, timerTone } from './timerTone.ts';

export interface SessionTimerProps {
  /** What is timed (« Cette partie », « Toute la séance »). */
  label: string;
  elapsedMs: number;
  /** Planned minutes. */
  plannedMinutes: number;
}

/** One timer, with its tone in colour and in words. */
export function SessionTimer({ label, elapsedMs, plannedMinutes }: SessionTimerProps) {
  const { t } = useTranslation();
  const plannedMs = plannedMinutes * 60_000;
  const tone = timerTone(elapsedMs, plannedMs);
  const left = Math.ceil((plannedMs - elapsedMs) / 60_000);
  const over = Math.ceil((elapsedMs - plannedMs) / 60_000);
  return (
    <div className={`session-timer timer-${tone}`} data-tone={tone}>
      <p className="timer-label">{label}</p>
      <p className="timer-clock">
        {t('advisor.presenter.timer', { spent: clockText(elapsedMs), planned: plannedMinutes })}
      </p>
      <p className="timer-tone">{t(`advisor.presenter.tone.${tone}`, { left, over })}</p>
    </div>
  );
}
