/**
 * Runs in progress, kept for the browser tab (sessionStorage) so that a reload or a Back out of
 * a lesson loses nothing: one entry per lesson, checked with bounds when read back; the wipe and
 * the inactivity wipe clear sessionStorage, so they erase runs in progress too
 * (docs/public-computer.md, « Runs in progress »).
 */
import * as z from 'zod/mini';
import type { CompiledLesson } from '../lesson/types.ts';
import type { RunState } from '../player/runState.ts';
import { earliestStoredTime } from './progressSchema.ts';

const prefix = 'pas-a-pas:run:';
const dayMs = 24 * 60 * 60_000;

/** What is kept of a run: the run, the lesson it belongs to, when it was kept. */
export interface KeptRun {
  lessonId: string;
  /** Changes when the lesson's steps change: a run kept for other steps is not taken up. */
  fingerprint: string;
  savedAt: number;
  run: RunState;
}

/** The result of reading a lesson's kept run. */
export type KeptRunRead = { status: 'none' } | { status: 'kept'; kept: KeptRun } | { status: 'damaged' };

/** A short hash of a lesson's steps and states (FNV-1a), so an old run never lands on a new lesson. */
export function lessonFingerprint(lesson: Pick<CompiledLesson, 'units' | 'machine'>): string {
  const text = `${lesson.units.map((u) => u.id).join(',')}|${Object.keys(lesson.machine.states).join(',')}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(36);
}

function keptRunSchemaAt(now: number) {
  const date = z.number().check(z.gte(earliestStoredTime), z.lte(now + dayMs));
  const anyTime = z.number().check(z.gte(0), z.lte(now + 400 * dayMs));
  return z.object({
    lessonId: z.string(),
    fingerprint: z.string(),
    savedAt: date,
    run: z.object({
      mode: z.enum(['watch', 'guided', 'alone']),
      startedAt: date,
      snapshot: z.record(z.string(), z.unknown()),
      world: z.looseObject({
        otp: z.string(),
        otpSentAt: anyTime,
        inbox: z.array(
          // Loose: a site's mail keeps its attachments and link.
          z.looseObject({
            id: z.string(),
            from: z.string(),
            subject: z.string(),
            body: z.string(),
            receivedAt: anyTime,
            read: z.boolean(),
            folder: z.enum(['inbox', 'spam']),
          }),
        ),
        clock: z.object({ practiceStart: anyTime, realStart: date }),
        incidents: z.optional(z.array(z.string())),
        openedLinks: z.optional(z.array(z.string())),
        downloads: z.optional(z.array(z.looseObject({ name: z.string() }))),
      }),
      sites: z.record(z.string(), z.unknown()),
      tab: z.string(),
      current: z.nullable(z.string()),
    }),
  });
}

/** The tab's storage, or `null` where there is none (private mode, a locked-down computer). */
function tabStorage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/** Keeps `run` for lesson `lessonId`; a full or missing storage only means a reload starts over. */
export function keepRun(lesson: Pick<CompiledLesson, 'units' | 'machine' | 'meta'>, run: RunState, now = Date.now()) {
  const kept: KeptRun = { lessonId: lesson.meta.id, fingerprint: lessonFingerprint(lesson), savedAt: now, run };
  try {
    tabStorage()?.setItem(prefix + lesson.meta.id, JSON.stringify(kept));
  } catch {
    // Full or refused: nothing else to do.
  }
}

/** Forgets the kept run of lesson `lessonId` (finished, restarted, damaged). */
export function dropRun(lessonId: string) {
  try {
    tabStorage()?.removeItem(prefix + lessonId);
  } catch {
    // Nothing kept, then.
  }
}

/** Reads back the kept run of `lesson`: `damaged` when it fails its schema or fits other steps. */
export function readKeptRun(lesson: Pick<CompiledLesson, 'units' | 'machine' | 'meta'>, now = Date.now()): KeptRunRead {
  let text: string | null = null;
  try {
    text = tabStorage()?.getItem(prefix + lesson.meta.id) ?? null;
  } catch {
    return { status: 'none' };
  }
  if (text === null) return { status: 'none' };
  try {
    const parsed = keptRunSchemaAt(now).safeParse(JSON.parse(text));
    if (!parsed.success) return { status: 'damaged' };
    const kept = parsed.data as KeptRun;
    if (kept.lessonId !== lesson.meta.id || kept.fingerprint !== lessonFingerprint(lesson))
      return { status: 'damaged' };
    return { status: 'kept', kept };
  } catch {
    return { status: 'damaged' };
  }
}

/** The lessons with a run in progress in this tab (for « Reprendre la leçon » on the home page). */
export function lessonsInProgress(): string[] {
  const storage = tabStorage();
  if (!storage) return [];
  try {
    return Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '')
      .filter((key) => key.startsWith(prefix))
      .map((key) => key.slice(prefix.length));
  } catch {
    return [];
  }
}
