/**
 * Loads a compiled session script in the UI language (French when it has no translation), and
 * the lessons its segments play, from the catalogues.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lessons as lessonCatalogue } from 'virtual:pas-a-pas/lessons';
import type { CompiledLesson, LessonEntry } from '../lesson/types.ts';
import { sessions as sessionCatalogue, sessionLoaderOf } from './sessionCatalogue.ts';
import type { CompiledSession, SessionEntry } from './sessionTypes.ts';

/** Where loading a session stands; `lessons` holds those of its lesson segments that loaded. */
export type SessionLoad =
  | { status: 'unknown' }
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; session: CompiledSession; lessons: Readonly<Record<string, CompiledLesson>> };

/** Where the pages find sessions and lessons (default: the app's catalogues; tests pass their own). */
export interface Catalogues {
  sessions?: readonly SessionEntry[];
  lessons?: readonly LessonEntry[];
}

async function loadAll(
  load: () => Promise<CompiledSession>,
  lessonEntries: readonly LessonEntry[],
  language: string,
): Promise<Extract<SessionLoad, { status: 'ready' }>> {
  const session = await load();
  const ids = [...new Set(session.segments.flatMap((segment) => (segment.lesson ? [segment.lesson] : [])))];
  const loaded = await Promise.all(
    ids.map(async (id) => {
      const entry = lessonEntries.find((e) => e.id === id);
      const loader = entry && (entry.load[language] ?? entry.load.fr);
      return [id, loader ? await loader() : undefined] as const;
    }),
  );
  const lessons: Record<string, CompiledLesson> = {};
  for (const [id, lesson] of loaded) if (lesson) lessons[id] = lesson;
  return { status: 'ready', session, lessons };
}

/** Session `id` with its lessons, loaded lazily in the UI language. */
export function useSession(id: string, catalogues: Catalogues = {}): SessionLoad {
  const { sessions = sessionCatalogue, lessons = lessonCatalogue } = catalogues;
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'fr';
  const entry = sessions.find((e) => e.id === id);
  const load = entry && sessionLoaderOf(entry, language);
  const [state, setState] = useState<{ key: unknown; load: SessionLoad }>({ key: null, load: { status: 'loading' } });

  useEffect(() => {
    if (!load) return;
    let live = true;
    loadAll(load, lessons, language).then(
      (ready) => live && setState({ key: load, load: ready }),
      (error: unknown) => live && setState({ key: load, load: { status: 'error', error } }),
    );
    return () => {
      live = false;
    };
  }, [load, lessons, language]);

  if (!entry) return { status: 'unknown' };
  if (!load) return { status: 'error', error: new Error(`Session "${id}" has no loader.`) };
  // While another language loads, the session already shown stays.
  return state.key === null ? { status: 'loading' } : state.load;
}
