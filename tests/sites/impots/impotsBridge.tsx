/**
 * Renders the impots.gouv site as the player does: inside a real `SiteBridgeProvider` with the
 * famille-martin persona (or another), a practice world on the lesson's date, the run's memory
 * (so a remount is a reload), and the documents the site opens in the practice viewer. Its own
 * registry (impots and the mailbox) until the integrator registers the site. The world can be
 * changed as the player and the mailbox change it: an incident switched on, a mail's link
 * clicked, time passing.
 */
import { readFileSync } from 'node:fs';
import { useCallback, useLayoutEffect, useState, type ReactNode } from 'react';
import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parse } from 'yaml';
import { createPracticeClock } from '../../../src/lesson/practiceClock.ts';
import type { Persona, SiteEvent } from '../../../src/lesson/types.ts';
import { createWorld, type PracticeWorld } from '../../../src/lesson/world.ts';
import type { PracticeDocument } from '../../../src/sites/framework/documents/practiceDocument.ts';
import { SiteBridgeProvider, type SiteMemory } from '../../../src/sites/framework/SiteBridge.tsx';
import { perform, type DriverAction } from '../../../src/sites/framework/driver.ts';
import { createSiteRegistry } from '../../../src/sites/framework/siteRegistry.ts';
import { ImpotsSite } from '../../../src/sites/impots/ImpotsSite.tsx';
import { impots } from '../../../src/sites/impots/index.ts';
import { mail } from '../../../src/sites/mail/index.ts';

/** The sites of these tests: impots.gouv and the mailbox. */
export const registry = createSiteRegistry([impots, mail]);

/** A persona read from its YAML file as the compiler gives it. */
export const personaNamed = (id: string) => parse(readFileSync(`content/personas/${id}.yaml`, 'utf8')) as Persona;
export const martin = personaNamed('famille-martin');
export const gerard = personaNamed('gerard');

export interface SiteOptions {
  /** The practice date, `YYYY-MM-DD` (default: 2026-04-20, the campaign open). */
  date?: string;
  /** (default: famille-martin) */
  persona?: Persona;
  /** The run's memory (shared between two renders: the second is a reload). */
  store?: Record<string, unknown>;
  world?: PracticeWorld;
}

/** Renders the site; returns RTL's result plus a user, the events, the world and ways to change it. */
export function renderImpots(options: SiteOptions = {}) {
  const events: SiteEvent[] = [];
  const opened: PracticeDocument[] = [];
  const store = options.store ?? {};
  const memory: SiteMemory = { read: (key) => store[key], write: (key, value) => void (store[key] = value) };
  const current = {
    world: options.world ?? createWorld(createPracticeClock(options.date ?? '2026-04-20', Date.now())),
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
    const openDocument = useCallback((doc: PracticeDocument) => void opened.push(doc), []);
    return (
      <SiteBridgeProvider
        emit={emit}
        persona={options.persona ?? martin}
        world={world}
        updateWorld={updateWorld}
        openDocument={openDocument}
        targets={registry.targets}
        memory={memory}
      >
        <main data-site="impots">{children}</main>
      </SiteBridgeProvider>
    );
  }

  const user = userEvent.setup();
  const result = render(
    <Harness>
      <ImpotsSite />
    </Harness>,
  );
  return {
    ...result,
    user,
    events,
    opened,
    store,
    world: () => current.world,
    updateWorld: (change: (w: PracticeWorld) => PracticeWorld) => act(() => control.update?.(change)),
    /** Switches an incident on, as a lesson's step does. */
    incident: (id: string) =>
      act(() => control.update?.((w) => ({ ...w, incidents: [...(w.incidents ?? []), `impots.${id}`] }))),
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

export type RenderedImpots = ReturnType<typeof renderImpots>;

export const click = (target: string): DriverAction => ({ action: 'click', target });
export const fill = (target: string, value: string): DriverAction => ({ action: 'fill', target, value });

/** The site's flags (`data-flags`). */
export const flags = () => document.querySelector<HTMLElement>('[data-flags]')!.dataset.flags!.split(' ');

/** From any page to the space, signed in with the persona's numéro fiscal, password and the code. */
export function signIn(site: RenderedImpots, nif: string, password: string): void {
  site.drive(
    click('impots.header.espace'),
    fill('impots.connexion.numero-fiscal', nif),
    fill('impots.connexion.mot-de-passe', password),
    click('impots.connexion.valider'),
  );
  site.drive(fill('impots.code.input', site.world().otp), click('impots.code.valider'));
}

/** Julien Martin's identifiers (content/personas/famille-martin.yaml). */
export const julien = { nif: '1284619372120', password: 'Acacias-Montreuil-27', access: '4827391', rfr: '47 520' };
/** Gérard Lefèvre's. */
export const gerardIds = { nif: '3016284755456', password: 'Republique93300', access: '6150342', rfr: '17 460' };

/** From any page to the mail sent, the space created with `ids`. */
export function createSpace(site: RenderedImpots, ids: typeof julien, email: string): void {
  site.drive(
    click('impots.header.logo'),
    click('impots.home.creer-espace'),
    fill('impots.creation.numero-fiscal', ids.nif),
    click('impots.creation.continuer'),
    fill('impots.creation.numero-acces', ids.access),
    fill('impots.creation.revenu-fiscal', ids.rfr),
    click('impots.creation.continuer'),
    fill('impots.creation.email', email),
    fill('impots.creation.email-confirmation', email),
    fill('impots.creation.mot-de-passe', ids.password),
    fill('impots.creation.mot-de-passe-confirmation', ids.password),
    click('impots.creation.valider'),
  );
}

/** The id of the last activation link in the mailbox. */
export function activationLink(site: RenderedImpots): string {
  const found = site.world().inbox.find((m) => m.id === 'impots-activation');
  if (!found?.link) throw new Error('No activation mail in the practice mailbox.');
  return found.link.id;
}
