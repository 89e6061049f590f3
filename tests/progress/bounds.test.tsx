/**
 * Stored data out of bounds: a completion date a browser cannot show, in 2099 or before 1970, a
 * huge count, a duration that is not a number — the carnet still opens, empty, and the home page
 * gives the reset notice. An inactivity delay far too long is brought back to 4 hours, and the
 * wipe comes (fake timers: the timer is the subject).
 */
import { act, screen } from '@testing-library/react';
import { memoryLocation } from 'wouter/memory-location';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App.tsx';
import type { RunRecord } from '../../src/engine/learner/types.ts';
import { createInactivityTimer, type InactivityClock } from '../../src/progress/inactivityTimer.ts';
import { progressStorageKey } from '../../src/progress/progressStore.ts';
import { describeBoth } from '../player/renderBoth.tsx';
import { FakeStorage, run, storeOn } from './fixtures.ts';

const minute = 60_000;
const stored = run('caf-se-connecter', ['se-connecter']);
/** A stored version-1 document with `runs` and `inactivityMinutes`. */
const documentOf = (runs: unknown[], inactivityMinutes = 10) =>
  JSON.stringify({ version: 1, runs, settings: { inactivityMinutes } });
const withRun = (change: (run: RunRecord) => object) => documentOf([change(structuredClone(stored))]);
const withStep = (change: object) => withRun((r) => ({ ...r, steps: [{ ...r.steps[0], ...change }] }));

afterEach(() => {
  vi.useRealTimers();
});

describeBoth('Stored progress out of bounds', ({ render }) => {
  /** Opens `path` on a computer whose storage holds `text`, once the store has read it. */
  const open = async (text: string, path: string, { fakeTimers = false } = {}) => {
    const storage = new FakeStorage();
    storage.setItem(progressStorageKey, text);
    const { store, wipes } = storeOn(storage);
    await store.ready();
    if (fakeTimers) vi.useFakeTimers();
    const location = memoryLocation({ path, record: true });
    render(<App hook={location.hook} searchHook={location.searchHook} progressStore={store} />);
    return { storage, store, wipes, location };
  };

  it('keeps data within bounds (the carnet lists the lesson)', async () => {
    await open(documentOf([stored]), '/carnet');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mon carnet' })).toBeVisible();
    expect(screen.getByRole('heading', { level: 3, name: 'Me connecter à Mon Compte CAF' })).toBeVisible();
  });

  it.each([
    ['a completion date beyond what a browser can show', withRun((r) => ({ ...r, completedAt: 9e15 }))],
    ['a completion date in 2099', withRun((r) => ({ ...r, completedAt: Date.UTC(2099, 0, 1) }))],
    ['a negative completion date', withRun((r) => ({ ...r, startedAt: -120_000, completedAt: -60_000 }))],
    ['a completion date before 2024', withRun((r) => ({ ...r, startedAt: 0, completedAt: 60_000 }))],
    ['a run that ends before it starts', withRun((r) => ({ ...r, startedAt: r.completedAt + 1 }))],
    ['a huge count of wrong actions', withStep({ wrongActions: 1e9 })],
    ['a count that is not whole', withStep({ hintRung: 1.5 })],
    ['a step duration that is not a number (NaN, written null)', withStep({ durationMs: Number.NaN })],
    ['a step duration of two days', withStep({ durationMs: 48 * 60 * minute })],
    [
      'a restore date in 2099',
      JSON.stringify({
        version: 1,
        runs: [],
        baseline: { levels: { 'se-connecter': 'autonome' }, restoredAt: Date.UTC(2099, 0, 1) },
        settings: { inactivityMinutes: 10 },
      }),
    ],
  ])('opens the carnet empty and gives the reset notice, for %s', async (_, text) => {
    const { storage, location } = await open(text, '/carnet');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mon carnet' })).toBeVisible();
    expect(screen.getByText("Votre carnet est vide pour l'instant.", { exact: false })).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument(); // no crash message
    expect(storage.getItem(progressStorageKey)).toBeNull();
    act(() => location.navigate('/'));
    expect(
      await screen.findByText(/Les progrès gardés sur cet ordinateur étaient abîmés : Pas à pas ne peut pas les lire/),
    ).toBeVisible();
  });

  it('brings a stored inactivity delay of 50 000 minutes back to 4 hours, and the wipe comes', async () => {
    const { wipes, storage } = await open(documentOf([stored], 50_000), '/', { fakeTimers: true });
    act(() => vi.advanceTimersByTime(240 * minute - 1000));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getByRole('alertdialog', { name: 'Vous êtes encore là ?' })).toBeVisible();
    expect(screen.getByText(/Personne n'a touché l'ordinateur depuis 240 minutes/)).toBeVisible();
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(wipes).toHaveLength(1);
    expect(storage.length).toBe(0);
  });
});

describe('The inactivity timer with a delay beyond what a browser timer holds', () => {
  it('waits the whole delay, waking only a few times, then warns and expires', () => {
    vi.useFakeTimers();
    let wakes = 0;
    const clock: InactivityClock = {
      now: () => Date.now(),
      setTimeout: (callback, ms) => {
        wakes++;
        return setTimeout(callback, ms);
      },
      clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
    };
    const onExpire = vi.fn();
    createInactivityTimer({ idleMs: 50_000 * minute, warningMs: 0, onChange: () => undefined, onExpire, clock });
    vi.advanceTimersByTime(60 * minute);
    expect(wakes).toBe(1); // before the fix: one wake a millisecond, 3.6 million in this hour
    vi.advanceTimersByTime(50_000 * minute - 60 * minute - 1);
    expect(onExpire).not.toHaveBeenCalled();
    expect(wakes).toBeLessThan(5);
    vi.advanceTimersByTime(1);
    expect(onExpire).toHaveBeenCalledTimes(1);
  });
});
