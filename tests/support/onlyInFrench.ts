/**
 * A lesson not translated yet, as a contributed lesson arrives: for the tests of the suite that
 * calls it, the catalogue entry of a real lesson keeps only its French texts and its real
 * compiled French lesson. Every lesson in content/ is translated, so the « only in French »
 * fallback is tested on such an entry.
 */
import { afterEach, beforeEach } from 'vitest';
import { lessons } from 'virtual:pas-a-pas/lessons';
import type { LessonEntry } from '../../src/lesson/types.ts';

/** Within the calling suite, lesson `id` exists only in French; returns its real entry. */
export function onlyInFrench(id: string): LessonEntry {
  const index = lessons.findIndex((entry) => entry.id === id);
  const real = lessons[index];
  if (!real?.texts.fr || !real.load.fr) throw new Error(`No French lesson « ${id} » in the catalogue.`);
  const french: LessonEntry = { ...real, texts: { fr: real.texts.fr }, load: { fr: real.load.fr } };
  beforeEach(() => {
    lessons[index] = french;
  });
  afterEach(() => {
    lessons[index] = real;
  });
  return real;
}
