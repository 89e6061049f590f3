// @vitest-environment node
/**
 * The CAF site's history of pages, behind the practice browser's « Précédent »: back retraces
 * the pages seen, never past the login once logged in, never into a sent declaration, and
 * nothing of it survives a logout.
 */
import { describe, expect, it } from 'vitest';
import {
  historyLimit,
  initialNavigation,
  navigationReducer,
  type CafNavAction,
  type CafNavigation,
} from '../../src/sites/caf/navigationReducer.ts';

const play = (...actions: CafNavAction[]): CafNavigation => actions.reduce(navigationReducer, initialNavigation);
const go = (page: CafNavigation['page']): CafNavAction => ({ type: 'go', page });
const back: CafNavAction = { type: 'back' };
const loggedIn: CafNavAction[] = [go('login'), { type: 'password-ok' }, { type: 'code-ok' }];

/** The pages « Précédent » shows, pressed until there is nothing left to go back to. */
function pagesBack(state: CafNavigation): string[] {
  const pages: string[] = [];
  while (state.history.length > 0) {
    state = navigationReducer(state, back);
    pages.push(state.page);
  }
  return pages;
}

describe('the CAF site’s history', () => {
  it('has nothing to go back to on the first page, and back then changes nothing', () => {
    expect(initialNavigation.history).toEqual([]);
    expect(navigationReducer(initialNavigation, back)).toBe(initialNavigation);
  });

  it('goes back through the pages seen, most recent first', () => {
    const nav = play(...loggedIn, go('ressources'), go('paiements'), go('profil'));
    expect(nav.page).toBe('profil');
    expect(pagesBack(nav)).toEqual(['paiements', 'ressources', 'espace', 'home']);
  });

  it('does not count the same page twice when it is asked for again', () => {
    const nav = play(go('login'), go('login'), go('home'));
    expect(pagesBack(nav)).toEqual(['login', 'home']);
  });

  it('goes back from the code page to the login page, before the code is given', () => {
    const nav = play(go('login'), { type: 'password-ok' });
    expect(nav.page).toBe('code');
    expect(pagesBack(nav)).toEqual(['login', 'home']);
  });

  it('never goes back to the login or the code once logged in', () => {
    const nav = play(go('login'), go('home'), go('login'), { type: 'password-ok' }, { type: 'code-ok' });
    expect(nav.page).toBe('espace');
    expect(pagesBack(nav)).toEqual(['home']);
  });

  it('shows the login page for a page of Mon Compte when logged out, as going to it does', () => {
    const stale: CafNavigation = { ...initialNavigation, page: 'home', history: ['espace'] };
    const nav = navigationReducer(stale, back);
    expect(nav.page).toBe('login');
    expect(nav.history).toEqual([]);
  });

  it('takes the declaration’s form pages out once it is sent', () => {
    const nav = play(
      ...loggedIn,
      go('ressources'),
      go('dtr-intro'),
      go('dtr-vous'),
      go('dtr-review'),
      go('dtr-confirmation'),
    );
    expect(pagesBack(nav)).toEqual(['ressources', 'espace', 'home']);
  });

  it('forgets every page on logout: the pages seen before ask to log in again', () => {
    const nav = play(...loggedIn, go('ressources'), { type: 'logout' });
    expect(nav).toMatchObject({ page: 'home', auth: 'out', loggedOut: true, history: [] });
    expect(navigationReducer(nav, back)).toBe(nav);
  });

  it('clears « Vous êtes déconnecté » when going back', () => {
    const nav = play(...loggedIn, { type: 'logout' }, go('login'));
    expect(navigationReducer(nav, back)).toMatchObject({ page: 'home', loggedOut: false });
  });

  it(`remembers the last ${historyLimit} pages only`, () => {
    const pages = ['paiements', 'profil', 'documents'] as const;
    const many = Array.from({ length: historyLimit + 10 }, (_, i) => go(pages[i % pages.length]!));
    const nav = play(...loggedIn, ...many);
    expect(nav.history).toHaveLength(historyLimit);
    expect(pagesBack(nav)).toHaveLength(historyLimit);
  });
});
