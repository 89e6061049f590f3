/**
 * The stored progress document, version 1: one schema gives its type and checks what is read
 * back from storage (zod/mini keeps the home page's script small).
 */
import * as z from 'zod/mini';
import { levels } from '../engine/learner/types.ts';

const mode = z.enum(['watch', 'guided', 'alone']);
const count = z.int().check(z.nonnegative());
const time = z.number().check(z.nonnegative());

const stepRecord = z.object({
  unit: z.string(),
  skill: z.optional(z.string()),
  mode,
  hintRung: count,
  wrongActions: count,
  shown: z.boolean(),
  advisorHelped: z.boolean(),
  durationMs: time,
});

const runRecord = z.object({
  lessonId: z.string(),
  mode,
  startedAt: time,
  completedAt: time,
  steps: z.array(stepRecord),
});

const baseline = z.object({
  levels: z.record(z.string(), z.enum(levels)),
  restoredAt: time,
});

/** The document kept under `progressStorageKey`, version 1. */
export const progressSchema = z.object({
  version: z.literal(1),
  /** Finished lesson runs on this device, oldest first. */
  runs: z.array(runRecord),
  /** Levels restored from a progress code, if any. */
  baseline: z.optional(baseline),
  /** Lessons done before the restore, when the code came with them (the QR code's URL). */
  restoredLessons: z.optional(z.array(z.string())),
  settings: z.object({ inactivityMinutes: z.number().check(z.positive()) }),
});

/** The stored progress document (version 1). */
export type Progress = z.infer<typeof progressSchema>;
