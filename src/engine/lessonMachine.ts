/**
 * The runtime half of every lesson machine: the guards and actions that compiled configs name,
 * implemented once with `setup()`, and the machine built from a compiled lesson. Its context is
 * data only (serialisable, so a run can be persisted); the practice world arrives in WORLD
 * events and time in each event's `at`. Each finished unit's evidence is emitted as an
 * `evidence` event.
 */
import { assign, enqueueActions, setup } from 'xstate';
import { meetsExpect, parseExpect, personaField, sameValue } from '../lesson/expect.ts';
import type {
  CompiledLesson,
  Mode,
  Persona,
  SiteAction,
  SiteEvent,
  StepData,
  TargetId,
  Unit,
} from '../lesson/types.ts';
import type { PracticeWorld } from '../lesson/world.ts';
import type { UnitEvidence } from './evidence.ts';
import type { Feedback } from './feedback.ts';

/** Everything a lesson run is told when it starts. */
export interface LessonInput {
  mode: Mode;
  persona: Persona;
  /** The practice world at the start; later changes arrive as WORLD events. */
  world: PracticeWorld;
  /** When the run starts (ms since the epoch); later times arrive with each event's `at`. */
  startedAt: number;
}

export interface LessonContext {
  /** The guidance mode: the actor is its only source (Watch → « À moi ! » sends SET_MODE). */
  mode: Mode;
  persona: Persona;
  world: PracticeWorld;
  startedAt: number;
  units: Readonly<Record<string, Unit>>;
  /** The step or question the learner is on, `null` once the lesson is over. */
  current: string | null;
  /** Hint rungs shown on the current unit (0 = none). */
  hintRung: number;
  feedback: Feedback | null;
  /** The evidence of the current unit, emitted when it ends. */
  unitEvidence: UnitEvidence | null;
  /** Answers to questions, by question id. */
  answers: Record<string, string>;
  /** Last values the learner committed on site targets, by target id. */
  siteValues: Record<string, string>;
  /** The evidence of every finished unit, by unit id (kept so that a resumed run has it all). */
  evidence: Record<string, UnitEvidence>;
  /**
   * The finished `fill` step that owns each target's value (and the item it edited): a value
   * committed there later is checked against that step's expectation (see `leftWrong`).
   */
  owners: Record<string, { unit: string; scope?: string }>;
}

/** When the event happened (ms since the epoch); the player stamps every event it sends. */
interface Stamped {
  at?: number;
}

export type LessonEvent = Stamped &
  (
    | ({ type: 'SITE' } & SiteEvent)
    | { type: 'HINT' }
    | { type: 'SHOW' }
    | { type: 'ADVISOR_HELPED' }
    | { type: 'ANSWER'; value: string }
    | { type: 'SET_MODE'; mode: Mode }
    | { type: 'WORLD'; world: PracticeWorld }
  );

/** What the actor emits: one `evidence` event per finished step or question. */
export interface EvidenceEmitted {
  type: 'evidence';
  evidence: UnitEvidence;
}

interface ExpectedParams {
  action: SiteAction;
  target: TargetId;
  /** Other targets that reach the same place. */
  also?: readonly TargetId[];
  expect?: string;
}

const timeOf = (context: LessonContext, event: { at?: number }) => event.at ?? context.startedAt;

function updateCurrent(context: LessonContext, change: (e: UnitEvidence) => UnitEvidence) {
  return context.unitEvidence ? change(context.unitEvidence) : null;
}

/** The current unit's evidence, ended now, in the mode the learner is in. */
function closeUnit(context: LessonContext, event: Stamped) {
  return updateCurrent(context, (e) => ({ ...e, done: true, endedAt: timeOf(context, event), mode: context.mode }));
}

/** Whether the feedback already on screen is about the value typed in this step's own field. */
function isAboutValue(
  feedback: Feedback | null,
  unit: StepData,
): feedback is Extract<Feedback, { kind: 'mistake' | 'wrong-value' }> {
  if (feedback?.unit !== unit.id) return false;
  return (
    feedback.kind === 'wrong-value' ||
    (feedback.kind === 'mistake' && unit.mistakes[feedback.index]?.on === unit.target)
  );
}

/** Whether the feedback is about a value and stays until the learner's next action. */
const isHeld = (feedback: Feedback | null) => feedback !== null && 'held' in feedback && feedback.held === true;

/** Which feedback a wrong site action deserves on the current step. */
function feedbackFor(context: LessonContext, event: SiteEvent): Feedback | null {
  const unit = context.current ? context.units[context.current] : undefined;
  if (!unit || unit.kind !== 'step') return null;
  const index = unit.mistakes.findIndex(
    (m) => m.on === event.target && (m.value === undefined || sameValue(m.value, event.value)),
  );
  if (index !== -1) return { kind: 'mistake', unit: unit.id, index };
  // A form sent with the step's wrong value (Enter, « Enregistrer »), refused or not: keep saying
  // what is wrong with the value, until the learner acts again.
  if (event.target !== unit.target && isAboutValue(context.feedback, unit) && !context.feedback.held)
    return event.ok === false ? context.feedback : { ...context.feedback, held: true };
  if (event.target !== unit.target) return { kind: 'wrong-target', unit: unit.id, target: event.target };
  if (event.ok === false) return { kind: 'refused', unit: unit.id };
  return { kind: 'wrong-value', unit: unit.id };
}

/**
 * The evidence of the finished step that owns `event`'s target, marked `leftWrong` or not by the
 * value just committed there; `null` when nothing changes.
 */
function amendOwner(context: LessonContext, event: SiteEvent): UnitEvidence | null {
  if (event.action !== 'fill' || event.value === undefined) return null;
  const owner = context.owners[event.target];
  if (!owner || owner.unit === context.current || owner.scope !== event.scope) return null;
  const step = context.units[owner.unit];
  const done = context.evidence[owner.unit];
  if (step?.kind !== 'step' || !done) return null;
  // A step without `expect` takes any value.
  const right = !step.expect || meetsExpect(parseExpect(step.expect), event.value, context.persona, context.world);
  if (right === !done.leftWrong) return null;
  if (!right) return { ...done, leftWrong: true };
  const amended = { ...done, ...(event.byGuide ? { shown: true } : {}) };
  delete amended.leftWrong;
  return amended;
}

/** The guards and actions every compiled lesson config refers to by name. */
export const lessonSetup = setup({
  types: {} as { context: LessonContext; events: LessonEvent; input: LessonInput; emitted: EvidenceEmitted },
  guards: {
    /** The site event is the step's expected action, accepted by the site, with a fitting value. */
    expectedAction: ({ context, event }, params: ExpectedParams) => {
      if (event.type !== 'SITE' || event.action !== params.action) return false;
      if (event.target !== params.target && !params.also?.includes(event.target)) return false;
      if (event.ok === false) return false;
      if (!params.expect) return true;
      return meetsExpect(parseExpect(params.expect), event.value ?? '', context.persona, context.world);
    },
    /** The answer is one of the question's correct answers. */
    answerIs: ({ event }, params: { values: string[] }) =>
      event.type === 'ANSWER' && params.values.includes(event.value),
    /** A branch case: `persona.<field>`, `answer.<question>` or `site.<target>` equals `value`. */
    branch: ({ context }, params: { on: string; value: string }) => {
      const dot = params.on.indexOf('.');
      const source = params.on.slice(0, dot);
      const key = params.on.slice(dot + 1);
      const actual =
        source === 'persona'
          ? personaField(context.persona, key)
          : source === 'answer'
            ? context.answers[key]
            : context.siteValues[key];
      return actual !== undefined && sameValue(actual, params.value);
    },
  },
  actions: {
    /** Starts the evidence of a step or question. */
    enterUnit: assign(({ context, event }, params: { unit: string }) => {
      const unit = context.units[params.unit];
      const evidence: UnitEvidence = {
        unit: params.unit,
        ...(unit?.kind === 'step' ? { skill: unit.skill } : {}),
        mode: context.mode,
        hintRung: 0,
        wrongActions: 0,
        shown: context.mode === 'watch',
        advisorHelped: false,
        startedAt: timeOf(context, event as Stamped),
        done: false,
      };
      // A new step on the same field owns its value from now on.
      const owners =
        unit?.kind === 'step' && context.owners[unit.target]
          ? Object.fromEntries(Object.entries(context.owners).filter(([target]) => target !== unit.target))
          : context.owners;
      return { current: params.unit, hintRung: 0, feedback: null, unitEvidence: evidence, owners };
    }),
    /** Closes the current step's evidence, reports it, and keeps the value the site reported. */
    completeStep: enqueueActions(({ context, event, enqueue }) => {
      const site = event.type === 'SITE' ? event : null;
      const unit = context.current ? context.units[context.current] : undefined;
      // Another route to the same place (an `also` target): recorded with the step.
      const route = unit?.kind === 'step' && site && site.target !== unit.target ? site.target : undefined;
      const closed = closeUnit(context, event);
      const evidence = closed && route ? { ...closed, route } : closed;
      enqueue.assign({
        feedback: null,
        unitEvidence: evidence,
        siteValues:
          site?.value !== undefined ? { ...context.siteValues, [site.target]: site.value } : context.siteValues,
        ...(evidence ? { evidence: { ...context.evidence, [evidence.unit]: evidence } } : {}),
        ...(site?.action === 'fill' && context.current
          ? {
              owners: {
                ...context.owners,
                [site.target]: { unit: context.current, ...(site.scope === undefined ? {} : { scope: site.scope }) },
              },
            }
          : {}),
      });
      if (evidence) enqueue.emit({ type: 'evidence', evidence });
    }),
    /**
     * Counts a wrong action and picks the feedback to show. A value committed on the target of a
     * finished step (same item) is checked against that step: left wrong, the step says so.
     */
    recordWrong: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'SITE') return;
      const amended = amendOwner(context, event);
      if (amended) {
        enqueue.assign({ evidence: { ...context.evidence, [amended.unit]: amended } });
        enqueue.emit({ type: 'evidence', evidence: amended });
      }
      const feedback = feedbackFor(context, event);
      // A harmless action is never counted as wrong; it gets feedback only if the author wrote some.
      if (event.neutral) {
        if (feedback?.kind === 'mistake') enqueue.assign({ feedback });
        return;
      }
      // Sending the form that holds a wrong value is the same mistake, not a new one.
      if (isHeld(feedback) && !isHeld(context.feedback)) return enqueue.assign({ feedback });
      if (event.ok === false && feedback === context.feedback) return;
      enqueue.assign({
        feedback,
        unitEvidence: updateCurrent(context, (e) => ({ ...e, wrongActions: e.wrongActions + 1 })),
      });
    }),
    /** Records an answer that moves the lesson on, and reports the question's evidence. */
    recordAnswer: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'ANSWER' || !context.current) return;
      const evidence = closeUnit(context, event);
      enqueue.assign({
        feedback: null,
        answers: { ...context.answers, [context.current]: event.value },
        unitEvidence: evidence,
        ...(evidence ? { evidence: { ...context.evidence, [evidence.unit]: evidence } } : {}),
      });
      if (evidence) enqueue.emit({ type: 'evidence', evidence });
    }),
    /** Counts a wrong answer. */
    recordWrongAnswer: assign(({ context, event }) => {
      if (event.type !== 'ANSWER' || !context.current) return {};
      return {
        feedback: { kind: 'wrong-answer', unit: context.current, value: event.value } satisfies Feedback,
        unitEvidence: updateCurrent(context, (e) => ({ ...e, wrongActions: e.wrongActions + 1 })),
      };
    }),
    /** Shows the next rung of the hint ladder (the last rung, « Montre-moi », is SHOW). */
    climbHint: assign(({ context }) => {
      const unit = context.current ? context.units[context.current] : undefined;
      const rungs = unit?.kind === 'step' ? unit.hints.length : 0;
      const hintRung = Math.min(context.hintRung + 1, rungs);
      return {
        hintRung,
        unitEvidence: updateCurrent(context, (e) => ({ ...e, hintRung: Math.max(e.hintRung, hintRung) })),
      };
    }),
    /** The step is being demonstrated: it will count as shown, not done. */
    markShown: assign(({ context }) => ({
      feedback: null,
      unitEvidence: updateCurrent(context, (e) => ({ ...e, shown: true })),
    })),
    /** A person stepped in: counts as shown. */
    markAdvisorHelped: assign(({ context }) => ({
      unitEvidence: updateCurrent(context, (e) => ({ ...e, advisorHelped: true })),
    })),
    /** Switches the guidance mode from now on (Watch → « À moi ! »). */
    setMode: assign(({ event }) => (event.type === 'SET_MODE' ? { mode: event.mode } : {})),
    /** The practice world changed (a code was sent, a message read). */
    setWorld: assign(({ event }) => (event.type === 'WORLD' ? { world: event.world } : {})),
    /** The lesson is over. */
    finish: assign({ current: null, feedback: null, unitEvidence: null }),
  },
});

/** Builds the machine of a compiled lesson: its JSON config, with the engine's implementations. */
export function createLessonMachine(lesson: Pick<CompiledLesson, 'machine' | 'units'>) {
  const units = Object.fromEntries(lesson.units.map((u) => [u.id, u]));
  return lessonSetup.createMachine({
    ...lesson.machine,
    context: ({ input }) => ({
      mode: input.mode,
      persona: input.persona,
      world: input.world,
      startedAt: input.startedAt,
      units,
      current: null,
      hintRung: 0,
      feedback: null,
      unitEvidence: null,
      answers: {},
      siteValues: {},
      evidence: {},
      owners: {},
    }),
  });
}
