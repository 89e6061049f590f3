/**
 * The practice-site contract: target registries (plain data the compiler imports) and the
 * description of a site.
 */
import type { SiteAction } from '../../lesson/types.ts';

/** One element a lesson step can point at. */
export interface TargetSpec {
  /** What the element is, in French, as a learner sees it ("Bouton « Mon Compte »"). */
  label: string;
  /** The actions that make sense on it. */
  actions: readonly SiteAction[];
  /** For `choose` targets: the values the learner can pick. */
  options?: readonly string[];
  /** A harmless control (show the password, open a folder): using it is never a mistake. */
  neutral?: boolean;
}

/** A site's targets by id; every id starts with the site's id and a dot. */
export type TargetRegistry = Readonly<Record<string, TargetSpec>>;

/** The data half of a practice site, importable from Node (no React). */
export interface SiteSpec {
  id: string;
  /** The name shown in the practice browser's tab. */
  name: string;
  /** The address shown in the practice browser's address bar. */
  address: string;
  targets: TargetRegistry;
}
