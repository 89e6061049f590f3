// @vitest-environment node
/**
 * The Watch run's units for the lesson's persona, with real compiled lessons: every unit of a
 * lesson without branches; in the quarterly declaration, only the branches Amina takes.
 */
import { describe, expect, it } from 'vitest';
import * as connect from '../../../content/lessons/caf-se-connecter/fr.mdx';
import * as declare from '../../../content/lessons/caf-declaration-trimestrielle/fr.mdx';
import { watchPath } from '../../../src/advisor/presenter/watchPath.ts';
import type { CompiledLesson } from '../../../src/lesson/types.ts';

describe('watchPath', () => {
  it('goes through every unit of a lesson without branches, in order', () => {
    const lesson = connect as unknown as CompiledLesson;
    expect(watchPath(lesson)).toEqual(lesson.units.map((_, index) => index));
  });

  it('leaves out the units of the branches the persona does not take', () => {
    const lesson = declare as unknown as CompiledLesson;
    const path = watchPath(lesson);
    expect([...path].sort((a, b) => a - b)).toEqual(path);
    // Amina has a second employer: the one-employer « autres-vous » is not on her way.
    const left = lesson.units.filter((_, index) => !path.includes(index)).map((unit) => unit.id);
    expect(left).toEqual(['autres-vous']);
    expect(path).toContain(lesson.units.findIndex((unit) => unit.id === 'autres-vous-deux'));
  });
});
