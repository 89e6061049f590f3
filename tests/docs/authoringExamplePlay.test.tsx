/**
 * docs/authoring.md's whole-lesson examples play as its guide promises: built by the real lesson
 * plugin from a new lesson folder, then played in the real player through the real practice
 * sites — every path in « On fait ensemble », and « Je regarde » with « Suivant » — to « Bravo ! ».
 */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { lessonPaths } from '../../src/engine/lessonPaths.ts';
import { initI18n } from '../../src/i18n/i18n.ts';
import type { CompiledLesson } from '../../src/lesson/types.ts';
import { createWorld } from '../../src/lesson/world.ts';
import { Player } from '../../src/player/Player.tsx';
import { playStep } from '../support/playLesson.tsx';
import { docExamples, exampleId } from './docExamples.ts';

initI18n('fr');

const lessons = docExamples('docs/authoring.md')
  .marked.filter((e) => e.kind === 'lesson')
  .map((e) => ({ id: exampleId(e), text: e.text }));

// Inside the project (for React's modules), outside its tree: a newcomer's new lesson folder.
const cache = resolve('node_modules/.cache');
mkdirSync(cache, { recursive: true });
const root = mkdtempSync(join(cache, 'pas-a-pas-authoring-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(cleanup);

/** The lesson module the lessons plugin builds from the example, as the app loads it. */
async function build(id: string, text: string): Promise<CompiledLesson> {
  const folder = join(root, 'content/lessons', id);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'fr.mdx'), text);
  return (await import(/* @vite-ignore */ join(folder, 'fr.mdx'))) as CompiledLesson;
}

const bravo = () => screen.queryByRole('heading', { name: 'Bravo !' });

describe.each(lessons)('lesson example `$id`', ({ id, text }) => {
  it('plays every path to « Bravo ! » in « On fait ensemble », through the practice sites', async () => {
    const lesson = await build(id, text);
    const paths = lessonPaths(lesson, { ...createWorld(0), otp: '000000' });
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      render(<Player lesson={lesson} mode="guided" onRestart={() => {}} onComplete={() => {}} />);
      for (const step of path) await playStep(lesson, step);
      expect(await screen.findByRole('heading', { name: 'Bravo !' })).toBeVisible();
      cleanup();
    }
  });

  it('plays to « Bravo ! » in « Je regarde », the learner pressing « Suivant »', async () => {
    const lesson = await build(id, text);
    const user = userEvent.setup();
    render(<Player lesson={lesson} mode="watch" onRestart={() => {}} onComplete={() => {}} watchTravelMs={0} />);
    // A step takes one « Suivant »; a question two (the right answer, then on).
    for (let press = 0; press < 2 * lesson.units.length && !bravo(); press += 1) {
      const next = await screen.findByRole('button', { name: 'Suivant' });
      await waitFor(() => expect(next).not.toHaveAttribute('aria-disabled', 'true'));
      await user.click(next);
    }
    expect(await screen.findByRole('heading', { name: 'Bravo !' })).toBeVisible();
  });
});
