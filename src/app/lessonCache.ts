/**
 * Compiled lessons already loaded, by id and language, so that a page can show a lesson at its
 * first render: the build-time render waits for the lesson before rendering its start screen,
 * and the browser loads it before hydrating that HTML, so both renders match.
 */
import type { CompiledLesson, LessonEntry } from '../lesson/types.ts';
import { loaderOf } from './catalogue.ts';

const loaded = new Map<string, CompiledLesson>();
const keyOf = (entry: LessonEntry, language: string) => `${entry.id}\u0000${language}`;

/** The lesson `entry` in `language` (French when it has no translation), if it is already loaded. */
export function loadedLesson(entry: LessonEntry, language: string): CompiledLesson | undefined {
  return loaded.get(keyOf(entry, language));
}

/** Loads the lesson `entry` in `language` (French when it has no translation) and keeps it. */
export async function loadLesson(entry: LessonEntry, language: string): Promise<CompiledLesson> {
  const load = loaderOf(entry, language);
  if (!load) throw new Error(`Lesson "${entry.id}" has no loader for "${language}" nor "fr".`);
  const lesson = await load();
  loaded.set(keyOf(entry, language), lesson);
  return lesson;
}

/** Forgets every loaded lesson (tests that swap a lesson's loader start from none). */
export function forgetLoadedLessons(): void {
  loaded.clear();
}
