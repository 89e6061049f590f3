/**
 * Renders the ameli site as the player does: inside a real `SiteBridgeProvider` with the amina
 * persona (or another), a practice world on the lesson's date, the run's memory (so a remount is
 * a reload) and the documents the site opens in the practice viewer. Until the integrator adds
 * ameli to the app's registry, the targets are those of `createSiteRegistry([ameli, mail])`.
 */
import { StrictMode, useCallback, useLayoutEffect, useState, type ReactNode } from 'react';
import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createPracticeClock } from '../../../src/lesson/practiceClock.ts';
import type { Persona, SiteEvent } from '../../../src/lesson/types.ts';
import { createWorld, type PracticeWorld } from '../../../src/lesson/world.ts';
import { AmeliSite } from '../../../src/sites/ameli/AmeliSite.tsx';
import { ameli } from '../../../src/sites/ameli/index.ts';
import type { PracticeDocument } from '../../../src/sites/framework/documents/practiceDocument.ts';
import { perform, type DriverAction } from '../../../src/sites/framework/driver.ts';
import { SiteBridgeProvider, type SiteMemory } from '../../../src/sites/framework/SiteBridge.tsx';
import { createSiteRegistry } from '../../../src/sites/framework/siteRegistry.ts';
import { mail } from '../../../src/sites/mail/index.ts';
import { amina } from '../renderWithBridge.tsx';

/** The sites the ameli tests know: ameli and the mailbox. */
export const ameliRegistry = createSiteRegistry([ameli, mail]);

export { amina };

export interface AmeliOptions {
  /** The practice date, `YYYY-MM-DD` (default: 2026-11-30). */
  date?: string;
  /** (default: amina) */
  persona?: Persona;
  strict?: boolean;
  /** The run's memory (shared between two renders: the second is a reload). */
  store?: Record<string, unknown>;
}

/** Renders the site; returns RTL's result plus a user, the events, the documents opened and the world. */
export function renderAmeli(options: AmeliOptions = {}) {
  const events: SiteEvent[] = [];
  const opened: PracticeDocument[] = [];
  const store = options.store ?? {};
  const memory: SiteMemory = { read: (key) => store[key], write: (key, value) => void (store[key] = value) };
  const current = { world: createWorld(createPracticeClock(options.date ?? '2026-11-30', Date.now())) };
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
        persona={options.persona ?? amina}
        world={world}
        updateWorld={updateWorld}
        openDocument={openDocument}
        targets={ameliRegistry.targets}
        memory={memory}
      >
        <main data-site="ameli">{children}</main>
      </SiteBridgeProvider>
    );
  }

  const user = userEvent.setup();
  const result = render(
    <Harness>
      <AmeliSite />
    </Harness>,
    options.strict ? { wrapper: StrictMode } : {},
  );
  return {
    ...result,
    user,
    events,
    opened,
    store,
    world: () => current.world,
    /** Changes the world as the player or another site would (FranceConnect coming back…). */
    updateWorld: (change: (w: PracticeWorld) => PracticeWorld) => act(() => control.update?.(change)),
    /** Switches an incident on, as a lesson's step does. */
    incident: (id: string) =>
      act(() => control.update?.((w) => ({ ...w, incidents: [...(w.incidents ?? []), `ameli.${id}`] }))),
    clearEvents: () => void events.splice(0),
    /** Performs expected actions with the lesson driver, as Watch mode does. */
    drive: (...steps: DriverAction[]) => {
      for (const step of steps) act(() => perform(result.container, step));
    },
  };
}

export type RenderedAmeli = ReturnType<typeof renderAmeli>;

/** Signs amina in with her number and password, as a learner would with the driver. */
export const signIn: DriverAction[] = [
  { action: 'fill', target: 'ameli.connexion.nir', value: '2860375114023' },
  { action: 'fill', target: 'ameli.connexion.mot-de-passe', value: 'Coquelicot-2026' },
  { action: 'click', target: 'ameli.connexion.valider' },
];

/** From the login page to « Votre attestation de droits est prête », for all the beneficiaries. */
export const toAttestation: DriverAction[] = [
  ...signIn,
  { action: 'click', target: 'ameli.compte.demarches' },
  { action: 'click', target: 'ameli.demarches.attestation-droits' },
  { action: 'choose', target: 'ameli.attestation.beneficiaires', value: 'tous' },
  { action: 'click', target: 'ameli.attestation.demander' },
];
