/** The session catalogue, generated at build time by the sessions plugin from `content/sessions/`. */
declare module 'virtual:pas-a-pas/sessions' {
  import type { SessionEntry } from './sessionTypes.ts';
  /** Every session script, sorted by id. */
  export const sessions: SessionEntry[];
}
