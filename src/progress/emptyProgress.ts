/** The progress of a new learner. */
import { CURRENT_VERSION } from './migrations.ts';
import type { Progress } from './progressSchema.ts';
import { defaultSettings } from './settings.ts';

/** Nothing done, default settings. */
export function emptyProgress(): Progress {
  return { version: CURRENT_VERSION as Progress['version'], runs: [], settings: defaultSettings() };
}
