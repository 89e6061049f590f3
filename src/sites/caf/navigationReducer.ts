/**
 * Where the learner is on the CAF site and how far they are logged in. Pages change without
 * URLs: the player's URL is the lesson's.
 */

/** The pages of the CAF site. */
export type CafPage =
  | 'home'
  | 'login'
  | 'code'
  | 'espace'
  | 'ressources'
  | 'paiements'
  | 'profil'
  | 'documents'
  | 'dtr-intro'
  | 'dtr-vous'
  | 'dtr-conjoint'
  | 'dtr-review'
  | 'dtr-confirmation';

export interface CafNavigation {
  page: CafPage;
  /** `password` once the number and password are right, `in` once the code is too. */
  auth: 'out' | 'password' | 'in';
  /** « Vous êtes déconnecté », shown on the home page after logging out. */
  loggedOut: boolean;
}

export type CafNavAction =
  { type: 'go'; page: CafPage } | { type: 'password-ok' } | { type: 'code-ok' } | { type: 'logout' };

export const initialNavigation: CafNavigation = { page: 'home', auth: 'out', loggedOut: false };

const publicPages: readonly CafPage[] = ['home', 'login'];

/** Moves between pages; a page of Mon Compte asked for while logged out shows the login page. */
export function navigationReducer(state: CafNavigation, action: CafNavAction): CafNavigation {
  switch (action.type) {
    case 'go': {
      const allowed =
        publicPages.includes(action.page) ||
        state.auth === 'in' ||
        (action.page === 'code' && state.auth === 'password');
      return { ...state, page: allowed ? action.page : 'login', loggedOut: false };
    }
    case 'password-ok':
      return { ...state, page: 'code', auth: 'password', loggedOut: false };
    case 'code-ok':
      return { ...state, page: 'espace', auth: 'in' };
    case 'logout':
      return { page: 'home', auth: 'out', loggedOut: true };
  }
}
