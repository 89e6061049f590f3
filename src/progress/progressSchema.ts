/**
 * The stored progress document, version 1: one schema gives its type and checks what is read
 * back from storage (zod/mini keeps the home page's script small). Every date, count and
 * duration must lie within bounds, so that nothing read back can break a page: a date outside
 * the calendar makes `Intl.DateTimeFormat` throw (docs/public-computer.md, "Bounds").
 */
import * as z from 'zod/mini';
import { levels } from '../engine/learner/types.ts';
import { clampInactivityMinutes } from './settings.ts';

/** The earliest stored date accepted: 1 January 2024, before Pas à pas kept anything. */
export const earliestStoredTime = Date.UTC(2024, 0, 1);
const dayMs = 24 * 60 * 60_000;
/** How far ahead of the computer's clock a stored date may be (a clock put back a little). */
const clockSlackMs = dayMs;
/** Above any count a learner can reach (hints climbed, wrong actions in one step). */
const countCap = 10_000;
/** The longest step or run: a day (inactivity wipes everything long before). */
const longestMs = dayMs;

const mode = z.enum(['watch', 'guided', 'alone']);
const count = z.int().check(z.nonnegative(), z.lt(countCap));
const duration = z.number().check(z.nonnegative(), z.lt(longestMs));

/** The schema of the document as read when the computer's clock says `now` (ms since the epoch). */
export function progressSchemaAt(now: number) {
  const date = z.number().check(z.gte(earliestStoredTime), z.lte(now + clockSlackMs));

  const stepRecord = z.object({
    unit: z.string(),
    skill: z.optional(z.string()),
    mode,
    hintRung: count,
    wrongActions: count,
    shown: z.boolean(),
    advisorHelped: z.boolean(),
    /** Only present when true; data stored before it existed has none. */
    leftWrong: z.optional(z.boolean()),
    /** The other route taken to the step's place (a target id); only present when one was. */
    route: z.optional(z.string().check(z.maxLength(200))),
    durationMs: duration,
  });

  /** A finished run; it lasted a duration too. */
  const runRecord = z
    .object({
      lessonId: z.string(),
      mode,
      startedAt: date,
      completedAt: date,
      steps: z.array(stepRecord),
    })
    .check(z.refine((run) => duration.safeParse(run.completedAt - run.startedAt).success));

  const baseline = z.object({
    levels: z.record(z.string(), z.enum(levels)),
    restoredAt: date,
  });

  return z.object({
    version: z.literal(1),
    /** Finished lesson runs on this device, oldest first. */
    runs: z.array(runRecord),
    /** Levels restored from a progress code, if any. */
    baseline: z.optional(baseline),
    /** Lessons done before the restore, when the code came with them (the QR code's URL). */
    restoredLessons: z.optional(z.array(z.string())),
    /** The inactivity delay, brought within range (an older build may have stored any positive number). */
    settings: z.object({
      inactivityMinutes: z.pipe(z.number().check(z.positive()), z.transform(clampInactivityMinutes)),
    }),
  });
}

/** The stored progress document (version 1). */
export type Progress = z.output<ReturnType<typeof progressSchemaAt>>;
