/** The session scripts as the advisor pages read them: by id, texts in the UI language (French fallback). */
import { sessions } from 'virtual:pas-a-pas/sessions';
import type { CompiledSession, SessionEntry } from './sessionTypes.ts';

export { sessions };

/** The catalogue entry of session `id`, or `undefined`. */
export function findSession(id: string): SessionEntry | undefined {
  return sessions.find((entry) => entry.id === id);
}

/** Title and audience of a session in `language`, falling back to French, with the locale shown. */
export function sessionTextsOf(entry: SessionEntry, language: string) {
  const texts = entry.texts[language];
  if (texts) return { ...texts, locale: language };
  return { ...(entry.texts.fr ?? { title: entry.id, audience: '' }), locale: 'fr' };
}

/** The loader of a session in `language`, falling back to French. */
export function sessionLoaderOf(entry: SessionEntry, language: string): (() => Promise<CompiledSession>) | undefined {
  return entry.load[language] ?? entry.load.fr;
}
