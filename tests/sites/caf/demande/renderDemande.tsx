/**
 * Renders the CAF site as the player does for the claim: inside a real `SiteBridgeProvider` with
 * the nadia persona (or another: amina for a couple), a practice world on 3 December 2026 (the
 * months asked: September to November 2026), the run's memory, and the practice browser's real
 * « Ouvrir » dialog for the file chooser.
 */
import { readFileSync } from 'node:fs';
import { useCallback, useLayoutEffect, useState, type ReactNode } from 'react';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parse } from 'yaml';
import { createPracticeClock } from '../../../../src/lesson/practiceClock.ts';
import { practiceFilesOf } from '../../../../src/lesson/practiceFiles.ts';
import type { Persona, SiteEvent } from '../../../../src/lesson/types.ts';
import { createWorld, type PracticeWorld } from '../../../../src/lesson/world.ts';
import { FileDialog } from '../../../../src/player/browser/FileDialog.tsx';
import { useFileChooser } from '../../../../src/player/browser/useFileChooser.ts';
import { CafSite } from '../../../../src/sites/caf/CafSite.tsx';
import type { PracticeDocument } from '../../../../src/sites/framework/documents/practiceDocument.ts';
import { SiteBridgeProvider, type SiteMemory } from '../../../../src/sites/framework/SiteBridge.tsx';
import { perform, type DriverAction } from '../../../../src/sites/framework/driver.ts';
import { registry } from '../../../../src/sites/registry.ts';

const personaNamed = (id: string) => parse(readFileSync(`content/personas/${id}.yaml`, 'utf8')) as Persona;
/** The claimant of the lesson caf-demander-prime-activite: Nadia, who lives alone. */
export const nadia = personaNamed('nadia');
/** A couple with a child, for the partner's page. */
export const amina = personaNamed('amina');

/** The practice day of the lesson caf-demander-prime-activite. */
export const practiceDay = '2026-12-03';

/** The CAF site on `practiceDay`, as in its practice-browser tab, for `persona` (default: Nadia). */
export function renderDemande(persona: Persona = nadia) {
  const events: SiteEvent[] = [];
  const opened: PracticeDocument[] = [];
  const store: Record<string, unknown> = {};
  const memory: SiteMemory = { read: (key) => store[key], write: (key, value) => void (store[key] = value) };
  const current = { world: createWorld(createPracticeClock(practiceDay, Date.now())) };

  function Harness({ children }: { children: ReactNode }) {
    const [world, setWorld] = useState(current.world);
    useLayoutEffect(() => {
      current.world = world;
    });
    const emit = useCallback((event: SiteEvent) => void events.push(event), []);
    const updateWorld = useCallback((change: (w: PracticeWorld) => PracticeWorld) => setWorld(change), []);
    const openDocument = useCallback((doc: PracticeDocument) => void opened.push(doc), []);
    const chooser = useFileChooser();
    return (
      <SiteBridgeProvider
        emit={emit}
        persona={persona}
        world={world}
        updateWorld={updateWorld}
        targets={registry.targets}
        memory={memory}
        chooseFile={chooser.chooseFile}
        openDocument={openDocument}
      >
        <main>{children}</main>
        {chooser.request && (
          <FileDialog documents={practiceFilesOf(persona)} downloads={[]} emit={emit} onClose={chooser.close} />
        )}
      </SiteBridgeProvider>
    );
  }

  const user = userEvent.setup();
  const result = render(
    <Harness>
      <div data-site="caf">
        <CafSite />
      </div>
    </Harness>,
  );
  const drive = (...steps: DriverAction[]) => {
    for (const step of steps) act(() => perform(result.container, step));
  };
  return {
    ...result,
    user,
    events,
    opened,
    world: () => current.world,
    drive,
    /** The innermost place on screen. */
    place: () => [...result.container.querySelectorAll('[data-place]')].at(-1)?.getAttribute('data-place'),
    /** From the home page to Mon Compte, signed in (the code read from the world). */
    logIn() {
      drive(
        { action: 'click', target: 'caf.header.mon-compte' },
        { action: 'fill', target: 'caf.login.nir', value: String(persona.nir13) },
        {
          action: 'fill',
          target: 'caf.login.password',
          value: String((persona.caf as { mot_de_passe: string }).mot_de_passe),
        },
        { action: 'click', target: 'caf.login.submit' },
        { action: 'click', target: 'caf.code.send' },
      );
      drive(
        { action: 'fill', target: 'caf.code.input', value: current.world.otp },
        { action: 'click', target: 'caf.code.submit' },
      );
    },
    /** Clicks the chooser `button` (its words), then opens `file` in the « Ouvrir » dialog. */
    async upload(button: string, file: string) {
      await user.click(screen.getByRole('button', { name: button }));
      const dialog = await screen.findByRole('dialog');
      const name = new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
      await user.click(within(dialog).getByRole('option', { name }));
      await user.click(within(dialog).getByRole('button', { name: 'Ouvrir' }));
    },
  };
}

export type RenderedDemande = ReturnType<typeof renderDemande>;

/** From the home page to the claim's household page. */
export function toFoyer(site: RenderedDemande) {
  site.logIn();
  site.drive(
    { action: 'click', target: 'caf.espace.faire-demande' },
    { action: 'click', target: 'caf.demande.liste.prime-activite' },
    { action: 'click', target: 'caf.demande.commencer' },
  );
}

/** The driver steps from the household page to the summary, with Nadia's right values (she lives alone). */
export const toRecapitulatif: DriverAction[] = [
  { action: 'choose', target: 'caf.demande.foyer.exact', value: 'oui' },
  { action: 'click', target: 'caf.demande.suivant' },
  { action: 'fill', target: 'caf.demande.ressources.vous.m1.salaires', value: '573,30' },
  { action: 'fill', target: 'caf.demande.ressources.vous.m1.chomage', value: '280,80' },
  { action: 'fill', target: 'caf.demande.ressources.vous.m2.salaires', value: '561,60' },
  { action: 'fill', target: 'caf.demande.ressources.vous.m2.chomage', value: '151,20' },
  { action: 'fill', target: 'caf.demande.ressources.vous.m3.salaires', value: '593,78' },
  { action: 'fill', target: 'caf.demande.ressources.vous.m3.chomage', value: '172,80' },
  { action: 'click', target: 'caf.demande.suivant' },
  { action: 'fill', target: 'caf.demande.banque.iban', value: 'FR76 1789 9009 1500 0826 3041 778' },
  { action: 'fill', target: 'caf.demande.banque.bic', value: 'BENTFRPPXXX' },
  { action: 'click', target: 'caf.demande.suivant' },
];

/** Where `toRecapitulatif` reaches the bank page. */
export const toBanque = 9;

/** For a couple (Amina and Karim): from the household page to the partner's page. */
export const toConjoint: DriverAction[] = [
  { action: 'choose', target: 'caf.demande.foyer.exact', value: 'oui' },
  { action: 'click', target: 'caf.demande.suivant' },
  { action: 'fill', target: 'caf.demande.ressources.vous.m1.salaires', value: '1012,40' },
  { action: 'click', target: 'caf.demande.suivant' },
];
