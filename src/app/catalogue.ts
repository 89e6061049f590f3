/**
 * The lesson catalogue as the app reads it: entries by id and their texts in the UI language
 * (French when a lesson has no translation yet).
 */
import { lessons } from 'virtual:pas-a-pas/lessons';
import type { CompiledLesson, LessonEntry } from '../lesson/types.ts';

export { lessons };

/** The catalogue entry of lesson `id`, or `undefined` when there is none. */
export function findLesson(id: string): LessonEntry | undefined {
  return lessons.find((entry) => entry.id === id);
}

/** Title, summary and goal of a lesson in `language`, falling back to French. */
export function textsOf(entry: LessonEntry, language: string): LessonEntry['texts'][string] {
  return entry.texts[language] ?? entry.texts.fr ?? { title: entry.id, summary: '', goal: '' };
}

/** The loader of a lesson in `language`, falling back to French. */
export function loaderOf(entry: LessonEntry, language: string): (() => Promise<CompiledLesson>) | undefined {
  return entry.load[language] ?? entry.load.fr;
}
