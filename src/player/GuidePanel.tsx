/**
 * The guide panel: where the learner is (« Étape n sur N »), what to do as the mode shows it,
 * feedback after a wrong action, the help ladder (or Watch mode's « Suivant »), questions (in
 * every mode, with their answers; shown, not answered, in Watch mode), and « Un animateur m'a
 * aidé ». It announces each new step to screen readers without taking focus from the site.
 */
import { textLanguage } from '../i18n/textLanguage.ts';
import { useSelector } from '@xstate/react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActorRefFrom } from 'xstate';
import type { LessonMachine } from '../engine/createLessonActor.ts';
import type { CompiledLesson, Mode, Unit } from '../lesson/types.ts';
import { shownAnswer, type ShowOutcome } from './demonstrate.ts';
import { FeedbackMessage } from './FeedbackMessage.tsx';
import { besideWayBack, isAway } from './feedback/besideWayBack.ts';
import { HintLadder } from './HintLadder.tsx';
import { Instruction } from './Instruction.tsx';
import { QuestionForm } from './QuestionForm.tsx';
import { speak } from './speech/speech.ts';
import { StepAnnouncer } from './StepAnnouncer.tsx';
import { useOfferedHelp } from './useOfferedHelp.ts';
import { WatchControls } from './watch/WatchControls.tsx';
import type { Whereabouts } from './readWhereabouts.ts';
import { WayBackMessage } from './WayBackMessage.tsx';

const here: Whereabouts = { status: 'here' };

export interface GuidePanelProps {
  lesson: CompiledLesson;
  actor: ActorRefFrom<LessonMachine>;
  mode: Mode;
  /** Demonstrates a unit (« Montre-moi »; on a question, shows the right answer). */
  onShow(unit: Unit): Promise<ShowOutcome>;
  /** Watch mode: shows where, then demonstrates the unit. */
  onWatchNext(unit: Unit): Promise<ShowOutcome>;
  /** Watch mode: « À moi ! », go on in Guided mode from this step. */
  onTakeOver(): void;
  /** Whether a step of this skill is faded (Guided: short instruction, no highlight). */
  isFaded(skill: string): boolean;
  /** A demonstration is running: « Montre-moi » and « Suivant » wait for its end (default: false). */
  demonstrating?: boolean;
  /** The question whose answer was shown, if any. */
  revealed?: string | null;
  /** Whether the current step's target is on screen, and the way back when it is not. */
  whereabouts?: Whereabouts;
}

/** The guide beside the practice browser. */
export function GuidePanel({
  lesson,
  actor,
  mode,
  onShow,
  onWatchNext,
  onTakeOver,
  isFaded,
  demonstrating = false,
  revealed = null,
  whereabouts = here,
}: GuidePanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const textId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const current = useSelector(actor, (s) => s.context.current);
  const hintRung = useSelector(actor, (s) => s.context.hintRung);
  const feedback = useSelector(actor, (s) => s.context.feedback);
  const attempt = useSelector(actor, (s) => s.context.unitEvidence?.wrongActions ?? 0);
  const [advisorNoted, setAdvisorNoted] = useState<string | null>(null);

  // Never take focus from the site while a step is done there; but when the focused element
  // went away (the start button, an answered question), or when the next thing to do is a
  // question (answered here, in the guide), bring focus and view to the step's heading.
  const isQuestion = lesson.units.find((u) => u.id === current)?.kind === 'question';
  useEffect(() => {
    const timer = setTimeout(() => {
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (!lost && !isQuestion) return;
      heading.current?.focus({ preventScroll: true });
      heading.current?.scrollIntoView?.({ block: 'nearest' });
    }, 0);
    return () => clearTimeout(timer);
  }, [current, isQuestion]);

  // Watch mode reads each new instruction aloud, where the browser can.
  useEffect(() => {
    const text = lesson.units.find((u) => u.id === current)?.text;
    if (mode === 'watch' && text) speak(text, lesson.meta.locale);
  }, [current, mode, lesson]);

  const index = lesson.units.findIndex((u) => u.id === current);
  const unit = lesson.units[index];
  const offered = useOfferedHelp(current ?? '', attempt, mode);
  const away = unit?.kind === 'step' && isAway(whereabouts);
  if (!unit) return null;
  const total = lesson.units.length;
  const position = { index: index + 1, total };
  const show =
    mode === 'alone' ? 'goal' : mode === 'guided' && unit.kind === 'step' && isFaded(unit.skill) ? 'short' : 'full';

  return (
    <section className="guide-panel" aria-labelledby={headingId}>
      <h1 className="guide-lesson" {...textLanguage(lesson.meta.locale)}>
        {lesson.meta.title}
      </h1>
      <p className={`mode-badge mode-${mode}`}>{t('player.modeNow', { mode: t(`modes.${mode}`) })}</p>
      <h2 id={headingId} ref={heading} tabIndex={-1} className="guide-step">
        {t('player.step', position)}
      </h2>
      <div className="progress" aria-hidden="true">
        <span style={{ width: `${(index / total) * 100}%` }} />
      </div>
      <Instruction
        key={unit.id}
        lesson={lesson}
        unit={unit}
        show={unit.kind === 'question' ? 'full' : show}
        id={textId}
      />
      {unit.kind === 'question' && (
        <QuestionForm
          key={`question-${unit.id}`}
          question={unit}
          labelledBy={textId}
          {...textLanguage(lesson.meta.locale)}
          readOnly={mode === 'watch'}
          shown={revealed === unit.id ? (shownAnswer(unit)?.value ?? null) : null}
          onAnswer={(value) => actor.send({ type: 'ANSWER', value, at: Date.now() })}
        />
      )}
      {mode !== 'alone' && (
        <FeedbackMessage
          lesson={lesson}
          unit={unit}
          // « Not the right place » says less than the way back.
          feedback={besideWayBack(feedback, away)}
          mode={mode}
          attempt={attempt}
        />
      )}
      {away && (mode !== 'alone' || offered) && <WayBackMessage whereabouts={whereabouts} />}
      {mode === 'watch' ? (
        <WatchControls
          key={`watch-${unit.id}`}
          onNext={() => onWatchNext(unit)}
          onTakeOver={onTakeOver}
          demonstrating={demonstrating}
        />
      ) : (
        <HintLadder
          key={`help-${unit.id}`}
          lesson={lesson}
          unit={unit}
          mode={mode}
          offered={offered}
          hintRung={hintRung}
          onHint={() => actor.send({ type: 'HINT', at: Date.now() })}
          onShow={() => onShow(unit)}
          demonstrating={demonstrating}
        />
      )}
      <p className="advisor">
        <button
          type="button"
          className="button small"
          onClick={() => {
            actor.send({ type: 'ADVISOR_HELPED', at: Date.now() });
            setAdvisorNoted(unit.id);
          }}
        >
          {t('player.advisor')}
        </button>
        <span aria-live="polite">{advisorNoted === unit.id ? ` ${t('player.advisorNoted')}` : ''}</span>
      </p>
      {/* Alone mode announces where the learner is, not what to do: that is help, given on request. */}
      <StepAnnouncer
        message={show === 'goal' ? t('player.step', position) : t('player.announce', { ...position, text: unit.text })}
      />
    </section>
  );
}
