/**
 * Loads a compiled lesson in the UI language (French when it has no translation). While another
 * language loads, the lesson already shown stays on screen. A lesson loaded before the first
 * render (`lessonCache`: the build-time render, the hydration of its HTML) is ready at once.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompiledLesson, LessonEntry } from '../lesson/types.ts';
import { findLesson, loaderOf } from './catalogue.ts';
import { loadedLesson, loadLesson } from './lessonCache.ts';

/** Where loading a lesson stands. */
export type LessonLoad =
  | { status: 'unknown' }
  | { status: 'loading'; entry: LessonEntry }
  | { status: 'error'; entry: LessonEntry; error: unknown }
  | { status: 'ready'; entry: LessonEntry; lesson: CompiledLesson };

/** The lesson `id` of the catalogue, loaded lazily in the UI language. */
export function useLesson(id: string): LessonLoad {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'fr';
  const entry = findLesson(id);
  const [loaded, setLoaded] = useState<{ id: string; lesson?: CompiledLesson; error?: unknown }>(() => {
    const lesson = entry && loadedLesson(entry, language);
    return lesson ? { id, lesson } : { id };
  });

  const load = entry && loaderOf(entry, language);

  useEffect(() => {
    if (!entry || !load) return;
    let live = true;
    loadLesson(entry, language).then(
      (lesson) => live && setLoaded({ id: entry.id, lesson }),
      (error: unknown) => live && setLoaded({ id: entry.id, error }),
    );
    return () => {
      live = false;
    };
  }, [entry, load, language]);

  if (!entry) return { status: 'unknown' };
  if (!load)
    return {
      status: 'error',
      entry,
      error: new Error(`Lesson "${entry.id}" has no loader for "${language}" nor "fr".`),
    };
  if (loaded.id !== entry.id) return { status: 'loading', entry };
  if (loaded.lesson) return { status: 'ready', entry, lesson: loaded.lesson };
  if (loaded.error) return { status: 'error', entry, error: loaded.error };
  return { status: 'loading', entry };
}
