/**
 * The lesson catalogue as the app reads it: entries by id, their texts in the UI language
 * (French when a lesson has no translation yet, with the locale of the text shown), and the
 * order to learn them in.
 */
import { lessons } from 'virtual:pas-a-pas/lessons';
import type { CompiledLesson, LessonEntry } from '../lesson/types.ts';

export { lessons };

/** A lesson's title, summary and goal, and the locale they are written in. */
export type LessonTexts = LessonEntry['texts'][string] & { locale: string };

/** The catalogue entry of lesson `id`, or `undefined` when there is none. */
export function findLesson(id: string): LessonEntry | undefined {
  return lessons.find((entry) => entry.id === id);
}

/** Title, summary and goal of a lesson in `language`, falling back to French. */
export function textsOf(entry: LessonEntry, language: string): LessonTexts {
  const texts = entry.texts[language];
  if (texts) return { ...texts, locale: language };
  return { ...(entry.texts.fr ?? { title: entry.id, summary: '', goal: '' }), locale: 'fr' };
}

/** The loader of a lesson in `language`, falling back to French. */
export function loaderOf(entry: LessonEntry, language: string): (() => Promise<CompiledLesson>) | undefined {
  return entry.load[language] ?? entry.load.fr;
}

/**
 * The lessons in the order to learn them: each after the lessons it `requires` (those in
 * `entries`); among the lessons ready at each point, the lowest level first, then by title in
 * `language`. A cycle (which the checker refuses) does not lose a lesson.
 */
export function learningOrder(entries: readonly LessonEntry[], language: string): LessonEntry[] {
  const ids = new Set(entries.map((entry) => entry.id));
  const title = (entry: LessonEntry) => textsOf(entry, language).title;
  let left = [...entries].sort((a, b) => a.level - b.level || title(a).localeCompare(title(b), language));
  const order: LessonEntry[] = [];
  const placed = new Set<string>();
  for (;;) {
    const next = left.find((entry) => entry.requires.every((id) => !ids.has(id) || placed.has(id))) ?? left[0];
    if (!next) return order;
    order.push(next);
    placed.add(next.id);
    left = left.filter((entry) => entry !== next);
  }
}
