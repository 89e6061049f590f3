/**
 * Where the learner is on the CAF site, the pages they came through (for the practice browser's
 * « Précédent ») and how far they are logged in. Pages change without URLs: the player's URL is
 * the lesson's.
 */
import * as z from 'zod/mini';

/** The pages of the CAF site. */
export const cafPages = [
  'home',
  'login',
  'code',
  'espace',
  'ressources',
  'paiements',
  'profil',
  'documents',
  'dtr-intro',
  'dtr-vous',
  'dtr-conjoint',
  'dtr-enfant1',
  'dtr-enfant2',
  'dtr-review',
  'dtr-confirmation',
  'simulateur',
  'changement',
  'compte',
  'demande',
] as const;
export type CafPage = (typeof cafPages)[number];

export interface CafNavigation {
  page: CafPage;
  /** `password` once the number and password are right, `in` once the code is too. */
  auth: 'out' | 'password' | 'in';
  /** « Vous êtes déconnecté », shown on the home page after logging out. */
  loggedOut: boolean;
  /** The pages visited before this one, oldest first (at most `historyLimit`): where « Précédent » goes. */
  history: readonly CafPage[];
}

export type CafNavAction =
  | { type: 'go'; page: CafPage }
  | { type: 'back' }
  | { type: 'password-ok' }
  | { type: 'code-ok' }
  | { type: 'franceconnect-ok' }
  | { type: 'logout' };

/** How many pages back the site remembers. */
export const historyLimit = 30;

/** Checks a navigation state restored after a reload (`useSiteReducer`). */
export const navigationSchema = z.object({
  page: z.enum(cafPages),
  auth: z.enum(['out', 'password', 'in']),
  loggedOut: z.boolean(),
  history: z.array(z.enum(cafPages)).check(z.maxLength(historyLimit)),
});

export const initialNavigation: CafNavigation = { page: 'home', auth: 'out', loggedOut: false, history: [] };

const publicPages: readonly CafPage[] = ['home', 'login', 'simulateur', 'compte'];
/** Once logged in, going back never shows the login again (as on the real site). */
const loginPages: readonly CafPage[] = ['login', 'code'];
/** Once a declaration is sent, its form pages leave the history: it cannot be sent twice by going back. */
const formPages: readonly CafPage[] = [
  'dtr-intro',
  'dtr-vous',
  'dtr-conjoint',
  'dtr-enfant1',
  'dtr-enfant2',
  'dtr-review',
];

/** The page shown when `page` is asked for: a page of Mon Compte needs the login (and the code needs the password). */
function allowed(state: CafNavigation, page: CafPage): CafPage {
  const ok = publicPages.includes(page) || state.auth === 'in' || (page === 'code' && state.auth === 'password');
  return ok ? page : 'login';
}

/** `history` with the page left behind added (not twice in a row), the oldest dropped past the limit. */
function remember(history: readonly CafPage[], left: CafPage, next: CafPage): readonly CafPage[] {
  if (left === next) return history;
  return [...history, left].slice(-historyLimit);
}

/** `history` without `pages`, with no page twice in a row and none the same as `current` at its end. */
function forget(history: readonly CafPage[], pages: readonly CafPage[], current: CafPage): readonly CafPage[] {
  const kept: CafPage[] = [];
  for (const page of history) if (!pages.includes(page) && kept.at(-1) !== page) kept.push(page);
  while (kept.at(-1) === current) kept.pop();
  return kept;
}

/**
 * Moves between pages; a page of Mon Compte asked for while logged out shows the login page,
 * going to it or back to it. `back` returns to the previous page, if any; logging out forgets
 * the history, as a real site asks to log in again for the pages seen before.
 */
export function navigationReducer(state: CafNavigation, action: CafNavAction): CafNavigation {
  switch (action.type) {
    case 'go': {
      const page = allowed(state, action.page);
      const history = remember(state.history, state.page, page);
      return {
        ...state,
        page,
        loggedOut: false,
        history: page === 'dtr-confirmation' ? forget(history, formPages, page) : history,
      };
    }
    case 'back': {
      const previous = state.history.at(-1);
      if (previous === undefined) return state;
      return { ...state, page: allowed(state, previous), loggedOut: false, history: state.history.slice(0, -1) };
    }
    case 'password-ok':
      return {
        ...state,
        page: 'code',
        auth: 'password',
        loggedOut: false,
        history: remember(state.history, state.page, 'code'),
      };
    // Signed in through FranceConnect: no code is asked, Mon Compte opens.
    case 'franceconnect-ok':
    case 'code-ok':
      return {
        ...state,
        page: 'espace',
        auth: 'in',
        loggedOut: false,
        history: forget(remember(state.history, state.page, 'espace'), loginPages, 'espace'),
      };
    case 'logout':
      return { page: 'home', auth: 'out', loggedOut: true, history: [] };
  }
}
