/**
 * The practice-site contract: what a site declares about itself as plain data (no React), so
 * that the compiler can check lessons against it and the player and the engine can work with any
 * registered site without knowing it by name. The React half of a site lives beside it in
 * `view.tsx` (see `src/sites/views.ts`).
 */
import type { PracticeWorld } from '../../lesson/world.ts';
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
  /**
   * For a click that changes the practice world for good (a message moved out of « Courrier
   * indésirable »): true once the world shows it done. A step on it then counts as done when the
   * lesson reaches it, as the learner did it ahead (`useDoneAhead`): the control may be gone.
   */
  doneIn?(world: PracticeWorld): boolean;
}

/** A site's targets by id; every id starts with the site's id and a dot. */
export type TargetRegistry = Readonly<Record<TargetId, TargetSpec>>;

/** A message a site sends to the practice mailbox: its id in the world and how lessons name it. */
export interface MailSpec {
  /** The mailbox lists it as target `mail.inbox.<id>`, with this label (« Message « Votre code… » de la CAF »). */
  label: string;
  /**
   * When the mail carries a document: the attachment's label (« Pièce jointe « convocation-france-travail.pdf » »);
   * the mailbox then lists target `mail.piece-jointe.<id>`.
   */
  attachment?: string;
  /** When the mail carries a link to a site: its label (« Lien « Activer mon compte » »); target `mail.lien.<id>`. */
  link?: string;
  /**
   * `spam` when the site's mail lands in « Courrier indésirable » (default: the inbox): there the
   * mailbox lists it as target `mail.spam.<id>`, and as `mail.inbox.<id>` once moved to the inbox.
   */
  folder?: 'inbox' | 'spam';
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

/**
 * A place of a site: a page, or a panel inside one. The site renders it with
 * `data-place="<id>"` on the element that holds it; the guide reads which places are on screen.
 */
export interface PlaceSpec {
  /** Its name as the learner sees it, in French (« la page « Mes ressources » »). */
  label: string;
  /** The targets found there: ids, or patterns where `*` stands for any characters. */
  targets: readonly string[];
  /** What brings its hidden targets on screen (« Envoyer le code » shows the code field). */
  reveal?: readonly WayStep[];
  /**
   * A panel that hides its page's own ways on while it is open (impots.gouv's « Modifier mon
   * adresse » hides « Étape suivante »): a way back starts from the panel or from `*`, never from
   * the page under it.
   */
  covers?: boolean;
}

/** One action of a way between places, as « Montre-moi » performs it. */
export interface WayStep {
  action: SiteAction;
  /** A target id, or a pattern (`caf.dtr.*.modifier`): the guide picks the one on screen. */
  target: string;
  /** For `fill` and `choose`: the value, written as a step's `expect` (`persona:nir13`, `rule:otp`). */
  value?: string;
  /** Skipped when its target is not on screen (a code already sent). */
  optional?: boolean;
}

/**
 * A way from places to another: doing `steps` on any of `from` leads to `to`. Some links depend
 * on the site's state, which the site shows as flags (`data-flags="signed-in"` on its root):
 * « Mon Compte » leads to Mon Compte `when` signed in, to the login page `unless` signed in.
 */
export interface LinkSpec {
  from: readonly string[];
  to: string;
  steps: readonly WayStep[];
  /** Flags the site must have for the link to lead to `to`. */
  when?: readonly string[];
  /** Flags the site must not have. */
  unless?: readonly string[];
  /** Flags the site has after the link (signing in gives `signed-in`). */
  gives?: readonly string[];
  /** Flags the site loses (signing out takes `signed-in`). */
  takes?: readonly string[];
}

/**
 * How a site's targets are reached, so that the guide can bring a learner who strayed back to
 * the current step on any lesson (docs/practice-sites.md, « Navigation map »). Links only move
 * around or sign in: they never send a form that changes the learner's data.
 */
export interface SiteNavigation {
  places: Readonly<Record<string, PlaceSpec>>;
  links: readonly LinkSpec[];
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
  /** Its navigation map: places and the links between them (default: none, no way back). */
  navigation?: SiteNavigation;
}

/** The extra targets a site derives from the others (the mailbox lists the messages they send). */
export type DerivedTargets = (sites: readonly SiteSpec[]) => TargetRegistry;
