/**
 * The progress store's versions and how an older document becomes the current one. Each
 * migration turns version n into n + 1; reading applies them in order, then validates the result
 * with the current schema (docs/public-computer.md, "Store versions").
 */
import { defaultInactivityMinutes } from './settings.ts';

/** The version of the document this app writes. */
export const CURRENT_VERSION = 1;

/** Turns a document of version n (index n) into version n + 1. Inputs are unchecked JSON. */
export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

/**
 * Version 0, the unversioned draft: `{ runs, baseline? }`, with no `version` and no settings.
 * Version 1 adds `version` and `settings`.
 */
function v0ToV1(document: Record<string, unknown>): Record<string, unknown> {
  const { runs, baseline } = document;
  return {
    version: 1,
    runs,
    ...(baseline === undefined ? {} : { baseline }),
    settings: { inactivityMinutes: defaultInactivityMinutes },
  };
}

/** `migrations[n]` turns version n into n + 1; its length is `CURRENT_VERSION`. */
export const migrations: readonly Migration[] = [v0ToV1];

if (migrations.length !== CURRENT_VERSION) {
  throw new Error(
    `src/progress/migrations.ts: CURRENT_VERSION is ${CURRENT_VERSION} but there are ${migrations.length} migrations: add one per version.`,
  );
}

/** The version of a stored document: its `version`, or 0 for the unversioned draft. */
export function versionOf(document: Record<string, unknown>): number | undefined {
  if (!('version' in document)) return 0;
  const { version } = document;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : undefined;
}

/** `document` (of version `from` ≤ `CURRENT_VERSION`) brought to the current version. */
export function migrate(document: Record<string, unknown>, from: number): Record<string, unknown> {
  return migrations.slice(from).reduce((current, step) => step(current), document);
}
