/**
 * The help ladder of a step: « J'ai besoin d'aide » shows the next hint, one rung at a time, and
 * every rung climbed stays visible; after the last one, « Montre-moi » is what is left. In Guided
 * mode « Montre-moi » is always there too; in Alone mode it is the ladder's last rung, and the
 * first rung also tells what to do now. Help can be offered (after mistakes or a pause), never
 * forced. « Montre-moi » says plainly when it cannot act; while a demonstration runs it does
 * nothing, and the second click of a double click is the same press.
 */
import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompiledLesson, Mode, Unit } from '../lesson/types.ts';
import { useSites } from './SitesContext.tsx';
import type { ShowOutcome } from './demonstrate.ts';
import { LessonText } from './LessonText.tsx';
import { ReadAloudButton } from './speech/ReadAloudButton.tsx';

export interface HintLadderProps {
  lesson: CompiledLesson;
  unit: Unit;
  mode: Mode;
  /** Help is offered: say so, without taking the focus. */
  offered: boolean;
  /** Hint rungs shown so far (from the lesson actor). */
  hintRung: number;
  onHint(): void;
  /** Demonstrates the unit; the outcome says whether it could. */
  onShow(): Promise<ShowOutcome>;
  /** A demonstration is running: « Montre-moi » waits for its end (default: false). */
  demonstrating?: boolean;
}

/** Hints shown so far, the help button and « Montre-moi ». */
export function HintLadder({
  lesson,
  unit,
  mode,
  offered,
  hintRung,
  onHint,
  onShow,
  demonstrating = false,
}: HintLadderProps) {
  const { t } = useTranslation();
  const { registry } = useSites();
  const showButton = useRef<HTMLButtonElement>(null);
  // The help button goes away after the last hint: keyboard focus moves on to « Montre-moi ».
  const focusShow = useRef(false);
  useEffect(() => {
    if (!focusShow.current) return;
    focusShow.current = false;
    showButton.current?.focus();
  }, [hintRung]);
  const [problem, setProblem] = useState<Exclude<ShowOutcome, { ok: true }> | null>(null);
  const hints = unit.kind === 'step' ? unit.hints : [];
  const shown = hints.slice(0, hintRung);
  const moreHints = hintRung < hints.length;
  const showAvailable = mode !== 'alone' || !moreHints;
  const locale = lesson.meta.locale;

  const help = () => {
    // The help button goes away after the last hint: keep keyboard focus on « Montre-moi ».
    focusShow.current = hintRung + 1 >= hints.length;
    onHint();
  };
  const show = async (event: MouseEvent) => {
    if (demonstrating || event.detail > 1) return;
    const outcome = await onShow();
    setProblem(outcome.ok ? null : outcome);
  };

  return (
    <div className="help">
      <div aria-live="polite">
        {mode === 'alone' && hintRung > 0 && unit.kind === 'step' && (
          <div className="hint now">
            <p className="instruction-label">{t('player.now')}</p>
            <LessonText lesson={lesson} slot={unit.slot} />
          </div>
        )}
        {shown.length > 0 && (
          <ol className="hints" aria-label={t('player.hints')}>
            {shown.map((hint) => (
              <li key={hint.slot} className="hint">
                <LessonText lesson={lesson} slot={hint.slot} />
                <ReadAloudButton text={hint.text} locale={locale} what={t('player.readAloud.hint')} />
              </li>
            ))}
          </ol>
        )}
        {!moreHints && hintRung > 0 && <p className="no-more-hints">{t('player.noMoreHints')}</p>}
      </div>
      <p className="help-offered" role="status">
        {offered && moreHints ? t('player.offered') : offered && hintRung > 0 ? t('player.offeredShow') : ''}
      </p>
      <div className="help-buttons">
        {moreHints && (
          <button type="button" className={offered ? 'button primary offered' : 'button primary'} onClick={help}>
            {t('player.help')}
          </button>
        )}
        {showAvailable && (
          <button
            type="button"
            ref={showButton}
            className={hintRung > 0 && !moreHints ? 'button primary' : 'button'}
            aria-disabled={demonstrating || undefined}
            onClick={show}
          >
            {t('player.show')}
          </button>
        )}
      </div>
      <p className="show-problem" role="status">
        {problem?.reason === 'hidden-tab'
          ? t('player.showFailed.hiddenTab', { tab: registry.site(problem.site)?.tabLabel ?? problem.site })
          : problem?.reason === 'not-on-screen'
            ? t('player.showFailed.notOnScreen')
            : problem
              ? t('player.showFailed.failed')
              : ''}
      </p>
    </div>
  );
}
