/**
 * Inactivity, with fake timers: the timer alone (warning at 10 minutes, a countdown second by
 * second, « still here », activity, a computer waking from sleep), then the warning in the app:
 * the dialog, its countdown, « Je suis encore là », Escape, and the wipe at zero.
 */
import { act, fireEvent, screen } from '@testing-library/react';
import { memoryLocation } from 'wouter/memory-location';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App.tsx';
import {
  createInactivityTimer,
  type InactivityClock,
  type InactivityPhase,
} from '../../src/progress/inactivityTimer.ts';
import { describeBoth } from '../player/renderBoth.tsx';
import { FakeStorage, run, storeOn } from './fixtures.ts';

const minute = 60_000;
const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms));

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createInactivityTimer', () => {
  const start = (options: { waitForActivity?: boolean; clock?: InactivityClock } = {}) => {
    const changes: InactivityPhase[] = [];
    const onExpire = vi.fn();
    const timer = createInactivityTimer({
      idleMs: 10 * minute,
      onChange: (state) => changes.push(state),
      onExpire,
      ...options,
    });
    const seconds = () => changes.flatMap((c) => (c.phase === 'warning' ? [c.secondsLeft] : []));
    return { timer, changes, onExpire, seconds };
  };

  it('warns at 10 minutes, counts down each second from 60, and expires at 11 minutes', () => {
    const { changes, onExpire, seconds } = start();
    vi.advanceTimersByTime(10 * minute - 1);
    expect(changes.at(-1)).toEqual({ phase: 'counting' });
    vi.advanceTimersByTime(1);
    expect(changes.at(-1)).toEqual({ phase: 'warning', secondsLeft: 60 });
    vi.advanceTimersByTime(15_000);
    expect(changes.at(-1)).toEqual({ phase: 'warning', secondsLeft: 45 });
    vi.advanceTimersByTime(45_000 - 1);
    expect(onExpire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onExpire).toHaveBeenCalledTimes(1);
    expect(seconds()).toEqual(Array.from({ length: 60 }, (_, i) => 60 - i));
    expect(changes.at(-1)).toEqual({ phase: 'expired' });
  });

  it('counts from the last activity', () => {
    const { timer, changes } = start();
    vi.advanceTimersByTime(9 * minute);
    timer.activity();
    vi.advanceTimersByTime(10 * minute - 1);
    expect(changes.at(-1)).toEqual({ phase: 'counting' });
    vi.advanceTimersByTime(1);
    expect(changes.at(-1)).toEqual({ phase: 'warning', secondsLeft: 60 });
  });

  it('ignores activity during the warning: only « still here » ends it, and counts again from then', () => {
    const { timer, changes, onExpire } = start();
    vi.advanceTimersByTime(10 * minute + 30_000);
    timer.activity();
    expect(changes.at(-1)).toEqual({ phase: 'warning', secondsLeft: 30 });
    timer.stillHere();
    expect(changes.at(-1)).toEqual({ phase: 'counting' });
    vi.advanceTimersByTime(10 * minute - 1);
    expect(changes.at(-1)).toEqual({ phase: 'counting' });
    vi.advanceTimersByTime(1);
    expect(changes.at(-1)).toEqual({ phase: 'warning', secondsLeft: 60 });
    expect(onExpire).not.toHaveBeenCalled();
  });

  it('waits for the first activity when asked to', () => {
    const { timer, changes } = start({ waitForActivity: true });
    vi.advanceTimersByTime(60 * minute);
    expect(changes).toEqual([]);
    timer.activity();
    vi.advanceTimersByTime(10 * minute);
    expect(changes.at(-1)).toEqual({ phase: 'warning', secondsLeft: 60 });
  });

  it('expires at once when the computer wakes after the deadline (timers were asleep)', () => {
    let now = 0;
    const clock: InactivityClock = { now: () => now, setTimeout: () => 1, clearTimeout: () => undefined };
    const { timer, onExpire, changes } = start({ clock });
    now = 30 * minute;
    timer.check();
    expect(onExpire).toHaveBeenCalledTimes(1);
    expect(changes.some((c) => c.phase === 'warning')).toBe(false);
  });

  it('stops on dispose', () => {
    const { timer, onExpire } = start();
    timer.dispose();
    vi.advanceTimersByTime(60 * minute);
    expect(onExpire).not.toHaveBeenCalled();
  });
});

describeBoth('The inactivity warning in the app', ({ render }) => {
  const open = ({ progress = true, minutes }: { progress?: boolean; minutes?: number } = {}) => {
    const storage = new FakeStorage();
    const { store, wipes } = storeOn(storage);
    if (progress) store.recordRun(run('caf-se-connecter', ['se-connecter']));
    if (minutes) store.setInactivityMinutes(minutes);
    const location = memoryLocation({ path: '/', record: true });
    render(<App hook={location.hook} searchHook={location.searchHook} progressStore={store} />);
    return { store, wipes, storage };
  };
  const dialog = () => screen.queryByRole('alertdialog', { name: 'Vous êtes encore là ?' });
  const countdown = () => document.querySelector('.countdown')?.textContent;

  it('warns after 10 minutes, counts down, then wipes everything at zero', async () => {
    const { wipes, storage, store } = open();
    advance(10 * minute - 1000);
    expect(dialog()).not.toBeInTheDocument();
    advance(1000);
    expect(dialog()).toBeVisible();
    expect(countdown()).toBe('Tout sera effacé dans 60 secondes');
    expect(screen.getByText(/Personne n'a touché l'ordinateur depuis 10 minutes/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Je suis encore là' })).toHaveFocus();
    advance(15_000);
    expect(countdown()).toBe('Tout sera effacé dans 45 secondes');
    advance(44_000);
    expect(countdown()).toBe('Tout sera effacé dans 1 seconde');
    expect(wipes).toHaveLength(0);
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(wipes).toHaveLength(1);
    expect(dialog()).not.toBeInTheDocument();
    expect(storage.length).toBe(0);
    expect(store.getSnapshot().progress.runs).toEqual([]);
    const notice = screen.getByText(
      "Personne n'utilisait Pas à pas depuis un moment : tout a été effacé. La personne suivante peut commencer.",
    );
    expect(notice.closest('[role="status"]')).toBeInTheDocument();
    expect(notice).toHaveFocus();
  });

  it('« Je suis encore là » ends the warning and counts 10 minutes again', () => {
    const { wipes } = open();
    const trigger = screen.getByRole('button', { name: 'Terminer et tout effacer' });
    trigger.focus();
    advance(10 * minute + 20_000);
    fireEvent.click(screen.getByRole('button', { name: 'Je suis encore là' }));
    expect(dialog()).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
    advance(10 * minute - 1000);
    expect(dialog()).not.toBeInTheDocument();
    advance(1000);
    expect(dialog()).toBeVisible();
    expect(wipes).toHaveLength(0);
  });

  it('Escape also means « I am still here »', () => {
    open();
    advance(10 * minute);
    fireEvent.keyDown(dialog()!, { key: 'Escape' });
    expect(dialog()).not.toBeInTheDocument();
    advance(5 * minute);
    expect(dialog()).not.toBeInTheDocument();
  });

  it('any activity before the warning (pointer, keys, scroll, touch, focus) postpones it', () => {
    open();
    const activities = [
      () => fireEvent.pointerMove(document.body),
      () => fireEvent.keyDown(document.body, { key: 'a' }),
      () => fireEvent.scroll(window),
      () => fireEvent.touchStart(document.body),
      () => fireEvent.focusIn(document.body),
    ];
    for (const activity of activities) {
      advance(9 * minute);
      activity();
    }
    expect(dialog()).not.toBeInTheDocument();
    advance(10 * minute);
    expect(dialog()).toBeVisible();
  });

  it('leaves an untouched computer alone when nothing is kept, and counts from the first touch', () => {
    const { wipes } = open({ progress: false });
    advance(60 * minute);
    expect(dialog()).not.toBeInTheDocument();
    fireEvent.pointerDown(document.body);
    advance(10 * minute);
    expect(dialog()).toBeVisible();
    advance(60_000);
    expect(wipes).toHaveLength(1);
  });

  it('uses the delay of the settings', () => {
    open({ minutes: 2 });
    advance(2 * minute);
    expect(dialog()).toBeVisible();
    expect(screen.getByText(/depuis 2 minutes/)).toBeVisible();
  });
});
