/**
 * The account's state kept with the run (`useSiteReducer`, key `caf.compte`): the page of
 * « Mot de passe oublié ? » or of the account creation being shown, the password reset asked for
 * (its mail link and what became of it), the password chosen (it replaces the persona's for the
 * rest of the run) and the account created. Times are practice times.
 */
import * as z from 'zod/mini';

/** The pages of this folder; each is a place of the CAF's navigation map. */
export const comptePages = [
  'compte-oubli',
  'compte-oubli-envoye',
  'compte-lien-expire',
  'compte-nouveau-mot-de-passe',
  'compte-demande',
  'compte-creation-identite',
  'compte-creation-code',
  'compte-creation-mot-de-passe',
  'compte-creation-confirmation',
] as const;
export type ComptePage = (typeof comptePages)[number];

/**
 * The last password reset: `sent` (the mail is in the mailbox), `open` (its link was opened in
 * time: the new password may be chosen), `used` (the password was changed), `expired` (the link
 * was opened too late).
 */
export type ResetStatus = 'none' | 'sent' | 'open' | 'used' | 'expired';

/** What the account creation's first page asks, as typed and accepted. */
export interface Identite {
  nir: string;
  nom: string;
  prenoms: string;
  naissance: string;
  lieu: string;
  codePostal: string;
  commune: string;
}

export interface CompteState {
  page: ComptePage;
  reset: { status: ResetStatus; linkId: string };
  /** The password chosen with « Mot de passe oublié ? » or at the creation; `null`: the persona's. */
  motDePasse: string | null;
  /** « Votre mot de passe a été modifié », shown on the login page until the next login. */
  notice: boolean;
  /** The creation: the identity accepted (`null`: not yet), the address whose code was checked, the account made. */
  creation: { identite: Identite | null; email: string; codeOk: boolean; cree: boolean };
}

export type CompteAction =
  | { type: 'go'; page: ComptePage }
  | { type: 'reset-sent'; linkId: string }
  | { type: 'link-opened'; expired: boolean }
  | { type: 'password-changed'; password: string }
  | { type: 'notice-seen' }
  | { type: 'identity-ok'; identite: Identite }
  | { type: 'code-ok'; email: string }
  | { type: 'account-created'; password: string };

export const initialCompte: CompteState = {
  page: 'compte-oubli',
  reset: { status: 'none', linkId: '' },
  motDePasse: null,
  notice: false,
  creation: { identite: null, email: '', codeOk: false, cree: false },
};

const identite = z.object({
  nir: z.string(),
  nom: z.string(),
  prenoms: z.string(),
  naissance: z.string(),
  lieu: z.string(),
  codePostal: z.string(),
  commune: z.string(),
});

/** Checks a state restored after a reload. */
export const compteSchema = z.object({
  page: z.enum(comptePages),
  reset: z.object({ status: z.enum(['none', 'sent', 'open', 'used', 'expired']), linkId: z.string() }),
  motDePasse: z.nullable(z.string()),
  notice: z.boolean(),
  creation: z.object({
    identite: z.nullable(identite),
    email: z.string(),
    codeOk: z.boolean(),
    cree: z.boolean(),
  }),
});

/** The pages that need the step before them done; asked for too early, the first page of the flow shows. */
function allowed(state: CompteState, page: ComptePage): ComptePage {
  const { creation, reset } = state;
  switch (page) {
    case 'compte-nouveau-mot-de-passe':
      return reset.status === 'open' ? page : 'compte-oubli';
    case 'compte-creation-code':
      return creation.identite ? page : 'compte-creation-identite';
    case 'compte-creation-mot-de-passe':
      return creation.codeOk ? page : allowed(state, 'compte-creation-code');
    default:
      return page;
  }
}

/** Moves between the pages and records what the learner did. */
export function compteReducer(state: CompteState, action: CompteAction): CompteState {
  switch (action.type) {
    case 'go':
      return { ...state, page: allowed(state, action.page), notice: false };
    case 'reset-sent':
      return { ...state, page: 'compte-oubli-envoye', reset: { status: 'sent', linkId: action.linkId } };
    case 'link-opened':
      return action.expired
        ? { ...state, page: 'compte-lien-expire', reset: { ...state.reset, status: 'expired' } }
        : { ...state, page: 'compte-nouveau-mot-de-passe', reset: { ...state.reset, status: 'open' } };
    // The link has served: coming back to its page (the practice browser's « Précédent ») says so.
    case 'password-changed':
      return {
        ...state,
        page: 'compte-lien-expire',
        motDePasse: action.password,
        notice: true,
        reset: { ...state.reset, status: 'used' },
      };
    case 'notice-seen':
      return state.notice ? { ...state, notice: false } : state;
    case 'identity-ok':
      return {
        ...state,
        page: 'compte-creation-code',
        creation: { ...state.creation, identite: action.identite, codeOk: false },
      };
    case 'code-ok':
      return {
        ...state,
        page: 'compte-creation-mot-de-passe',
        creation: { ...state.creation, email: action.email, codeOk: true },
      };
    case 'account-created':
      return {
        ...state,
        page: 'compte-creation-confirmation',
        motDePasse: action.password,
        creation: { ...state.creation, cree: true },
      };
  }
}

/**
 * The flags the CAF site's root shows for this state (the navigation map's links read them):
 * `caf-reinitialisation-ouverte` while a reset link opened in time waits for the new password,
 * `caf-mot-de-passe-change` once the password was changed, `caf-compte-cree` once an account was
 * created, `caf-identite-ok` and `caf-code-ok` along the creation.
 */
export function compteFlags(state: CompteState): string[] {
  return [
    ...(state.reset.status === 'open' ? ['caf-reinitialisation-ouverte'] : []),
    ...(state.motDePasse !== null && !state.creation.cree ? ['caf-mot-de-passe-change'] : []),
    ...(state.creation.cree ? ['caf-compte-cree'] : []),
    ...(state.creation.identite ? ['caf-identite-ok'] : []),
    ...(state.creation.codeOk ? ['caf-code-ok'] : []),
  ];
}
