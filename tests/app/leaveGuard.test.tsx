/**
 * The browser's Back during a lesson run, with the real app, router and history (jsdom's): it
 * asks « Quitter la leçon ? »; staying keeps the run, leaving goes back for real, and the guard
 * leaves no extra entry behind (after leaving, after the run, after a link of the header).
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lessons } from 'virtual:pas-a-pas/lessons';
import { App } from '../../src/app/App.tsx';
import { useLeaveGuard } from '../../src/app/useLeaveGuard.ts';
import { createProgressStore } from '../../src/progress/progressStore.ts';
import { describeBoth } from '../player/renderBoth.tsx';

const lesson = lessons.find((entry) => entry.id === 'caf-se-connecter')!;
const title = lesson.texts.fr!.title;

/** Presses the browser's Back and waits until the browser has moved (jsdom moves in a task). */
async function pressBack() {
  const moved = nextMove();
  history.back();
  await act(() => moved);
}

/** Where the browser is. */
const path = () => location.pathname;

/** Resolves when the browser has next moved in its history. */
const nextMove = () => new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));

// A page left with its guard on top steps back off it: wait for that, so the next test starts still.
afterEach(async () => {
  const guarded = JSON.stringify(history.state ?? null).includes('pasAPasLeaveGuard');
  const released = nextMove();
  cleanup();
  if (guarded) await released;
});

beforeEach(() => {
  localStorage.clear();
  // Every test starts on « Mon carnet », a page before the home page.
  history.replaceState(null, '', '/carnet');
});

describeBoth('Leaving a lesson with the browser’s Back', ({ render: renderApp }) => {
  /** Home, then the lesson from its link, started in « On fait ensemble ». */
  async function startLesson() {
    const user = userEvent.setup();
    renderApp(<App progressStore={createProgressStore()} />);
    await user.click(screen.getByRole('link', { name: "Pas à pas, page d'accueil" }));
    await user.click(await screen.findByRole('link', { name: title }));
    await user.click(await screen.findByRole('button', { name: 'On fait ensemble' }));
    await screen.findByRole('heading', { name: /^Étape 1 sur \d+$/ });
    return user;
  }
  const dialog = () => screen.queryByRole('dialog', { name: 'Quitter la leçon ?' });

  it('asks first; « Rester dans la leçon » is the default and keeps the run', async () => {
    const user = await startLesson();
    await pressBack();
    expect(dialog()).toBeVisible();
    expect(dialog()).toHaveTextContent('Vous pourrez la reprendre depuis l’accueil');
    const stay = screen.getByRole('button', { name: 'Rester dans la leçon' });
    expect(stay).toHaveFocus();
    await user.click(stay);
    expect(dialog()).toBeNull();
    expect(path()).toBe(`/lecons/${lesson.id}`);
    expect(screen.getByRole('heading', { name: /^Étape 1 sur \d+$/ })).toBeVisible();

    // It asks again each time.
    await pressBack();
    expect(dialog()).toBeVisible();
    await user.keyboard('{Escape}');
    expect(dialog()).toBeNull();
    expect(screen.getByRole('heading', { name: /^Étape 1 sur \d+$/ })).toBeVisible();
  });

  it('« Quitter la leçon » goes back for real, and the next Back goes to the page before', async () => {
    const user = await startLesson();
    await pressBack();
    await user.click(screen.getByRole('button', { name: 'Quitter la leçon' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Les leçons' })).toBeVisible();
    expect(path()).toBe('/');
    expect(dialog()).toBeNull();
    // The run is kept for the tab: the home page offers to take it up.
    expect(screen.getByRole('link', { name: /^Reprendre la leçon :/ })).toHaveAttribute('href', `/lecons/${lesson.id}`);

    await pressBack();
    expect(path()).toBe('/carnet');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mon carnet' })).toBeVisible();
  });

  it('does not ask on the start screen', async () => {
    const user = userEvent.setup();
    renderApp(<App progressStore={createProgressStore()} />);
    await user.click(screen.getByRole('link', { name: "Pas à pas, page d'accueil" }));
    await user.click(await screen.findByRole('link', { name: title }));
    await screen.findByRole('button', { name: 'On fait ensemble' });
    await pressBack();
    expect(await screen.findByRole('heading', { level: 1, name: 'Les leçons' })).toBeVisible();
    expect(dialog()).toBeNull();
  });

  it('leaves no copy of the lesson behind a link of the header, and the lesson is taken up again', async () => {
    const user = await startLesson();
    const released = nextMove();
    await user.click(screen.getByRole('link', { name: 'Mon carnet' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mon carnet' })).toBeVisible();
    // The guard is turned into « Mon carnet »: Back goes to the lesson once, then home.
    await act(() => released);
    expect(path()).toBe('/carnet');
    await pressBack();
    expect(path()).toBe(`/lecons/${lesson.id}`);
    // The run was kept: it is taken up where it was.
    expect(await screen.findByRole('heading', { name: /^Étape 1 sur \d+$/ })).toBeVisible();
    expect(screen.getByText('Vous reprenez la leçon là où vous étiez.')).toBeVisible();
    await pressBack();
    expect(await screen.findByRole('dialog')).toBeVisible();
  });
});

/** A page with a run that can end, as the lesson page uses the hook. */
function Run() {
  const [running, setRunning] = useState(true);
  const guard = useLeaveGuard(running);
  return (
    <>
      <p>{running ? 'En cours' : 'Terminé'}</p>
      <button type="button" onClick={() => setRunning(false)}>
        Finir
      </button>
      {guard.asking && <p role="alert">Quitter ?</p>}
    </>
  );
}

describe.each([{ strict: false }, { strict: true }])('useLeaveGuard (StrictMode: $strict)', ({ strict }) => {
  it('takes the guard away when the run ends: Back then leaves the page at once', async () => {
    history.pushState(null, '', '/lecons/une-lecon');
    const before = history.length;
    render(<Run />, strict ? { wrapper: StrictMode } : {});
    expect(history.length).toBe(before + 1);
    const released = nextMove();
    await userEvent.click(screen.getByRole('button', { name: 'Finir' }));
    await act(() => released);
    expect(path()).toBe('/lecons/une-lecon');
    await pressBack();
    expect(path()).toBe('/carnet');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
