/**
 * A set of practice sites with what is derived from it: every target (the sites' own, the
 * practice browser's tabs and « Précédent » button, the ones a site derives from the others)
 * and the papers they add to the practice card. The app uses the real sites
 * (`src/sites/registry.ts`); tests add their own.
 */
import { commonPapers } from '../../lesson/papers.ts';
import type { TargetId } from '../../lesson/types.ts';
import type { IncidentSpec, PaperSpec, SiteSpec, TargetRegistry, TargetSpec } from './types.ts';

export interface SiteRegistry {
  /** The sites, in the order of the practice browser's tabs. */
  readonly sites: readonly SiteSpec[];
  /** The site of an id, if registered. */
  site(id: string): SiteSpec | undefined;
  /** Every target of every site, the browser's tabs and « Précédent » button included. */
  readonly targets: TargetRegistry;
  /** Every paper kind a persona's `papiers:` may list. */
  readonly papers: Readonly<Record<string, PaperSpec>>;
  /** Every incident a lesson may switch on, by qualified id (`france-travail.session-expiree`). */
  readonly incidents: Readonly<Record<string, IncidentSpec>>;
}

/** The practice browser's tab of a site: `browser.tab.<site>`. */
export const tabTarget = (site: string): TargetId => `browser.tab.${site}`;

/** The practice browser's « Précédent » button: `browser.back`. */
export const backTarget: TargetId = 'browser.back';

/** A file of the practice « Ouvrir » dialog: `browser.fichiers.<file name>` (a persona's `documents:`). */
export const fileTarget = (name: string): TargetId => `browser.fichiers.${name}`;

/**
 * The practice browser's own targets: « Précédent », the « Ouvrir » dialog's buttons, the document
 * viewer's. All harmless: going back, cancelling, downloading or closing is never counted as a
 * mistake (a file sent is judged by the `upload` it makes, see `FileChooserButton`).
 */
export const browserTargets: TargetRegistry = {
  [backTarget]: { label: 'Bouton « Précédent » du navigateur', actions: ['click'], neutral: true },
  'browser.fichiers.ouvrir': { label: 'Bouton « Ouvrir » de la fenêtre « Ouvrir »', actions: ['click'], neutral: true },
  'browser.fichiers.annuler': {
    label: 'Bouton « Annuler » de la fenêtre « Ouvrir »',
    actions: ['click'],
    neutral: true,
  },
  'browser.document.telecharger': { label: 'Bouton « Télécharger » du document', actions: ['click'], neutral: true },
  'browser.document.imprimer': { label: 'Bouton « Imprimer » du document', actions: ['click'], neutral: true },
  'browser.document.fermer': { label: 'Bouton « Fermer » du document', actions: ['click'], neutral: true },
};

/** The target of a file of the « Ouvrir » dialog, as the compiler and the guide know it. */
export function fileTargetSpec(name: string): TargetSpec {
  return { label: `Fichier « ${name} » de la fenêtre « Ouvrir »`, actions: ['click'], neutral: true };
}

/** Builds the registry of `sites`; throws with the fix when two sites share an id or a target. */
export function createSiteRegistry(sites: readonly SiteSpec[]): SiteRegistry {
  const byId = new Map<string, SiteSpec>();
  const targets: Record<TargetId, TargetSpec> = {};
  const add = (owner: string, registry: TargetRegistry) => {
    for (const [id, spec] of Object.entries(registry) as [TargetId, TargetSpec][]) {
      if (Object.hasOwn(targets, id))
        throw new Error(`Target "${id}" is declared twice (again by site "${owner}"): rename one of them.`);
      targets[id] = spec;
    }
  };
  for (const site of sites) {
    if (byId.has(site.id)) throw new Error(`Two practice sites have the id "${site.id}": each site needs its own id.`);
    byId.set(site.id, site);
    const foreign = Object.keys(site.targets).find((id) => !id.startsWith(`${site.id}.`));
    if (foreign) throw new Error(`Target "${foreign}" of site "${site.id}" must start with "${site.id}.".`);
    add(site.id, site.targets);
    if (site.tab !== false)
      add(site.id, { [tabTarget(site.id)]: { label: `Onglet « ${site.tabLabel} »`, actions: ['click'] } });
  }
  add('browser', browserTargets);
  for (const site of sites) if (site.derivedTargets) add(site.id, site.derivedTargets(sites));
  const papers: Record<string, PaperSpec> = { ...commonPapers };
  for (const site of sites) Object.assign(papers, site.papers);
  const incidents: Record<string, IncidentSpec> = {};
  for (const site of sites)
    for (const [id, spec] of Object.entries(site.incidents ?? {})) incidents[`${site.id}.${id}`] = spec;
  return { sites, site: (id) => byId.get(id), targets, papers, incidents };
}
