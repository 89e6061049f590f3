/**
 * The practice-site contract: what a site declares about itself as plain data (no React), so
 * that the compiler can check lessons against it and the player and the engine can work with any
 * registered site without knowing it by name. The React half of a site lives beside it in
 * `view.tsx` (see `src/sites/views.ts`).
 */
import type { ZodMiniType } from 'zod/mini';
import type { SiteAction, TargetId } from '../../lesson/types.ts';

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
export type TargetRegistry = Readonly<Record<TargetId, TargetSpec>>;

/** A message a site sends to the practice mailbox: its id in the world and how lessons name it. */
export interface MailSpec {
  /** The mailbox lists it as target `mail.inbox.<id>`, with this label (« Message « Votre code… » de la CAF »). */
  label: string;
}

/** A paper the site adds to the practice card (« Courrier de la CAF »). */
export interface PaperSpec {
  /** Its title, in French, as printed on it. */
  title: string;
}

/**
 * An incident a lesson can switch on at a step so that learners practise recovering (an expired
 * code, a refused upload, a session timeout): the site declares which it can play.
 */
export interface IncidentSpec {
  /** What happens, in French, for authors and advisors. */
  label: string;
}

/** The data half of a practice site, importable from Node (no React). */
export interface SiteSpec<Id extends string = string> {
  /** The site id: the prefix of its target ids and the name of its folder in `src/sites/`. */
  id: Id;
  /** The practice browser's tab label (« caf.fr », « Ma messagerie »). */
  tabLabel: string;
  /** The address shown in the practice browser's address bar. */
  address: string;
  targets: TargetRegistry;
  /** Messages it sends to the practice mailbox, by mail id (default: none). */
  mails?: Readonly<Record<string, MailSpec>>;
  /** Papers it adds to the practice card, by the kind a persona's `papiers:` lists (default: none). */
  papers?: Readonly<Record<string, PaperSpec>>;
  /** Incidents a lesson can switch on (default: none). */
  incidents?: Readonly<Record<string, IncidentSpec>>;
  /**
   * The part of a persona this site reads (a `zod/mini` schema): the compiler checks the persona
   * of every lesson that uses the site against it, with the field's path in the message.
   */
  persona?: ZodMiniType;
  /**
   * Whether the site is a tab of the practice browser (default: true). A site that is only
   * reached through another (a provider behind FranceConnect) sets it to false.
   */
  tab?: boolean;
  /** Targets that depend on the other registered sites (default: none). */
  derivedTargets?: DerivedTargets;
}

/** The extra targets a site derives from the others (the mailbox lists the messages they send). */
export type DerivedTargets = (sites: readonly SiteSpec[]) => TargetRegistry;
