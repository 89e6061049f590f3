/**
 * The group's list, kept on this computer only (`localStorage`, key `pas-a-pas:group`), in its own
 * versioned document `{ version: 1, learners: [...] }` checked by a zod schema. A damaged document
 * or one from a newer version is reported, never overwritten without the advisor's say: nothing is
 * lost silently. « Terminer et tout effacer » clears the whole `localStorage`, this key with it.
 */
import * as z from 'zod/mini';

/** The storage key of the group's list. */
export const GROUP_STORE_KEY = 'pas-a-pas:group';
/** The version of the document this app writes. */
export const GROUP_STORE_VERSION = 1;
/** The longest first name or nickname, in characters. */
export const NAME_MAX = 40;
/** The longest code text kept (a resume link's code, or what was typed). */
export const CODE_MAX = 200;

const lessonId = z.string().check(z.maxLength(80));

/** A learner of the group, as stored: a name they chose and their progress code as typed. */
export const groupLearnerSchema = z.object({
  /** A stable id for the page's rows (not shown). */
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  /** The first name or nickname the learner chose. */
  name: z.string().check(z.minLength(1), z.maxLength(NAME_MAX)),
  /** The progress code as the advisor typed, pasted or scanned it (read again on every display). */
  code: z.string().check(z.maxLength(CODE_MAX)),
  /** Lessons done, from a resume link's `lecons` (none from a typed code). */
  lessons: z.array(lessonId).check(z.maxLength(100)),
});
export type GroupLearner = z.infer<typeof groupLearnerSchema>;

/** The stored document, version 1. */
export const groupDocumentSchema = z.object({
  version: z.literal(GROUP_STORE_VERSION),
  learners: z.array(groupLearnerSchema).check(z.maxLength(200)),
});
export type GroupDocument = z.infer<typeof groupDocumentSchema>;

/** What reading the store found. */
export type GroupRead =
  | { kind: 'ok'; learners: GroupLearner[] }
  /** Storage refused to be read (a locked-down browser): the list lives in the page only. */
  | { kind: 'unavailable' }
  /** Not a version-1 document: `raw` is kept as it was, for the advisor to copy. */
  | { kind: 'damaged'; raw: string }
  /** Written by a newer Pas à pas (`version` > 1): kept as it was. */
  | { kind: 'newer'; version: number; raw: string };

/** Reads the group's list from `storage`. Never throws. */
export function readGroup(storage: Storage | undefined): GroupRead {
  let raw: string | null;
  try {
    if (!storage) return { kind: 'unavailable' };
    raw = storage.getItem(GROUP_STORE_KEY);
  } catch {
    return { kind: 'unavailable' };
  }
  if (raw === null) return { kind: 'ok', learners: [] };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { kind: 'damaged', raw };
  }
  const version = (value as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > GROUP_STORE_VERSION)
    return { kind: 'newer', version, raw };
  const parsed = groupDocumentSchema.safeParse(value);
  if (!parsed.success) return { kind: 'damaged', raw };
  return { kind: 'ok', learners: parsed.data.learners };
}

/** Writes the group's list to `storage`; `false` when the browser refused (full or locked). */
export function writeGroup(storage: Storage | undefined, learners: readonly GroupLearner[]): boolean {
  const document: GroupDocument = { version: GROUP_STORE_VERSION, learners: [...learners] };
  try {
    if (!storage) return false;
    storage.setItem(GROUP_STORE_KEY, JSON.stringify(document));
    return true;
  } catch {
    return false;
  }
}

/** The page's `localStorage`, or `undefined` where reading it throws (a sandboxed frame). */
export function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
