/**
 * A player in Guided mode whose run is kept as the app keeps it (`onSave`), so that a test can
 * « reload » it: unmount, then render a new player that takes the last kept run up again.
 */
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import type { PathStep } from '../../src/engine/lessonPaths.ts';
import type { CompiledLesson } from '../../src/lesson/types.ts';
import { Player } from '../../src/player/Player.tsx';
import type { RunState } from '../../src/player/runState.ts';
import { siteAttribute } from '../../src/player/siteAttribute.ts';
import { onStep, playStep } from './playLesson.tsx';

export interface KeptPlayer {
  /** The run as last kept (a deep copy), once the player kept one. */
  kept(): RunState | undefined;
  /** Unmounts the player and renders a new one from the last kept run, with its sites on screen. */
  reload(): Promise<void>;
}

/** Waits until every site of the practice browser shows a place (their lazy chunks are loaded). */
export async function sitesOnScreen() {
  await waitFor(() => {
    const panels = [...document.querySelectorAll(`.practice-browser [${siteAttribute}]`)];
    expect(panels.length, 'the practice browser shows its sites').toBeGreaterThan(0);
    for (const panel of panels)
      expect(panel.querySelector('[data-place]'), `${panel.getAttribute(siteAttribute)} shows a page`).not.toBeNull();
  });
}

/** Renders `lesson` in Guided mode, taking up `resume` when given; see `KeptPlayer`. */
export async function renderKeptPlayer(lesson: CompiledLesson, resume?: RunState): Promise<KeptPlayer> {
  let kept: string | undefined = resume ? JSON.stringify(resume) : undefined;
  const save = (run: RunState) => {
    kept = JSON.stringify(run);
  };
  const show = async (from: RunState | undefined) => {
    render(
      <Player
        lesson={lesson}
        mode="guided"
        onRestart={() => {}}
        onSave={save}
        {...(from === undefined ? {} : { resume: from })}
      />,
    );
    await sitesOnScreen();
  };
  await show(resume);
  const read = () => (kept === undefined ? undefined : (JSON.parse(kept) as RunState));
  return {
    kept: read,
    async reload() {
      // The player keeps the run in a microtask after each change: let it run first.
      await act(async () => {});
      const run = read();
      cleanup();
      await show(run);
    },
  };
}

/** Plays `path` once in a kept player; returns the run as it was kept at the start of each unit. */
export async function keptAtEachUnit(lesson: CompiledLesson, path: PathStep[]): Promise<RunState[]> {
  const player = await renderKeptPlayer(lesson);
  const states: RunState[] = [];
  for (const step of path) {
    await onStep(lesson, step.unit);
    await waitFor(() => expect(player.kept()?.current).toBe(step.unit.id));
    states.push(player.kept()!);
    await playStep(lesson, step);
  }
  cleanup();
  return states;
}
