/**
 * Renders one practice site as the player does: inside a real `SiteBridgeProvider` with a
 * persona, a practice world on the lesson's date kept in React state, the run's memory (so a
 * remount on the same `store` is a reload), the tabs and documents the site opens recorded. The
 * world can be changed as the player and the mailbox change it: an incident switched on, a mail's
 * link clicked, time passing; a file chooser opens the practice browser's real « Ouvrir » dialog.
 * Each site's tests wrap it with their persona, date and registry.
 */
import { readFileSync } from 'node:fs';
import { StrictMode, useCallback, useLayoutEffect, useState, type ReactElement, type ReactNode } from 'react';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parse } from 'yaml';
import { createPracticeClock } from '../../src/lesson/practiceClock.ts';
import { practiceFilesOf } from '../../src/lesson/practiceFiles.ts';
import type { Persona, SiteEvent } from '../../src/lesson/types.ts';
import { createWorld, type PracticeWorld } from '../../src/lesson/world.ts';
import { FileDialog } from '../../src/player/browser/FileDialog.tsx';
import { useFileChooser } from '../../src/player/browser/useFileChooser.ts';
import type { PracticeDocument } from '../../src/sites/framework/documents/practiceDocument.ts';
import { perform, type DriverAction } from '../../src/sites/framework/driver.ts';
import { SiteBridgeProvider, type SiteMemory } from '../../src/sites/framework/SiteBridge.tsx';
import type { TargetRegistry } from '../../src/sites/framework/types.ts';

/** A persona read from its YAML file as the compiler gives it (tests run from the project root). */
export const personaNamed = (id: string) => parse(readFileSync(`content/personas/${id}.yaml`, 'utf8')) as Persona;

/** Clicks the chooser `button` (its words), then opens `file` in the practice « Ouvrir » dialog. */
export async function uploadFile(user: ReturnType<typeof userEvent.setup>, button: string | RegExp, file: string) {
  await user.click(screen.getByRole('button', { name: button }));
  const dialog = await screen.findByRole('dialog');
  const name = new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
  await user.click(within(dialog).getByRole('option', { name }));
  await user.click(within(dialog).getByRole('button', { name: 'Ouvrir' }));
}

/** What every site's render takes. */
export interface SiteOptions {
  /** The practice date, `YYYY-MM-DD` (each site has its lesson's date as default). */
  date?: string;
  persona?: Persona;
  /** Renders inside `<StrictMode>` (default: false). */
  strict?: boolean;
  /** The run's memory (shared between two renders: the second is a reload). */
  store?: Record<string, unknown>;
  /** The world to start from (default: a fresh one on `date`). */
  world?: PracticeWorld;
}

/** The site rendered, and what it needs besides `SiteOptions`. */
export interface PracticeSite {
  /** Its id: `data-site` on the main region, and the prefix of its incidents (none: several sites). */
  site?: string;
  ui: ReactElement;
  persona: Persona;
  /** The lesson's practice date, `YYYY-MM-DD` (none: today). */
  date?: string;
  targets: TargetRegistry;
}

/** Renders `site.ui`; returns RTL's result plus a user, the events, the world and ways to change it. */
export function renderPracticeSite(site: PracticeSite, options: SiteOptions = {}) {
  const events: SiteEvent[] = [];
  const opened: PracticeDocument[] = [];
  const tabs: string[] = [];
  const realIdentifiers = { count: 0 };
  const persona = options.persona ?? site.persona;
  const store = options.store ?? {};
  const memory: SiteMemory = { read: (key) => store[key], write: (key, value) => void (store[key] = value) };
  const current = {
    world: options.world ?? createWorld(createPracticeClock(options.date ?? site.date, Date.now())),
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
    const openTab = useCallback((id: string) => void tabs.push(id), []);
    const onRealIdentifier = useCallback(() => void (realIdentifiers.count += 1), []);
    const openDocument = useCallback((doc: PracticeDocument) => void opened.push(doc), []);
    const chooser = useFileChooser();
    return (
      <SiteBridgeProvider
        emit={emit}
        persona={persona}
        world={world}
        updateWorld={updateWorld}
        openTab={openTab}
        onRealIdentifier={onRealIdentifier}
        openDocument={openDocument}
        chooseFile={chooser.chooseFile}
        targets={site.targets}
        memory={memory}
      >
        <main data-site={site.site}>{children}</main>
        {chooser.request && (
          <FileDialog documents={practiceFilesOf(persona)} downloads={[]} emit={emit} onClose={chooser.close} />
        )}
      </SiteBridgeProvider>
    );
  }

  const user = userEvent.setup();
  const result = render(<Harness>{site.ui}</Harness>, options.strict ? { wrapper: StrictMode } : {});
  const update = (change: (w: PracticeWorld) => PracticeWorld) => act(() => control.update?.(change));
  return {
    ...result,
    user,
    events,
    /** The documents the site opened in the practice viewer (`openDocument`). */
    opened,
    /** The tabs the site opened (`openTab`). */
    tabs,
    /** How many times a real-looking identifier was typed (and not kept). */
    realIdentifiers,
    store,
    /** The practice world as the site last rendered it. */
    world: () => current.world,
    /** Changes the world as the player, the mailbox or another site would (FranceConnect coming back…). */
    updateWorld: update,
    /** Switches an incident on, as a lesson's step does. */
    incident: (id: string) => update((w) => ({ ...w, incidents: [...(w.incidents ?? []), `${site.site}.${id}`] })),
    /** Clicks a mail's link in the practice mailbox (`PracticeWorld.openedLinks`). */
    openLink: (id: string) => update((w) => ({ ...w, openedLinks: [...(w.openedLinks ?? []), id] })),
    /** Moves the practice clock on by `ms` (as if that much real time had passed). */
    later: (ms: number) => update((w) => ({ ...w, clock: { ...w.clock, practiceStart: w.clock.practiceStart + ms } })),
    /** Empties the recorded events (after setting a page up). */
    clearEvents: () => void events.splice(0),
    /** Performs expected actions with the lesson driver, as Watch mode does. */
    drive: (...steps: DriverAction[]) => {
      for (const step of steps) act(() => perform(result.container, step));
    },
    /** The site's `data-flags`. */
    flags: () =>
      (result.container.querySelector('[data-flags]')?.getAttribute('data-flags') ?? '').split(' ').filter(Boolean),
    /** The innermost place on screen. */
    place: () =>
      [...result.container.querySelectorAll('[data-place]:not([data-place=""])')].at(-1)?.getAttribute('data-place'),
    /** Clicks the chooser `button` (its words), then opens `file` in the « Ouvrir » dialog. */
    upload: (button: string | RegExp, file: string) => uploadFile(user, button, file),
  };
}
