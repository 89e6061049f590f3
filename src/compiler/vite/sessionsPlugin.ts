/**
 * The Vite plugin for session scripts: serves `virtual:pas-a-pas/sessions`.
 * Skeleton: no session yet (the compiler of `content/sessions/` replaces this).
 */
import type { Plugin } from 'vite';

const catalogueId = 'virtual:pas-a-pas/sessions';
const resolvedCatalogueId = `\0${catalogueId}`;

/** Serves the session catalogue. */
export function sessionsPlugin(): Plugin {
  return {
    name: 'pas-a-pas:sessions',
    enforce: 'pre',
    resolveId: (id) => (id === catalogueId ? resolvedCatalogueId : undefined),
    load: (id) => (id === resolvedCatalogueId ? 'export const sessions = [];' : undefined),
  };
}
