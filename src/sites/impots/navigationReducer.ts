/**
 * Where the learner is on the impots.gouv site, the pages they came through (for the practice
 * browser's « Précédent »), whether they are signed in, and the page to come back to after
 * signing in (a page of the espace asked for while signed out).
 */
import * as z from 'zod/mini';

/** The pages of the site: each is a place of the navigation map (`navigation.ts`). */
export const impotsPages = [
  'home',
  'login',
  'code',
  'mot-de-passe-oublie',
  'creation-numero',
  'creation-identifiants',
  'creation-compte',
  'creation-envoye',
  'creation-activee',
  'espace',
  'documents',
  'messagerie',
  'declaration-etat-civil',
  'declaration-revenus',
  'declaration-recapitulatif',
  'declaration-accuse',
] as const;
export type ImpotsPage = (typeof impotsPages)[number];

/** The pages that need the learner signed in. */
export const signedInPages: readonly ImpotsPage[] = [
  'espace',
  'documents',
  'messagerie',
  'declaration-etat-civil',
  'declaration-revenus',
  'declaration-recapitulatif',
  'declaration-accuse',
];

/** The pages of the declaration, in order. */
export const declarationPages = ['declaration-etat-civil', 'declaration-revenus', 'declaration-recapitulatif'] as const;
export type DeclarationPage = (typeof declarationPages)[number];

export interface ImpotsNavigation {
  page: ImpotsPage;
  auth: 'out' | 'code' | 'in';
  /** « Vous êtes déconnecté » on the home page after « Se déconnecter ». */
  loggedOut: boolean;
  /** The page to show once signed in. */
  returnTo: ImpotsPage | null;
  /** The pages visited before this one, oldest first (at most `historyLimit`). */
  history: readonly ImpotsPage[];
}

export type ImpotsNavAction =
  | { type: 'go'; page: ImpotsPage }
  | { type: 'back' }
  | { type: 'password-ok' }
  | { type: 'signed-in' }
  | { type: 'logout' }
  | { type: 'signed' };

/** How many pages back the site remembers. */
export const historyLimit = 30;

const page = z.enum(impotsPages);
/** Checks a navigation state restored after a reload. */
export const impotsNavigationSchema = z.object({
  page,
  auth: z.enum(['out', 'code', 'in']),
  loggedOut: z.boolean(),
  returnTo: z.nullable(page),
  history: z.array(page).check(z.maxLength(historyLimit)),
});

export const initialImpotsNavigation: ImpotsNavigation = {
  page: 'home',
  auth: 'out',
  loggedOut: false,
  returnTo: null,
  history: [],
};

const remember = (history: readonly ImpotsPage[], left: ImpotsPage, next: ImpotsPage) =>
  left === next ? history : [...history, left].slice(-historyLimit);

/** Once signed in, going back never shows the login or the code again; once signed, never the form. */
const without = (pages: readonly ImpotsPage[], history: readonly ImpotsPage[], current: ImpotsPage) => {
  const kept: ImpotsPage[] = [];
  for (const p of history) if (!pages.includes(p) && kept.at(-1) !== p) kept.push(p);
  while (kept.at(-1) === current) kept.pop();
  return kept;
};

/**
 * Moves between pages. A page of the espace asked for while signed out shows the login page and
 * comes after the code. Signing out forgets the pages seen.
 */
export function impotsNavigationReducer(state: ImpotsNavigation, action: ImpotsNavAction): ImpotsNavigation {
  switch (action.type) {
    case 'go': {
      const blocked = state.auth !== 'in' && signedInPages.includes(action.page);
      const next = blocked ? 'login' : action.page;
      return {
        ...state,
        page: next,
        loggedOut: false,
        returnTo: blocked ? action.page : next === 'login' || next === 'code' ? state.returnTo : null,
        auth: state.auth === 'code' && next !== 'code' ? 'out' : state.auth,
        history: remember(state.history, state.page, next),
      };
    }
    case 'back': {
      // The code page is only shown right after the password: going back skips it.
      let history = state.history;
      while (history.at(-1) === 'code' && state.auth !== 'code') history = history.slice(0, -1);
      const previous = history.at(-1);
      if (previous === undefined) return { ...state, history };
      const blocked = state.auth !== 'in' && signedInPages.includes(previous);
      return {
        ...state,
        page: blocked ? 'login' : previous,
        loggedOut: false,
        auth: state.auth === 'code' ? 'out' : state.auth,
        returnTo: blocked ? previous : null,
        history: history.slice(0, -1),
      };
    }
    case 'password-ok':
      return { ...state, page: 'code', auth: 'code', history: remember(state.history, state.page, 'code') };
    case 'signed-in': {
      const next = state.returnTo ?? 'espace';
      return {
        page: next,
        auth: 'in',
        loggedOut: false,
        returnTo: null,
        history: without(['login', 'code'], remember(state.history, state.page, next), next),
      };
    }
    case 'logout':
      return { page: 'home', auth: 'out', loggedOut: true, returnTo: null, history: [] };
    case 'signed':
      return {
        ...state,
        page: 'declaration-accuse',
        history: without(
          declarationPages,
          remember(state.history, state.page, 'declaration-accuse'),
          'declaration-accuse',
        ),
      };
  }
}
