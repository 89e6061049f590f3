/**
 * Never stuck, for every lesson, as a property (tests/lessons/deviations*.test.tsx): from any step
 * (a reload into the middle of the lesson), after one to five plausible deviations — any target
 * clicked, wrong values typed and committed, forms sent, menus visited, the practice browser's
 * « Page précédente », a tab, a reload — mixed with right actions, following the guide
 * (« Montre-moi », and « Valider » on a question) reaches « Bravo ! ». Real compiled lessons, the
 * real player and sites, Guided mode. The lessons are shared between two test files so that they
 * run side by side.
 */
import { cleanup } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lessonPaths } from '../../src/engine/lessonPaths.ts';
import type { CompiledLesson } from '../../src/lesson/types.ts';
import { createWorld } from '../../src/lesson/world.ts';
import { siteViews } from '../../src/sites/views.ts';
import { applyDeviation, deviationsOf, type DeviationContext } from './deviations.ts';
import { finished, followGuide } from './followGuide.ts';
import { keptAtEachUnit, renderKeptPlayer } from './keptPlayer.tsx';

/** Sequences per lesson: at least 200; `DEVIATION_RUNS` asks for more, `DEVIATION_SEED` replays a failure. */
const numRuns = Math.max(200, Number(process.env.DEVIATION_RUNS ?? 0));

/** Every lesson's French file, compiled, by id. */
export function compiledLessons(modules: Record<string, CompiledLesson>) {
  return Object.values(modules)
    .map((lesson) => ({ id: lesson.meta.id, lesson }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The property for the lessons of `shard` (0 or 1) of two: every other lesson, by id. */
export function describeNeverStuck(lessons: readonly { id: string; lesson: CompiledLesson }[], shard: number) {
  const mine = lessons.filter((_, i) => i % 2 === shard);
  describe.each(mine)('lesson $id', ({ id, lesson }) => {
    it(
      `after any ${numRuns} sequences of deviations, following the guide reaches the end`,
      async () => {
        const [path] = lessonPaths(lesson, { ...createWorld(0), otp: '000000' });
        const states = await keptAtEachUnit(lesson, path!);
        const right = new Map(path!.map((step) => [step.unit.id, step.event]));
        const started = Date.now();
        let runs = 0;
        await fc.assert(
          fc.asyncProperty(fc.nat({ max: states.length - 1 }), deviationsOf(lesson), async (k, deviations) => {
            runs++;
            cleanup();
            const player = await renderKeptPlayer(lesson, states[k]);
            const context: DeviationContext = { lesson, targets: siteViews.registry.targets, right, player };
            const done = [`start at « ${path![k]!.unit.id} » (reload)`];
            try {
              for (const deviation of deviations) {
                if (finished()) break;
                done.push((await applyDeviation(deviation, context)) ?? `(nothing to do for ${deviation.kind})`);
              }
              await followGuide(lesson);
            } catch (error) {
              throw new Error(
                `${id}: following the guide did not reach « Bravo ! » after:\n  ${done.join('\n  ')}\n` +
                  (error as Error).message,
                { cause: error },
              );
            } finally {
              cleanup();
            }
          }),
          { numRuns, ...(process.env.DEVIATION_SEED ? { seed: Number(process.env.DEVIATION_SEED) } : {}) },
        );
        const seconds = Math.round((Date.now() - started) / 1000);
        console.info(`${id}: ${runs} deviation sequences, all finished with the guide`);
        console.info(`${id}: the deviation sequences took ${seconds} s`);
        expect(runs).toBeGreaterThanOrEqual(numRuns);
      },
      15 * 60_000,
    );
  });
}
