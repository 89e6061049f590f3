/**
 * A run survives a reload: the player hands out the run after each change, and a new player
 * given it takes up the same step with the same site state (page, declared amounts, mailbox).
 * Through the tab's storage too (`runStore`), which refuses a damaged or outdated run.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import * as declaration from '../../content/lessons/caf-declaration-trimestrielle/fr.mdx';
import { lessonPaths } from '../../src/engine/lessonPaths.ts';
import { initI18n } from '../../src/i18n/i18n.ts';
import type { CompiledLesson } from '../../src/lesson/types.ts';
import { createWorld } from '../../src/lesson/world.ts';
import { Player } from '../../src/player/Player.tsx';
import type { RunState } from '../../src/player/runState.ts';
import { takeUpKeptRun } from '../../src/app/takeUpKeptRun.ts';
import { keepRun, lessonsInProgress, readKeptRun } from '../../src/progress/runStore.ts';
import { findTarget } from '../../src/sites/framework/driver.ts';
import { onStep, playStep } from '../support/playLesson.tsx';

initI18n('fr');

const lesson = declaration as unknown as CompiledLesson;
const [path] = lessonPaths(lesson, { ...createWorld(0), otp: '000000' });
afterEach(() => sessionStorage.clear());

describe('a run in progress is kept and taken up', () => {
  it('takes up the same step, page and declared amount in a new player', async () => {
    let kept: RunState | undefined;
    render(<Player lesson={lesson} mode="guided" onRestart={() => {}} onSave={(run) => (kept = run)} />);
    // Up to the step after August's amount was saved.
    const at = path!.findIndex((s) => s.unit.id === 'enregistrer-aout') + 1;
    for (const step of path!.slice(0, at)) await playStep(lesson, step);
    await onStep(lesson, path![at]!.unit);
    await waitFor(() => expect(kept?.current).toBe(path![at]!.unit.id));
    cleanup();

    // The « reload »: a new player from what was kept, through the tab's storage.
    keepRun(lesson, kept!);
    const read = takeUpKeptRun(lesson);
    expect(read.status).toBe('kept');
    if (read.status !== 'kept') return;
    render(<Player lesson={lesson} mode="guided" onRestart={() => {}} resume={read.kept.run} />);
    await onStep(lesson, path![at]!.unit);
    expect(document.querySelector('[data-place]')).toHaveAttribute('data-place', 'dtr-vous');
    // August's salary, 0,00 € as pre-filled, is the amount saved.
    expect(screen.getByRole('region', { name: 'Août 2026' })).toHaveTextContent('1 012,40 €');
    // And the rest of the lesson plays on to the end.
    for (const step of path!.slice(at)) await playStep(lesson, step);
    expect(await screen.findByRole('heading', { name: 'Bravo !' })).toBeVisible();
    expect(findTarget(document, 'caf.dtr.edit.amount')).toBeNull();
  });

  it('refuses a damaged run, a run of other steps, and lists the lessons in progress', () => {
    sessionStorage.setItem(`pas-a-pas:run:${lesson.meta.id}`, '{"lessonId": 3');
    expect(readKeptRun(lesson).status).toBe('damaged');
    const run: RunState = {
      mode: 'guided',
      startedAt: Date.now(),
      snapshot: { status: 'active', value: 'nowhere', context: { current: 'nowhere' } },
      world: createWorld(Date.now()),
      sites: {},
      tab: 'caf',
      current: 'nowhere',
    };
    keepRun(lesson, run);
    expect(readKeptRun(lesson).status).toBe('kept');
    // The snapshot is on a step the lesson does not have: it cannot be taken up.
    expect(takeUpKeptRun(lesson).status).toBe('damaged');
    keepRun({ ...lesson, units: lesson.units.slice(1) }, run);
    expect(readKeptRun(lesson).status).toBe('damaged');
    expect(lessonsInProgress()).toEqual([lesson.meta.id]);
  });
});
