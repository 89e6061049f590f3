/**
 * Where the learner is on the ameli site, the pages they came through (for the practice
 * browser's « Précédent »), whether they are signed in, and the page to come back to after
 * signing in (a page of the account asked for while signed out).
 */
import * as z from 'zod/mini';

/** The pages of the site: each is a place of the navigation map (`navigation.ts`). */
export const ameliPages = [
  'connexion',
  'mot-de-passe-oublie',
  'creer-compte',
  'accueil',
  'paiements',
  'messagerie',
  'demarches',
  'attestation-droits',
  'attestation-prete',
  'attestations',
  'indisponible',
] as const;
export type AmeliPage = (typeof ameliPages)[number];

/** The pages anyone sees; the others need the learner signed in. */
export const publicPages: readonly AmeliPage[] = ['connexion', 'mot-de-passe-oublie', 'creer-compte'];

export interface AmeliNavigation {
  page: AmeliPage;
  auth: 'out' | 'in';
  /** « Vous êtes déconnecté », on the login page after « Se déconnecter ». */
  notice: 'logged-out' | null;
  /** The page to show once signed in. */
  returnTo: AmeliPage | null;
  /** The pages visited before this one, oldest first (at most `historyLimit`). */
  history: readonly AmeliPage[];
}

export type AmeliNavAction =
  { type: 'go'; page: AmeliPage } | { type: 'back' } | { type: 'signed-in' } | { type: 'logout' };

/** How many pages back the site remembers. */
export const historyLimit = 30;

const page = z.enum(ameliPages);
/** Checks a navigation state restored after a reload. */
export const ameliNavigationSchema = z.object({
  page,
  auth: z.enum(['out', 'in']),
  notice: z.nullable(z.literal('logged-out')),
  returnTo: z.nullable(page),
  history: z.array(page).check(z.maxLength(historyLimit)),
});

export const initialAmeliNavigation: AmeliNavigation = {
  page: 'connexion',
  auth: 'out',
  notice: null,
  returnTo: null,
  history: [],
};

const needsSignIn = (state: AmeliNavigation, target: AmeliPage) =>
  state.auth === 'out' && !publicPages.includes(target);

function remember(history: readonly AmeliPage[], left: AmeliPage, next: AmeliPage): readonly AmeliPage[] {
  return left === next ? history : [...history, left].slice(-historyLimit);
}

/**
 * Moves between pages. A page of the account asked for while signed out shows the login page
 * and comes after it; once signed in, going back never shows the login again; signing out
 * forgets the pages seen.
 */
export function ameliNavigationReducer(state: AmeliNavigation, action: AmeliNavAction): AmeliNavigation {
  switch (action.type) {
    case 'go': {
      const blocked = needsSignIn(state, action.page);
      const next = blocked ? 'connexion' : action.page;
      return {
        ...state,
        page: next,
        notice: null,
        returnTo: blocked ? action.page : next === 'connexion' ? state.returnTo : null,
        history: remember(state.history, state.page, next),
      };
    }
    case 'back': {
      const previous = state.history.at(-1);
      if (previous === undefined) return state;
      const blocked = needsSignIn(state, previous);
      return {
        ...state,
        page: blocked ? 'connexion' : previous,
        notice: null,
        returnTo: blocked ? previous : null,
        history: state.history.slice(0, -1),
      };
    }
    case 'signed-in': {
      const next = state.returnTo ?? 'accueil';
      const history = remember(state.history, state.page, next).filter((p) => !publicPages.includes(p));
      return { page: next, auth: 'in', notice: null, returnTo: null, history };
    }
    case 'logout':
      return { page: 'connexion', auth: 'out', notice: 'logged-out', returnTo: null, history: [] };
  }
}
