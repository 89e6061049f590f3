/**
 * Renders the France Travail update and documents pages as the player does: inside a real
 * `SiteBridgeProvider` with the nadia persona, a practice world on her date, the run's memory,
 * and the practice browser's real « Ouvrir » dialog (`FileDialog`) for the file choosers.
 * `EspaceStandIn` stands for the site's « Mon espace » page, so that the learner can leave and
 * come back.
 */
import { useState, type ReactElement } from 'react';
import type { Persona } from '../../../src/lesson/types.ts';
import {
  Actualisation,
  Documents,
  useActualisationFlags,
} from '../../../src/sites/france-travail/actualisation/index.ts';
import { registry } from '../../../src/sites/registry.ts';
import { personaNamed, renderPracticeSite } from '../renderPracticeSite.tsx';

/** The nadia persona, read from its YAML file as the compiler gives it. */
export const nadia = personaNamed('nadia');

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
  const { kept, ...rest } = options;
  const site = renderPracticeSite(
    { site: 'france-travail', ui, persona: nadia, date: '2026-11-30', targets: registry.targets },
    { ...rest, store: { ...kept } },
  );
  return {
    ...site,
    /** What the run kept of the sites' states (`SiteMemory`). */
    memory: site.store,
    /** Switches an incident on, as the player does at a step (`france-travail.envoi-refuse`). */
    switchOn: (incident: string) => site.updateWorld((w) => ({ ...w, incidents: [...(w.incidents ?? []), incident] })),
  };
}

export type RenderedFt = ReturnType<typeof renderFt>;
