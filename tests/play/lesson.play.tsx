/**
 * `npm run play`'s harness (collected only by tests/play/vitest.config.ts): plays the lesson file
 * named by `PAS_A_PAS_PLAY_LESSON` in each mode of `PAS_A_PAS_PLAY_MODES` (default: all three),
 * headless, through the real player and sites — every path of every persona situation in On fait
 * ensemble and Je fais seul, the path Je regarde chooses for each persona situation — and writes
 * what happened to `PAS_A_PAS_PLAY_REPORT` (JSON, see `PlayReport`) for the command to say in words.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, describe, it } from 'vitest';
import { modeNames, type PlayReport, type PlayRun } from '../../src/compiler/cli/play.ts';
import { lessonPaths, type PathStep } from '../../src/engine/lessonPaths.ts';
import { initI18n } from '../../src/i18n/i18n.ts';
import type { CompiledLesson, Mode } from '../../src/lesson/types.ts';
import { createWorld } from '../../src/lesson/world.ts';
import { personaVariants, type PersonaVariant } from '../../src/author/personaVariants.ts';
import { playRun } from './playRun.tsx';

initI18n('fr');

const file = process.env.PAS_A_PAS_PLAY_LESSON;
if (!file) throw new Error('No lesson to play: run `npm run play -- <lesson-id>`.');
const modes = (process.env.PAS_A_PAS_PLAY_MODES ?? 'watch,guided,alone').split(',') as Mode[];
const lesson = (await import(/* @vite-ignore */ file)) as CompiledLesson;

interface Case {
  variant: PersonaVariant;
  /** The path's number for that persona (1-based), or 0 for the path Je regarde chooses. */
  number: number;
  path: PathStep[];
}

const variants = personaVariants(lesson);
const paths = variants.map((variant) => ({
  variant,
  paths: lessonPaths({ ...lesson, persona: variant.persona }, { ...createWorld(0), otp: '000000' }),
}));
const runs: PlayRun[] = [];
/** Per mode, the units a run stalled on: later paths through them are not played again. */
const stalled = new Map<Mode, Set<string>>();

const answersOf = (path: PathStep[]) =>
  Object.fromEntries(path.flatMap(({ unit, event }) => (event.type === 'ANSWER' ? [[unit.id, event.value]] : [])));

for (const { variant, paths: found } of paths) {
  if (found.length === 0)
    runs.push({ mode: modes[0] ?? 'guided', persona: variant.name, path: 0, answers: {}, noPath: true });
}

for (const mode of modes) {
  const cases: Case[] = paths.flatMap(({ variant, paths: found }) =>
    mode === 'watch'
      ? [{ variant, number: 0, path: [] }]
      : found.map((path, index) => ({ variant, number: index + 1, path })),
  );
  describe(modeNames[mode], () => {
    for (const { variant, number, path } of cases)
      it(`persona ${variant.name}${number > 0 ? `, path ${number}` : ''}`, async () => {
        const run: PlayRun = { mode, persona: variant.name, path: number, answers: answersOf(path) };
        runs.push(run);
        const before = stalled.get(mode) ?? new Set();
        const known = path.find(({ unit }) => before.has(unit.id));
        if (known) {
          run.sameAs = known.unit.id;
          return;
        }
        const stall = await playRun(lesson, mode, variant, path);
        if (!stall) return;
        run.stall = stall;
        stalled.set(mode, before.add(stall.unit));
        throw new Error(`${stall.kind} \`${stall.unit}\` (line ${stall.line}) stalls: ${stall.reason}`);
      });
  });
}

afterAll(() => {
  const report: PlayReport = { file, lesson: lesson.meta.id, units: lesson.units.length, runs };
  if (process.env.PAS_A_PAS_PLAY_REPORT) writeFileSync(process.env.PAS_A_PAS_PLAY_REPORT, JSON.stringify(report));
});
