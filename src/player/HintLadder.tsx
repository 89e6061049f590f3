/**
 * The help ladder of a step: « J'ai besoin d'aide » shows the next hint, one rung at a time, and
 * every rung climbed stays visible; after the last one, « Montre-moi » is what is left.
 * « Montre-moi » is always there too, and says plainly when it cannot act.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompiledLesson, Unit } from '../lesson/types.ts';
import { tabLabel } from './browserTabs.ts';
import type { ShowOutcome } from './demonstrate.ts';
import { LessonText } from './LessonText.tsx';

export interface HintLadderProps {
  lesson: CompiledLesson;
  unit: Unit;
  /** Hint rungs shown so far (from the lesson actor). */
  hintRung: number;
  onHint(): void;
  /** Demonstrates the unit; the outcome says whether it could. */
  onShow(): ShowOutcome;
}

/** Hints shown so far, the help button and « Montre-moi ». */
export function HintLadder({ lesson, unit, hintRung, onHint, onShow }: HintLadderProps) {
  const { t } = useTranslation();
  const showButton = useRef<HTMLButtonElement>(null);
  const [problem, setProblem] = useState<Exclude<ShowOutcome, { ok: true }> | null>(null);
  const hints = unit.kind === 'step' ? unit.hints : [];
  const shown = hints.slice(0, hintRung);
  const moreHints = hintRung < hints.length;

  const help = () => {
    // The help button goes away after the last hint: keep keyboard focus on « Montre-moi ».
    if (hintRung + 1 >= hints.length) showButton.current?.focus();
    onHint();
  };
  const show = () => {
    const outcome = onShow();
    setProblem(outcome.ok ? null : outcome);
  };

  return (
    <div className="help">
      <div aria-live="polite">
        {shown.length > 0 && (
          <ol className="hints" aria-label={t('player.hints')}>
            {shown.map((hint) => (
              <li key={hint.slot} className="hint">
                <LessonText lesson={lesson} slot={hint.slot} />
              </li>
            ))}
          </ol>
        )}
        {!moreHints && hintRung > 0 && <p className="no-more-hints">{t('player.noMoreHints')}</p>}
      </div>
      <div className="help-buttons">
        {moreHints && (
          <button type="button" className="button primary" onClick={help}>
            {t('player.help')}
          </button>
        )}
        <button type="button" ref={showButton} className={hintRung > 0 && !moreHints ? 'button primary' : 'button'} onClick={show}>
          {t('player.show')}
        </button>
      </div>
      <p className="show-problem" role="status">
        {problem?.reason === 'hidden-tab'
          ? t('player.showFailed.hiddenTab', { tab: tabLabel(problem.site) })
          : problem?.reason === 'not-on-screen'
            ? t('player.showFailed.notOnScreen')
            : problem
              ? t('player.showFailed.failed')
              : ''}
      </p>
    </div>
  );
}
