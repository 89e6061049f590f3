/**
 * Where the learner is on the France Travail site, the pages they came through (for the
 * practice browser's « Précédent »), whether they are signed in, and the page to come back to
 * after signing in (a page asked for while signed out, or the page where the session expired).
 */
import * as z from 'zod/mini';
import { formPages } from './registration/formSteps.ts';

/** The pages of the site: each is a place of the navigation map (`navigation.ts`). */
export const ftPages = [
  'home',
  'login',
  'inscription',
  'eligibilite',
  'attente',
  'inscription-impossible',
  'pieces',
  'creation',
  'activation',
  'compte-active',
  ...formPages,
  'inscription-confirmation',
  'espace',
  'rendez-vous',
  'courriers',
  'actualisation',
  'documents',
] as const;
export type FtPage = (typeof ftPages)[number];

/** The pages that need the learner signed in. */
export const signedInPages: readonly FtPage[] = [
  'compte-active',
  ...formPages,
  'inscription-confirmation',
  'espace',
  'rendez-vous',
  'courriers',
  'actualisation',
  'documents',
];

/** What the page says after a change of session. */
export type FtNotice = 'logged-out' | 'draft-saved' | 'session-expired';

export interface FtNavigation {
  page: FtPage;
  auth: 'out' | 'in';
  notice: FtNotice | null;
  /** The page to show once signed in again. */
  returnTo: FtPage | null;
  /** The pages visited before this one, oldest first (at most `historyLimit`). */
  history: readonly FtPage[];
}

export type FtNavAction =
  | { type: 'go'; page: FtPage }
  | { type: 'back' }
  | { type: 'signed-in' }
  | { type: 'activated' }
  | { type: 'logout'; notice: 'logged-out' | 'draft-saved' }
  | { type: 'session-expired' }
  | { type: 'registered' };

/** How many pages back the site remembers. */
export const historyLimit = 30;

const page = z.enum(ftPages);
/** Checks a navigation state restored after a reload. */
export const ftNavigationSchema = z.object({
  page,
  auth: z.enum(['out', 'in']),
  notice: z.nullable(z.enum(['logged-out', 'draft-saved', 'session-expired'])),
  returnTo: z.nullable(page),
  history: z.array(page).check(z.maxLength(historyLimit)),
});

export const initialFtNavigation: FtNavigation = {
  page: 'home',
  auth: 'out',
  notice: null,
  returnTo: null,
  history: [],
};

/** Once signed in, going back never shows the login again; once registered, never the form. */
const forgotten = (pages: readonly FtPage[]) => (history: readonly FtPage[], current: FtPage) => {
  const kept: FtPage[] = [];
  for (const p of history) if (!pages.includes(p) && kept.at(-1) !== p) kept.push(p);
  while (kept.at(-1) === current) kept.pop();
  return kept;
};
const withoutLogin = forgotten(['login']);
const withoutForm = forgotten([
  'inscription',
  'eligibilite',
  'pieces',
  'creation',
  'activation',
  'compte-active',
  ...formPages,
]);

function remember(history: readonly FtPage[], left: FtPage, next: FtPage): readonly FtPage[] {
  return left === next ? history : [...history, left].slice(-historyLimit);
}

/**
 * Moves between pages. A page that needs the learner signed in, asked for while signed out,
 * shows the login page and comes after it. Signing out forgets the pages seen; a session that
 * expires shows the login page and brings the learner back where they were.
 */
export function ftNavigationReducer(state: FtNavigation, action: FtNavAction): FtNavigation {
  switch (action.type) {
    case 'go': {
      const blocked = state.auth === 'out' && signedInPages.includes(action.page);
      const next = blocked ? 'login' : action.page;
      return {
        ...state,
        page: next,
        notice: null,
        returnTo: blocked ? action.page : next === 'login' ? state.returnTo : null,
        history: remember(state.history, state.page, next),
      };
    }
    case 'back': {
      const previous = state.history.at(-1);
      if (previous === undefined) return state;
      const blocked = state.auth === 'out' && signedInPages.includes(previous);
      return {
        ...state,
        page: blocked ? 'login' : previous,
        notice: null,
        returnTo: blocked ? previous : null,
        history: state.history.slice(0, -1),
      };
    }
    case 'signed-in': {
      const next = state.returnTo ?? 'espace';
      return {
        page: next,
        auth: 'in',
        notice: null,
        returnTo: null,
        history: withoutLogin(remember(state.history, state.page, next), next),
      };
    }
    case 'activated':
      return { ...state, page: 'compte-active', auth: 'in', notice: null, returnTo: null, history: [] };
    case 'logout':
      return { page: 'home', auth: 'out', notice: action.notice, returnTo: null, history: [] };
    case 'session-expired':
      return { page: 'login', auth: 'out', notice: 'session-expired', returnTo: state.page, history: [] };
    case 'registered':
      return {
        ...state,
        page: 'inscription-confirmation',
        notice: null,
        history: withoutForm(
          remember(state.history, state.page, 'inscription-confirmation'),
          'inscription-confirmation',
        ),
      };
  }
}
