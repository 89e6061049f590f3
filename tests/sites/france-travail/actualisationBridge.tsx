/**
 * Renders the France Travail update and documents pages as the player does: inside a real
 * `SiteBridgeProvider` with the nadia persona, a practice world on her date, the run's memory,
 * and the practice browser's real « Ouvrir » dialog (`FileDialog`) for the file choosers.
 * `EspaceStandIn` stands for the site's « Mon espace » page, so that the learner can leave and
 * come back.
 */
import { readFileSync } from 'node:fs';
import { StrictMode, useCallback, useLayoutEffect, useState, type ReactElement, type ReactNode } from 'react';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parse } from 'yaml';
import { createPracticeClock } from '../../../src/lesson/practiceClock.ts';
import { practiceFilesOf } from '../../../src/lesson/practiceFiles.ts';
import type { Persona, SiteEvent } from '../../../src/lesson/types.ts';
import { createWorld, type PracticeWorld } from '../../../src/lesson/world.ts';
import { FileDialog } from '../../../src/player/browser/FileDialog.tsx';
import { useFileChooser } from '../../../src/player/browser/useFileChooser.ts';
import type { PracticeDocument } from '../../../src/sites/framework/documents/practiceDocument.ts';
import { SiteBridgeProvider, type SiteMemory } from '../../../src/sites/framework/SiteBridge.tsx';
import { perform, type DriverAction } from '../../../src/sites/framework/driver.ts';
import {
  Actualisation,
  Documents,
  useActualisationFlags,
} from '../../../src/sites/france-travail/actualisation/index.ts';
import { registry } from '../../../src/sites/registry.ts';

/** The nadia persona, read from its YAML file as the compiler gives it. */
export const nadia = parse(readFileSync('content/personas/nadia.yaml', 'utf8')) as Persona;

/** The update's questions answered (worked, not on leave, still looking), then the first employer's name and hours. */
export const firstEmployer = [
  { action: 'choose', target: 'france-travail.actualisation.travail', value: 'oui' },
  { action: 'choose', target: 'france-travail.actualisation.arret', value: 'non' },
  { action: 'choose', target: 'france-travail.actualisation.recherche', value: 'oui' },
  { action: 'click', target: 'france-travail.actualisation.questions.suivant' },
  { action: 'fill', target: 'france-travail.actualisation.employeur.1.nom', value: 'École Sainte-Marie' },
  { action: 'fill', target: 'france-travail.actualisation.employeur.1.heures', value: '38' },
] as const;

export interface FtOptions {
  /** The practice date, `YYYY-MM-DD` (default: nadia's, 2026-11-30). */
  date?: string;
  persona?: Persona;
  strict?: boolean;
  /** What the run kept of the sites' states, as after a reload (`SiteMemory`). */
  kept?: Record<string, unknown>;
}

/** « Mon espace », as far as these pages need it: its two links, and the flags on the root. */
export function EspaceStandIn({ start = 'espace' }: { start?: 'espace' | 'actualisation' | 'documents' }) {
  const [page, setPage] = useState(start);
  const flags = useActualisationFlags();
  return (
    <div data-flags={flags.join(' ')} lang="fr">
      {page === 'espace' && (
        <div data-place="espace">
          <h1>Mon espace</h1>
          <button type="button" data-target="france-travail.espace.actualiser" onClick={() => setPage('actualisation')}>
            M’actualiser
          </button>
          <button type="button" data-target="france-travail.espace.documents" onClick={() => setPage('documents')}>
            Transmettre un document
          </button>
        </div>
      )}
      {page === 'actualisation' && (
        <Actualisation onExit={() => setPage('espace')} onDocuments={() => setPage('documents')} />
      )}
      {page === 'documents' && <Documents onExit={() => setPage('espace')} />}
    </div>
  );
}

/** Renders `ui` (default: `EspaceStandIn` on the update) inside a bridge. */
export function renderFt(ui: ReactElement = <EspaceStandIn start="actualisation" />, options: FtOptions = {}) {
  const events: SiteEvent[] = [];
  const opened: PracticeDocument[] = [];
  const persona = options.persona ?? nadia;
  const store: Record<string, unknown> = { ...options.kept };
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
    useLayoutEffect(() => {
      control.update = updateWorld;
    });
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
  const result = render(<Harness>{ui}</Harness>, options.strict ? { wrapper: StrictMode } : {});
  return {
    ...result,
    user,
    events,
    /** Documents the site opened in the practice viewer. */
    opened,
    memory: store,
    world: () => current.world,
    /** Switches an incident on, as the player does at a step (`france-travail.envoi-refuse`). */
    switchOn: (incident: string) =>
      act(() => control.update?.((w) => ({ ...w, incidents: [...(w.incidents ?? []), incident] }))),
    drive: (...steps: DriverAction[]) => {
      for (const step of steps) act(() => perform(result.container, step));
    },
    /** The root's `data-flags`. */
    flags: () =>
      (result.container.querySelector('[data-flags]')?.getAttribute('data-flags') ?? '').split(' ').filter(Boolean),
    /** The innermost place on screen. */
    place: () => [...result.container.querySelectorAll('[data-place]')].at(-1)?.getAttribute('data-place'),
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

export type RenderedFt = ReturnType<typeof renderFt>;
