/**
 * A demonstration is one step: a double press on « Montre-moi », or « Suivant » pressed again
 * while Watch mode's pointer travels, demonstrates one step only and records only that one as
 * shown. With the test-only médiathèque lesson, played in the real player.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { RunRecord } from '../../src/engine/learner/types.ts';
import { lessonPaths } from '../../src/engine/lessonPaths.ts';
import { initI18n } from '../../src/i18n/i18n.ts';
import type { CompiledLesson } from '../../src/lesson/types.ts';
import { createWorld } from '../../src/lesson/world.ts';
import { Player } from '../../src/player/Player.tsx';
import { findTarget, perform } from '../../src/sites/framework/driver.ts';
import { loadTestLesson, testViews } from '../fixtures/test-site/testSites.ts';

initI18n('fr');

const loading = loadTestLesson('biblio-prolonger');
afterAll(async () => (await loading).unload());
afterEach(() => vi.useRealTimers());

const heading = (lesson: CompiledLesson, n: number) => `Étape ${n} sur ${lesson.units.length}`;
const button = (name: string) => screen.getByRole('button', { name });

describe('a demonstration is atomic', () => {
  it('a double click on « Montre-moi » shows one step, and only that one counts as shown', async () => {
    const { lesson } = await loading;
    const user = userEvent.setup();
    const records: RunRecord[] = [];
    render(
      <Player
        lesson={lesson}
        mode="guided"
        sites={testViews}
        onRestart={() => {}}
        onComplete={(r) => records.push(r)}
      />,
    );
    const [first, ...rest] = lessonPaths(lesson, createWorld(0))[0]!;
    await waitFor(() =>
      expect(findTarget(document, first!.unit.kind === 'step' ? first!.unit.target : '')).not.toBeNull(),
    );
    await user.click(button('Montre-moi'));
    expect(screen.getByRole('heading', { name: heading(lesson, 2) })).toBeVisible();
    // The second click of a double click lands on what is under the pointer now, the next step's
    // « Montre-moi », with the click count the browser gives it (jsdom has no layout to aim at it).
    fireEvent.click(button('Montre-moi'), { detail: 2 });
    expect(screen.getByRole('heading', { name: heading(lesson, 2) })).toBeVisible();

    // The learner does the rest.
    for (const { unit, event } of rest) {
      await screen.findByRole('heading', { name: heading(lesson, lesson.units.indexOf(unit) + 1) });
      if (event.type !== 'SITE') throw new Error(`unexpected ${event.type}`);
      await waitFor(() => expect(findTarget(document, event.target)).not.toBeNull());
      const { action, target, value } = event;
      act(() => perform(document, { action, target, ...(value === undefined ? {} : { value }) }));
    }
    expect(await screen.findByRole('heading', { name: 'Bravo !' })).toBeVisible();
    expect(screen.getByText('1 étape montrée, ou faite avec un animateur')).toBeVisible();
    expect(records[0]!.steps.filter((s) => s.shown).map((s) => s.unit)).toEqual([first!.unit.id]);
  });

  it('« Suivant » pressed again while the pointer travels does nothing: one step is shown', async () => {
    // The pointer travels ten minutes of the test's clock: it arrives when the test moves the clock.
    const travel = 600_000;
    const { lesson } = await loading;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    const user = userEvent.setup();
    render(<Player lesson={lesson} mode="watch" sites={testViews} watchTravelMs={travel} onRestart={() => {}} />);
    await waitFor(() => expect(findTarget(document, 'biblio.home.prets')).not.toBeNull());
    await user.click(button('Suivant'));
    expect(await screen.findByText('Regardez : Pas à pas fait l’étape.')).toBeVisible();
    expect(button('Suivant')).toHaveAttribute('aria-disabled', 'true');
    await user.click(button('Suivant'));

    await act(() => vi.advanceTimersByTimeAsync(travel));
    expect(await screen.findByRole('heading', { name: heading(lesson, 2) })).toBeVisible();
    // Long enough for a second demonstration, had the press been kept.
    await act(() => vi.advanceTimersByTimeAsync(2 * travel));
    expect(screen.getByRole('heading', { name: heading(lesson, 2) })).toBeVisible();
    expect(screen.queryByText('Regardez : Pas à pas fait l’étape.')).toBeNull();
    expect(button('Suivant')).not.toHaveAttribute('aria-disabled');
  });
});
