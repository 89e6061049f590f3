/**
 * Reading a stored progress document: JSON, version, migration, schema. A lazy chunk: a new
 * learner's home page (nothing stored) never loads it, nor the schema library it needs.
 */
import { CURRENT_VERSION, migrate, versionOf } from './migrations.ts';
import { emptyProgress } from './emptyProgress.ts';
import { progressSchemaAt, type Progress } from './progressSchema.ts';

/** What reading found besides the progress: a reset (`corrupt`, `unknown-version`) or an upgrade (`migrated`). */
export type ReadNotice = 'corrupt' | 'unknown-version' | 'migrated';

/** The result of reading: the progress to use, and the notice when it is not what was stored. */
export interface ReadResult {
  progress: Progress;
  notice?: ReadNotice;
}

/**
 * Reads the stored text. Never throws: unreadable JSON or a failed schema (a date, count or
 * duration out of bounds included) gives `corrupt`, a version newer than this app
 * `unknown-version`, both with an empty progress; an older version is migrated (`migrated`).
 * @param now the computer's clock, which stored dates may not pass by more than a day
 */
export function parseProgress(text: string, now: number = Date.now()): ReadResult {
  const reset = (notice: 'corrupt' | 'unknown-version'): ReadResult => ({ progress: emptyProgress(), notice });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return reset('corrupt');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return reset('corrupt');
  const document = json as Record<string, unknown>;
  const version = versionOf(document);
  if (version === undefined) return reset('corrupt');
  if (version > CURRENT_VERSION) return reset('unknown-version');
  const migrated = version < CURRENT_VERSION;
  const parsed = progressSchemaAt(now).safeParse(migrated ? migrate(document, version) : document);
  if (!parsed.success) return reset('corrupt');
  return migrated ? { progress: parsed.data, notice: 'migrated' } : { progress: parsed.data };
}
