/**
 * Renders the CAF site as the player does, for the account's tests: inside a real
 * `SiteBridgeProvider` with a persona (default: amina), a practice world on a practice date, the
 * run's memory (a second render with the same store is a reload), and ways to change the world as
 * the mailbox and time do: a mail's link clicked, time passing.
 */
import { readFileSync } from 'node:fs';
import { useCallback, useLayoutEffect, useState, type ReactNode } from 'react';
import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parse } from 'yaml';
import { createPracticeClock } from '../../../../src/lesson/practiceClock.ts';
import type { Persona, SiteEvent } from '../../../../src/lesson/types.ts';
import { createWorld, type PracticeWorld } from '../../../../src/lesson/world.ts';
import { CafSite } from '../../../../src/sites/caf/CafSite.tsx';
import { SiteBridgeProvider, type SiteMemory } from '../../../../src/sites/framework/SiteBridge.tsx';
import { perform, type DriverAction } from '../../../../src/sites/framework/driver.ts';
import { registry } from '../../../../src/sites/registry.ts';

/** A persona read from its YAML file as the compiler gives it. */
export const personaNamed = (id: string) => parse(readFileSync(`content/personas/${id}.yaml`, 'utf8')) as Persona;

export interface CafOptions {
  /** (default: amina) */
  persona?: Persona;
  /** The practice date, `YYYY-MM-DD` (default: 2026-11-10). */
  date?: string;
  /** The run's memory (shared between two renders: the second is a reload). */
  store?: Record<string, unknown>;
}

/** Renders the CAF site; returns RTL's result plus a user, the events, the world and ways to change it. */
export function renderCaf(options: CafOptions = {}) {
  const events: SiteEvent[] = [];
  const store = options.store ?? {};
  const memory: SiteMemory = { read: (key) => store[key], write: (key, value) => void (store[key] = value) };
  const current = { world: createWorld(createPracticeClock(options.date ?? '2026-11-10', Date.now())) };
  const control: { update?: (change: (w: PracticeWorld) => PracticeWorld) => void } = {};

  function Harness({ children }: { children: ReactNode }) {
    const [world, setWorld] = useState(current.world);
    useLayoutEffect(() => {
      current.world = world;
    });
    const emit = useCallback((event: SiteEvent) => void events.push(event), []);
    const updateWorld = useCallback((change: (w: PracticeWorld) => PracticeWorld) => setWorld(change), []);
    control.update = updateWorld;
    return (
      <SiteBridgeProvider
        emit={emit}
        persona={options.persona ?? personaNamed('amina')}
        world={world}
        updateWorld={updateWorld}
        targets={registry.targets}
        memory={memory}
      >
        <main data-site="caf">{children}</main>
      </SiteBridgeProvider>
    );
  }

  const user = userEvent.setup();
  const result = render(
    <Harness>
      <CafSite />
    </Harness>,
  );
  return {
    ...result,
    user,
    events,
    store,
    world: () => current.world,
    /** Clicks a mail's link in the practice mailbox. */
    openLink: (id: string) =>
      act(() => control.update?.((w) => ({ ...w, openedLinks: [...(w.openedLinks ?? []), id] }))),
    /** Moves the practice clock on by `ms` (as if that much real time had passed). */
    later: (ms: number) =>
      act(() => control.update?.((w) => ({ ...w, clock: { ...w.clock, practiceStart: w.clock.practiceStart + ms } }))),
    clearEvents: () => void events.splice(0),
    drive: (...steps: DriverAction[]) => {
      for (const step of steps) act(() => perform(result.container, step));
    },
  };
}

export type RenderedCaf = ReturnType<typeof renderCaf>;
/** A click, as the driver performs it. */
export const click = (target: string): DriverAction => ({ action: 'click', target });
/** A value typed, as the driver performs it. */
export const fill = (target: string, value: string): DriverAction => ({ action: 'fill', target, value });
/** The place of the page shown. */
export const place = () =>
  document.querySelector('.caf-site [data-place]:not([data-place=""])')?.getAttribute('data-place');
