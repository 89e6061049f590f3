/**
 * Renders the France Travail site as the player does: inside a real `SiteBridgeProvider` with the
 * lucas persona (or another), a practice world on the lesson's date, the run's memory (so a
 * remount is a reload), and the documents the site opens in the practice viewer. The world can be
 * changed as the player and the mailbox change it: a lesson switching an incident on, a mail's
 * link clicked, time passing.
 */
import { readFileSync } from 'node:fs';
import { StrictMode, useCallback, useLayoutEffect, useState, type ReactNode } from 'react';
import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parse } from 'yaml';
import { createPracticeClock } from '../../../src/lesson/practiceClock.ts';
import type { Persona, SiteEvent } from '../../../src/lesson/types.ts';
import { createWorld, type PracticeWorld } from '../../../src/lesson/world.ts';
import type { PracticeDocument } from '../../../src/sites/framework/documents/practiceDocument.ts';
import { SiteBridgeProvider, type SiteMemory } from '../../../src/sites/framework/SiteBridge.tsx';
import { perform, type DriverAction } from '../../../src/sites/framework/driver.ts';
import { FranceTravailSite } from '../../../src/sites/france-travail/FranceTravailSite.tsx';
import { registry } from '../../../src/sites/registry.ts';

/** A persona read from its YAML file as the compiler gives it. */
export const personaNamed = (id: string) => parse(readFileSync(`content/personas/${id}.yaml`, 'utf8')) as Persona;
export const lucas = personaNamed('lucas');

export interface SiteOptions {
  /** The practice date, `YYYY-MM-DD` (default: 2026-12-01, the day after Lucas's contract ended). */
  date?: string;
  /** (default: lucas) */
  persona?: Persona;
  strict?: boolean;
  /** The run's memory (shared between two renders: the second is a reload). */
  store?: Record<string, unknown>;
  /** The world to start from (default: a fresh one on `date`). */
  world?: PracticeWorld;
}

/** Renders the site; returns RTL's result plus a user, the events, the world and ways to change it. */
export function renderSite(options: SiteOptions = {}) {
  const events: SiteEvent[] = [];
  const opened: PracticeDocument[] = [];
  const tabs: string[] = [];
  const store = options.store ?? {};
  const memory: SiteMemory = { read: (key) => store[key], write: (key, value) => void (store[key] = value) };
  const current = {
    world: options.world ?? createWorld(createPracticeClock(options.date ?? '2026-12-01', Date.now())),
  };
  const control: { update?: (change: (w: PracticeWorld) => PracticeWorld) => void } = {};

  function Harness({ children }: { children: ReactNode }) {
    const [world, setWorld] = useState(current.world);
    useLayoutEffect(() => {
      current.world = world;
    });
    const emit = useCallback((event: SiteEvent) => void events.push(event), []);
    const updateWorld = useCallback((change: (w: PracticeWorld) => PracticeWorld) => setWorld(change), []);
    control.update = updateWorld;
    const openTab = useCallback((site: string) => void tabs.push(site), []);
    const openDocument = useCallback((doc: PracticeDocument) => void opened.push(doc), []);
    return (
      <SiteBridgeProvider
        emit={emit}
        persona={options.persona ?? lucas}
        world={world}
        updateWorld={updateWorld}
        openTab={openTab}
        openDocument={openDocument}
        targets={registry.targets}
        memory={memory}
      >
        <main data-site="france-travail">{children}</main>
      </SiteBridgeProvider>
    );
  }

  const user = userEvent.setup();
  const result = render(
    <Harness>
      <FranceTravailSite />
    </Harness>,
    options.strict ? { wrapper: StrictMode } : {},
  );
  return {
    ...result,
    user,
    events,
    opened,
    tabs,
    store,
    world: () => current.world,
    /** Changes the world as the player or the mailbox would. */
    updateWorld: (change: (w: PracticeWorld) => PracticeWorld) => act(() => control.update?.(change)),
    /** Switches an incident on, as a lesson's step does. */
    incident: (id: string) =>
      act(() => control.update?.((w) => ({ ...w, incidents: [...(w.incidents ?? []), `france-travail.${id}`] }))),
    /** Clicks a mail's link in the practice mailbox (`PracticeWorld.openedLinks`). */
    openLink: (id: string) =>
      act(() => control.update?.((w) => ({ ...w, openedLinks: [...(w.openedLinks ?? []), id] }))),
    clearEvents: () => void events.splice(0),
    /** Performs expected actions with the lesson driver, as Watch mode does. */
    drive: (...steps: DriverAction[]) => {
      for (const step of steps) act(() => perform(result.container, step));
    },
  };
}

export type RenderedSite = ReturnType<typeof renderSite>;
