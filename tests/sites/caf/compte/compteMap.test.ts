// @vitest-environment node
/**
 * The account's data for the CAF site: every place and link names targets that exist, the pages
 * follow what the learner did, the flags the map's links read follow them too, and the guide's
 * way back reaches each page the way the site does.
 */
import { describe, expect, it } from 'vitest';
import { links, places } from '../../../../src/sites/caf/compte/compteNavigation.ts';
import {
  compteFlags,
  comptePages,
  compteReducer,
  initialCompte,
} from '../../../../src/sites/caf/compte/compteReducer.ts';
import { cafNavigation } from '../../../../src/sites/caf/navigation.ts';
import { cafTargets } from '../../../../src/sites/caf/targets.ts';
import { planWayBack } from '../../../../src/sites/framework/planWayBack.ts';
import { matchesPattern } from '../../../../src/sites/framework/targetPattern.ts';

const ids = Object.keys(cafTargets);
const matches = (pattern: string) => ids.filter((id) => matchesPattern(pattern, id));
const placeNames = Object.keys(cafNavigation.places);
const targetsOf = (link: { steps: readonly { target: string }[] }) => link.steps.map((s) => s.target);

describe('the account’s targets and map', () => {
  it('has a place for every page, each naming targets that exist', () => {
    expect(Object.keys(places).sort()).toEqual([...comptePages].sort());
    for (const [place, spec] of Object.entries(places))
      for (const pattern of spec.targets) expect(matches(pattern), `${place}: ${pattern}`).not.toEqual([]);
  });

  it('links places of the CAF’s map, through targets that exist', () => {
    for (const link of links) {
      expect(placeNames).toContain(link.to);
      for (const from of link.from) expect(placeNames).toContain(from);
      for (const step of link.steps) expect(matches(step.target), step.target).not.toEqual([]);
    }
  });

  it('reaches « Mot de passe oublié » from the home page, through the login page', () => {
    const way = planWayBack(cafNavigation, 'caf.compte.oubli.nir', { places: ['home'], flags: [] });
    expect(way?.map(targetsOf)).toEqual([['caf.header.mon-compte'], ['caf.login.forgot-password']]);
  });

  it('brings back the new password’s page while an opened link waits for it, and only then', () => {
    const goal = 'caf.compte.nouveau.mot-de-passe';
    expect(planWayBack(cafNavigation, goal, { places: ['home'], flags: [] })).toBeNull();
    const way = planWayBack(cafNavigation, goal, { places: ['home'], flags: ['caf-reinitialisation-ouverte'] });
    expect(way?.map((l) => l.to)).toEqual(['login', 'compte-nouveau-mot-de-passe']);
  });

  it('logs in with the new password once it was changed, never with the old one', () => {
    const way = planWayBack(cafNavigation, 'caf.code.send', { places: ['login'], flags: ['caf-mot-de-passe-change'] });
    const typed = way?.flatMap((l) => l.steps).find((s) => s.target === 'caf.login.password');
    expect(typed?.value).toBe('persona:caf.nouveau_mot_de_passe');
    const before = planWayBack(cafNavigation, 'caf.code.send', { places: ['login'], flags: [] });
    expect(before?.flatMap((l) => l.steps).find((s) => s.target === 'caf.login.password')?.value).toBe(
      'persona:caf.mot_de_passe',
    );
  });

  it('reaches the creation’s identity form from the home page, through « Créer mon compte »', () => {
    const way = planWayBack(cafNavigation, 'caf.compte.creation.nom', { places: ['home'], flags: [] });
    expect(way?.map((l) => l.to)).toEqual(['login', 'compte-demande', 'compte-creation-identite']);
  });
});

describe('the account’s pages and flags', () => {
  it('opens the new password’s page only for a link opened in time', () => {
    let state = compteReducer(initialCompte, { type: 'go', page: 'compte-nouveau-mot-de-passe' });
    expect(state.page).toBe('compte-oubli');
    state = compteReducer(state, { type: 'reset-sent', linkId: 'l1' });
    expect(state.page).toBe('compte-oubli-envoye');
    expect(compteReducer(state, { type: 'link-opened', expired: true }).page).toBe('compte-lien-expire');
    state = compteReducer(state, { type: 'link-opened', expired: false });
    expect(state.page).toBe('compte-nouveau-mot-de-passe');
    expect(compteFlags(state)).toContain('caf-reinitialisation-ouverte');
    state = compteReducer(state, { type: 'password-changed', password: 'Soleil-Lilas-2027' });
    expect(state.motDePasse).toBe('Soleil-Lilas-2027');
    // Back to its page (« Précédent »): the link has served.
    expect(state.page).toBe('compte-lien-expire');
    expect(compteFlags(state)).toEqual(['caf-mot-de-passe-change']);
    // The link has served: its page cannot come back.
    expect(compteReducer(state, { type: 'go', page: 'compte-nouveau-mot-de-passe' }).page).toBe('compte-oubli');
  });

  it('keeps the creation’s pages in order', () => {
    let state = compteReducer(initialCompte, { type: 'go', page: 'compte-creation-mot-de-passe' });
    expect(state.page).toBe('compte-creation-identite');
    const identite = {
      nir: '1030593066274',
      nom: 'Martin',
      prenoms: 'Lucas',
      naissance: '17/05/2003',
      lieu: 'Saint-Denis',
      codePostal: '93200',
      commune: 'Saint-Denis',
    };
    state = compteReducer(state, { type: 'identity-ok', identite });
    expect(compteReducer(state, { type: 'go', page: 'compte-creation-mot-de-passe' }).page).toBe(
      'compte-creation-code',
    );
    state = compteReducer(state, { type: 'code-ok', email: 'lucas.martin@messagerie-entrainement.fr' });
    state = compteReducer(state, { type: 'account-created', password: 'Gare-Saint-Denis-2026' });
    expect(state.page).toBe('compte-creation-confirmation');
    expect(compteFlags(state)).toContain('caf-compte-cree');
    expect(compteFlags(state)).not.toContain('caf-mot-de-passe-change');
  });
});
