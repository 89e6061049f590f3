/**
 * The lesson machine's config as the compiler emits it: plain JSON that names its guards and
 * actions; the engine implements them once (`src/engine/lessonMachine.ts`). The zod schema gives
 * the types and, in tests, validates every compiled lesson. Only types leave this file for the
 * app: the schema is for the compiler and the tests.
 */
import { z } from 'zod';

const action = z.enum(['click', 'fill', 'choose', 'check', 'upload']);
const targetId = z.templateLiteral([z.string(), '.', z.string()]);

/** The step's expected action: the guard `expectedAction` checks a SITE event against it. */
const expectedAction = z.strictObject({
  type: z.literal('expectedAction'),
  params: z.strictObject({
    action,
    target: targetId,
    /** Other targets that reach the same place (the step's `also`). */
    also: z.array(targetId).min(1).optional(),
    expect: z.string().optional(),
  }),
});

/** A branch case: `persona.<field>`, `answer.<question>` or `site.<target>` equals `value`. */
const branchGuard = z.strictObject({
  type: z.literal('branch'),
  params: z.strictObject({ on: z.string().regex(/^(persona|answer|site)\..+/), value: z.string() }),
});

const enterUnit = z.strictObject({ type: z.literal('enterUnit'), params: z.strictObject({ unit: z.string() }) });

export const stepStateSchema = z.strictObject({
  tags: z.tuple([z.literal('step')]),
  entry: enterUnit,
  on: z.strictObject({
    SITE: z.tuple([
      z.strictObject({ guard: expectedAction, target: z.string(), actions: z.literal('completeStep') }),
      z.strictObject({ actions: z.literal('recordWrong') }),
    ]),
  }),
});

export const questionStateSchema = z.strictObject({
  tags: z.tuple([z.literal('question')]),
  entry: enterUnit,
  on: z.strictObject({
    ANSWER: z.union([
      // With correct answers: the right one moves on, another is counted as wrong.
      z.tuple([
        z.strictObject({
          guard: z.strictObject({
            type: z.literal('answerIs'),
            params: z.strictObject({ values: z.array(z.string()).min(1) }),
          }),
          target: z.string(),
          actions: z.literal('recordAnswer'),
        }),
        z.strictObject({ actions: z.literal('recordWrongAnswer') }),
      ]),
      // Without: any answer moves on.
      z.tuple([z.strictObject({ target: z.string(), actions: z.literal('recordAnswer') })]),
    ]),
  }),
});

export const branchStateSchema = z.strictObject({
  always: z.array(z.strictObject({ guard: branchGuard.optional(), target: z.string() })).min(1),
});

export const finalStateSchema = z.strictObject({ type: z.literal('final'), entry: z.literal('finish') });

export const lessonStateSchema = z.union([stepStateSchema, questionStateSchema, branchStateSchema, finalStateSchema]);

/** Events every state handles the same way. */
const rootHandlers = z.strictObject({
  HINT: z.strictObject({ actions: z.literal('climbHint') }),
  SHOW: z.strictObject({ actions: z.literal('markShown') }),
  ADVISOR_HELPED: z.strictObject({ actions: z.literal('markAdvisorHelped') }),
  SET_MODE: z.strictObject({ actions: z.literal('setMode') }),
  WORLD: z.strictObject({ actions: z.literal('setWorld') }),
});

export const lessonMachineConfigSchema = z
  .strictObject({
    id: z.string().min(1),
    initial: z.string().min(1),
    on: rootHandlers,
    states: z.record(z.string(), lessonStateSchema),
  })
  .superRefine((config, context) => {
    // Every transition lands on a state of the machine.
    const names = new Set(Object.keys(config.states));
    const check = (target: string, path: (string | number)[]) => {
      if (!names.has(target)) context.addIssue({ code: 'custom', path, message: `no state \`${target}\`` });
    };
    check(config.initial, ['initial']);
    for (const [name, state] of Object.entries(config.states)) {
      if ('always' in state) state.always.forEach((t, i) => check(t.target, ['states', name, 'always', i, 'target']));
      if ('on' in state && 'SITE' in state.on)
        check(state.on.SITE[0].target, ['states', name, 'on', 'SITE', 0, 'target']);
      if ('on' in state && 'ANSWER' in state.on)
        check(state.on.ANSWER[0].target, ['states', name, 'on', 'ANSWER', 0, 'target']);
    }
  });

export type StepState = z.infer<typeof stepStateSchema>;
export type QuestionState = z.infer<typeof questionStateSchema>;
export type BranchState = z.infer<typeof branchStateSchema>;
export type LessonState = z.infer<typeof lessonStateSchema>;
/** A serialisable XState config: guards and actions are named and implemented in the engine. */
export type LessonMachineConfig = z.infer<typeof lessonMachineConfigSchema>;
