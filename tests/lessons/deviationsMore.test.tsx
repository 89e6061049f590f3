/**
 * Never stuck, for the other half of the lessons (tests/support/neverStuck.tsx; the first half and
 * the examples of each way out are in deviations.test.tsx).
 */
import { initI18n } from '../../src/i18n/i18n.ts';
import type { CompiledLesson } from '../../src/lesson/types.ts';
import { compiledLessons, describeNeverStuck } from '../support/neverStuck.tsx';

initI18n('fr');

describeNeverStuck(
  compiledLessons(import.meta.glob<CompiledLesson>('../../content/lessons/*/fr.mdx', { eager: true })),
  1,
);
