// @vitest-environment node
/**
 * The simulator's data for the CAF site: every place and link names targets the simulator
 * declares, the pages follow the answers, and the flags the map's links read follow them too.
 */
import { describe, expect, it } from 'vitest';
import { links, places } from '../../../../src/sites/caf/simulateur/simulateurNavigation.ts';
import {
  initialSimulateur,
  pagesOf,
  simulateurFlags,
  simulateurPages,
  simulateurReducer,
} from '../../../../src/sites/caf/simulateur/simulateurReducer.ts';
import { simulateurTargets } from '../../../../src/sites/caf/simulateur/simulateurTargets.ts';
import { matchesPattern } from '../../../../src/sites/framework/targetPattern.ts';
import { planWayBack } from '../../../../src/sites/framework/planWayBack.ts';
import type { SiteNavigation } from '../../../../src/sites/framework/types.ts';

const ids = Object.keys(simulateurTargets);
const matches = (pattern: string) => ids.filter((id) => matchesPattern(pattern, id));

describe('the simulator’s targets and map', () => {
  it('has a place for every page, each naming targets that exist', () => {
    expect(Object.keys(places).sort()).toEqual([...simulateurPages].sort());
    for (const [place, spec] of Object.entries(places))
      for (const pattern of spec.targets) expect(matches(pattern), `${place}: ${pattern}`).not.toEqual([]);
  });

  it('links places it knows, through targets that exist', () => {
    for (const link of links) {
      expect(Object.keys(places)).toContain(link.to);
      for (const from of link.from) expect(Object.keys(places)).toContain(from);
      for (const step of link.steps) expect(matches(step.target), step.target).not.toEqual([]);
    }
  });

  it('gives each resources field a French label naming the person and the month', () => {
    expect(simulateurTargets['caf.simulateur.ressources.conjoint.m3.salaires'].label).toBe(
      'Champ « Salaires » (votre conjoint, le mois dernier)',
    );
  });
});

describe('the pages and flags of a simulation', () => {
  it('follows the answers: no income ends early, a couple gets the partner’s page', () => {
    const start = initialSimulateur();
    expect(pagesOf({ ...start.answers, revenus: 'non' })).toEqual([
      'simulateur-debut',
      'simulateur-revenus',
      'simulateur-non-eligible',
    ]);
    expect(pagesOf({ ...start.answers, revenus: 'oui', couple: 'oui' })).toContain('simulateur-ressources-conjoint');
    expect(pagesOf({ ...start.answers, revenus: 'oui', couple: 'non' })).not.toContain(
      'simulateur-ressources-conjoint',
    );
  });

  it('saves a page and shows the next; « Précédent » goes back; flags follow the kept answers', () => {
    let state = simulateurReducer(initialSimulateur(), { type: 'save', answers: { codePostal: '93200' } });
    expect(state.page).toBe('simulateur-revenus');
    state = simulateurReducer(state, { type: 'save', answers: { revenus: 'non' } });
    expect(state.page).toBe('simulateur-non-eligible');
    expect(simulateurFlags(state)).toEqual(['simulateur-sans-revenus']);
    state = simulateurReducer(state, { type: 'previous' });
    expect(state.page).toBe('simulateur-revenus');
    expect(simulateurFlags(simulateurReducer(state, { type: 'restart' }))).toEqual([]);
  });
});

describe('the simulator merged into the CAF’s map, as the integrator wires it', () => {
  // The CAF's way in (docs: « Faire une simulation » opens the first page) and its logo, then the simulator's own.
  const map: SiteNavigation = {
    places: { home: { label: 'accueil', targets: ['caf.home.*'] }, ...places },
    links: [
      { from: ['*'], to: 'home', steps: [{ action: 'click', target: 'caf.header.logo' }] },
      { from: ['home'], to: 'simulateur-debut', steps: [{ action: 'click', target: 'caf.home.simulateur' }] },
      ...links,
    ],
  };
  const way = (from: string, goal: string, flags: string[] = []) =>
    planWayBack(map, goal, { places: [from], flags })?.flatMap((link) => link.steps.map((s) => s.target));

  it('brings a learner who went home back to the partner’s resources, through the kept answers', () => {
    expect(way('simulateur-resultat', 'caf.simulateur.ressources.conjoint.m1.salaires', ['simulateur-couple'])).toEqual(
      ['caf.simulateur.previous'],
    );
    expect(way('home', 'caf.simulateur.ressources.conjoint.m1.salaires', ['simulateur-couple'])).toEqual([
      'caf.home.simulateur',
      ...Array(6).fill('caf.simulateur.next'),
    ]);
    expect(way('home', 'caf.simulateur.ressources.conjoint.m1.salaires')).toBeUndefined(); // no way: not a couple
    expect(way('home', 'caf.simulateur.non-eligible.modifier', ['simulateur-sans-revenus'])).toEqual([
      'caf.home.simulateur',
      'caf.simulateur.next',
      'caf.simulateur.next',
    ]);
  });

  it('knows no way past « Non » to the income, but a relaxed way: back to the question, then « Suivant »', () => {
    const relaxed = (from: string, goal: string, flags: string[]) =>
      planWayBack(map, goal, { places: [from], flags }, { relaxed: true })?.flatMap((link) =>
        link.steps.map((s) => s.target),
      );
    expect(way('simulateur-non-eligible', 'caf.simulateur.situation', ['simulateur-sans-revenus'])).toBeUndefined();
    expect(relaxed('simulateur-non-eligible', 'caf.simulateur.situation', ['simulateur-sans-revenus'])).toEqual([
      'caf.simulateur.non-eligible.modifier',
      'caf.simulateur.next',
    ]);
    // The fewest ignored links, then the fewest links: a couple's « Précédent » (one ignored).
    expect(relaxed('simulateur-resultat', 'caf.simulateur.ressources.conjoint.m1.salaires', [])).toEqual([
      'caf.simulateur.previous',
    ]);
    // A link that chooses an answer is never followed against its flags.
    const choosing: SiteNavigation = {
      places: map.places,
      links: [
        ...map.links,
        {
          from: ['simulateur-non-eligible'],
          to: 'simulateur-situation',
          steps: [{ action: 'choose', target: 'caf.simulateur.revenus', value: 'equals:oui' }],
          unless: ['simulateur-sans-revenus'],
        },
      ],
    };
    expect(
      planWayBack(
        choosing,
        'caf.simulateur.situation',
        { places: ['simulateur-non-eligible'], flags: ['simulateur-sans-revenus'] },
        { relaxed: true },
      )?.length,
    ).toBe(2);
  });
});
