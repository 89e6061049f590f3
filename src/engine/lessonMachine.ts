/**
 * The runtime half of every lesson machine: the guards and actions that compiled configs name,
 * implemented once with `setup()`, and the machine built from a compiled lesson.
 */
import { assign, setup } from 'xstate';
import { meetsExpect, parseExpect, sameValue, personaField } from '../lesson/expect.ts';
import type { CompiledLesson, Mode, Persona, SiteAction, SiteEvent, Unit } from '../lesson/types.ts';
import type { PracticeWorld } from '../lesson/world.ts';
import type { UnitEvidence } from './evidence.ts';
import type { Feedback } from './feedback.ts';

/** Everything a lesson run is told when it starts. */
export interface LessonInput {
  mode: Mode;
  persona: Persona;
  /** Reads the current practice world (the one-time code changes during the run). */
  world: () => PracticeWorld;
  /** Clock in milliseconds (default: `Date.now`); injectable for tests. */
  now?: () => number;
}

export interface LessonContext {
  mode: Mode;
  persona: Persona;
  world: () => PracticeWorld;
  now: () => number;
  units: Readonly<Record<string, Unit>>;
  /** The step or question the learner is on, `null` once the lesson is over. */
  current: string | null;
  /** Hint rungs shown on the current unit (0 = none). */
  hintRung: number;
  feedback: Feedback | null;
  evidence: Record<string, UnitEvidence>;
  /** Answers to questions, by question id. */
  answers: Record<string, string>;
  /** Last values the learner committed on site targets, by target id. */
  siteValues: Record<string, string>;
}

export type LessonEvent =
  | ({ type: 'SITE' } & SiteEvent)
  | { type: 'HINT' }
  | { type: 'SHOW' }
  | { type: 'ADVISOR_HELPED' }
  | { type: 'ANSWER'; value: string }
  | { type: 'SET_MODE'; mode: Mode };

interface ExpectedParams {
  action: SiteAction;
  target: string;
  expect?: string;
}

const ended = (evidence: UnitEvidence, at: number, mode: Mode): UnitEvidence => ({ ...evidence, done: true, endedAt: at, mode });

function updateCurrent(context: LessonContext, change: (e: UnitEvidence) => UnitEvidence) {
  const id = context.current;
  const evidence = id ? context.evidence[id] : undefined;
  if (!id || !evidence) return context.evidence;
  return { ...context.evidence, [id]: change(evidence) };
}

/** Whether the feedback already on screen is about the value typed in this step. */
function isAboutValue(feedback: Feedback | null, unit: string): feedback is Feedback {
  return feedback?.unit === unit && (feedback.kind === 'wrong-value' || (feedback.kind === 'mistake'));
}

/** Which feedback a wrong site action deserves on the current step. */
function feedbackFor(context: LessonContext, event: SiteEvent): Feedback | null {
  const unit = context.current ? context.units[context.current] : undefined;
  if (!unit || unit.kind !== 'step') return null;
  const index = unit.mistakes.findIndex(
    (m) => m.on === event.target && (m.value === undefined || sameValue(m.value, event.value)),
  );
  if (index !== -1) return { kind: 'mistake', unit: unit.id, index };
  // The site refused a form sent with the step's wrong value: keep saying what is wrong with it.
  if (event.ok === false && event.target !== unit.target && isAboutValue(context.feedback, unit.id)) return context.feedback;
  if (event.target !== unit.target) return { kind: 'wrong-target', unit: unit.id, target: event.target };
  if (event.ok === false) return { kind: 'refused', unit: unit.id };
  return { kind: 'wrong-value', unit: unit.id };
}

/** The guards and actions every compiled lesson config refers to by name. */
export const lessonSetup = setup({
  types: {} as { context: LessonContext; events: LessonEvent; input: LessonInput },
  guards: {
    /** The site event is the step's expected action, accepted by the site, with a fitting value. */
    expectedAction: ({ context, event }, params: ExpectedParams) => {
      if (event.type !== 'SITE' || event.action !== params.action || event.target !== params.target) return false;
      if (event.ok === false) return false;
      if (!params.expect) return true;
      return meetsExpect(parseExpect(params.expect), event.value ?? '', context.persona, context.world());
    },
    /** The answer is one of the question's correct answers. */
    answerIs: ({ event }, params: { values: string[] }) => event.type === 'ANSWER' && params.values.includes(event.value),
    /** A branch case: `persona.<field>`, `answer.<question>` or `site.<target>` equals `value`. */
    branch: ({ context }, params: { on: string; value: string }) => {
      const dot = params.on.indexOf('.');
      const source = params.on.slice(0, dot);
      const key = params.on.slice(dot + 1);
      const actual =
        source === 'persona' ? personaField(context.persona, key) : source === 'answer' ? context.answers[key] : context.siteValues[key];
      return actual !== undefined && sameValue(actual, params.value);
    },
  },
  actions: {
    /** Starts the evidence of a step or question. */
    enterUnit: assign(({ context }, params: { unit: string }) => {
      const unit = context.units[params.unit];
      const evidence: UnitEvidence = {
        unit: params.unit,
        ...(unit?.kind === 'step' ? { skill: unit.skill } : {}),
        mode: context.mode,
        hintRung: 0,
        wrongActions: 0,
        shown: context.mode === 'watch',
        advisorHelped: false,
        startedAt: context.now(),
        done: false,
      };
      return { current: params.unit, hintRung: 0, feedback: null, evidence: { ...context.evidence, [params.unit]: evidence } };
    }),
    /** Closes the current unit's evidence and keeps the value the site reported. */
    completeStep: assign(({ context, event }) => ({
      feedback: null,
      siteValues: event.type === 'SITE' && event.value !== undefined ? { ...context.siteValues, [event.target]: event.value } : context.siteValues,
      evidence: updateCurrent(context, (e) => ended(e, context.now(), context.mode)),
    })),
    /** Counts a wrong action and picks the feedback to show. */
    recordWrong: assign(({ context, event }) => {
      if (event.type !== 'SITE') return {};
      const feedback = feedbackFor(context, event);
      // A harmless action is never counted as wrong; it gets feedback only if the author wrote some.
      if (event.neutral) return feedback?.kind === 'mistake' ? { feedback } : {};
      // A refused submit that follows a wrong value is the same mistake, not a new one.
      if (event.ok === false && feedback === context.feedback) return {};
      return {
        feedback,
        evidence: updateCurrent(context, (e) => ({ ...e, wrongActions: e.wrongActions + 1 })),
      };
    }),
    /** Records an answer that moves the lesson on. */
    recordAnswer: assign(({ context, event }) => {
      if (event.type !== 'ANSWER' || !context.current) return {};
      return {
        feedback: null,
        answers: { ...context.answers, [context.current]: event.value },
        evidence: updateCurrent(context, (e) => ended(e, context.now(), context.mode)),
      };
    }),
    /** Counts a wrong answer. */
    recordWrongAnswer: assign(({ context, event }) => {
      if (event.type !== 'ANSWER' || !context.current) return {};
      return {
        feedback: { kind: 'wrong-answer', unit: context.current, value: event.value } satisfies Feedback,
        evidence: updateCurrent(context, (e) => ({ ...e, wrongActions: e.wrongActions + 1 })),
      };
    }),
    /** Shows the next rung of the hint ladder (the last rung, « Montre-moi », is SHOW). */
    climbHint: assign(({ context }) => {
      const unit = context.current ? context.units[context.current] : undefined;
      const rungs = unit?.kind === 'step' ? unit.hints.length : 0;
      const hintRung = Math.min(context.hintRung + 1, rungs);
      return { hintRung, evidence: updateCurrent(context, (e) => ({ ...e, hintRung: Math.max(e.hintRung, hintRung) })) };
    }),
    /** The step is being demonstrated: it will count as shown, not done. */
    markShown: assign(({ context }) => ({ feedback: null, evidence: updateCurrent(context, (e) => ({ ...e, shown: true })) })),
    /** A person stepped in: counts as shown. */
    markAdvisorHelped: assign(({ context }) => ({ evidence: updateCurrent(context, (e) => ({ ...e, advisorHelped: true })) })),
    /** Switches the guidance mode from now on (Watch → « À moi ! »). */
    setMode: assign(({ event }) => (event.type === 'SET_MODE' ? { mode: event.mode } : {})),
    /** The lesson is over. */
    finish: assign({ current: null, feedback: null }),
  },
});

/** Builds the machine of a compiled lesson: its JSON config, with the engine's implementations. */
export function createLessonMachine(lesson: Pick<CompiledLesson, 'machine' | 'units'>) {
  const units = Object.fromEntries(lesson.units.map((u) => [u.id, u]));
  return lessonSetup.createMachine({
    ...(lesson.machine as Parameters<typeof lessonSetup.createMachine>[0]),
    context: ({ input }) => ({
      mode: input.mode,
      persona: input.persona,
      world: input.world,
      now: input.now ?? Date.now,
      units,
      current: null,
      hintRung: 0,
      feedback: null,
      evidence: {},
      answers: {},
      siteValues: {},
    }),
  });
}
