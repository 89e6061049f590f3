/**
 * FranceConnect in the CAF's navigation map: its places and links are sound, and the guide's own
 * « Montre-moi » way back (`bringBack`) reaches every FranceConnect place from the CAF's home page,
 * and the CAF's pages (signed in through FranceConnect, or back to its login) from every
 * FranceConnect page, through the real site.
 */
import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demoValue, parseExpect } from '../../../src/lesson/expect.ts';
import type { TargetId } from '../../../src/lesson/types.ts';
import { createWorld } from '../../../src/lesson/world.ts';
import { bringBack } from '../../../src/player/bringBack.ts';
import { readWhereabouts, shownTarget } from '../../../src/player/readWhereabouts.ts';
import { cafNavigation } from '../../../src/sites/caf/navigation.ts';
import { franceConnectPlaces } from '../../../src/sites/franceconnect/navigation.ts';
import { franceConnectTargets } from '../../../src/sites/franceconnect/targets.ts';
import { perform } from '../../../src/sites/framework/driver.ts';
import { matchesAny } from '../../../src/sites/framework/targetPattern.ts';
import { registry } from '../../../src/sites/registry.ts';
import { amina } from '../renderWithBridge.tsx';
import { renderCafTab, toChoice, toImpots, withUnavailableProvider, type RenderedTab } from './fcBridge.tsx';

/** Brings `goal` on screen as « Montre-moi » does, with amina's values. */
function walkTo(site: RenderedTab, goal: TargetId): Promise<boolean> {
  const root = site.container;
  return bringBack({
    root,
    goal,
    registry,
    preferred: [],
    perform: (step) => {
      const value = step.value === undefined ? undefined : demoValue(parseExpect(step.value), amina, site.world());
      act(() => perform(root, { action: step.action, target: step.target, ...(value === undefined ? {} : { value }) }));
    },
  });
}

const signedIn = () => document.querySelector('.caf-site')?.getAttribute('data-flags')?.includes('signed-in');

describe('the map', () => {
  it('puts every FranceConnect target in a place of the CAF’s map', () => {
    const orphans = Object.keys(franceConnectTargets).filter(
      (id) => !Object.values(cafNavigation.places).some((place) => matchesAny(place.targets, id)),
    );
    expect(orphans).toEqual([]);
  });

  it('links places that exist, through targets that exist, and no CAF header link starts from FranceConnect', () => {
    const targets = Object.keys(registry.targets);
    for (const link of cafNavigation.links) {
      for (const from of link.from) expect(from in cafNavigation.places, from).toBe(true);
      expect(link.to in cafNavigation.places, link.to).toBe(true);
      for (const step of link.steps)
        expect(
          targets.some((id) => matchesAny([step.target], id)),
          step.target,
        ).toBe(true);
      if (link.steps.some((step) => step.target.startsWith('caf.')))
        expect(link.from.filter((from) => from in franceConnectPlaces)).toEqual([]);
    }
  });

  it('says where the learner is on a FranceConnect page, and the first action back', () => {
    const site = renderCafTab();
    toImpots(site);
    const where = readWhereabouts(site.container, 'caf.login.nir', registry);
    expect(where).toMatchObject({
      status: 'away',
      place: 'la page de connexion d’impots.gouv (FranceConnect)',
      steps: [{ action: 'click', target: 'franceconnect.impots.annuler', label: 'Lien « Annuler » (impots.gouv)' }],
    });
  });
});

describe('« Montre-moi » through FranceConnect', () => {
  it.each([
    'franceconnect.fournisseurs.impots',
    'franceconnect.impots.mot-de-passe',
    'franceconnect.ameli.nir',
    'franceconnect.non-copie.autre-compte',
    'franceconnect.confirmation.continuer',
  ] as TargetId[])('reaches %s from the CAF’s home page', async (goal) => {
    const site = renderCafTab();
    expect(await walkTo(site, goal)).toBe(true);
    expect(shownTarget(site.container, goal)).not.toBeNull();
  });

  it.each([
    ['the choice', (site: RenderedTab) => toChoice(site)],
    ['impots.gouv', (site: RenderedTab) => toImpots(site)],
    [
      'ameli',
      (site: RenderedTab) => {
        toChoice(site);
        site.drive({ action: 'click', target: 'franceconnect.fournisseurs.ameli' });
      },
    ],
    [
      'MSA',
      (site: RenderedTab) => {
        toChoice(site);
        site.drive({ action: 'click', target: 'franceconnect.fournisseurs.msa' });
      },
    ],
  ])('from %s, signs in through FranceConnect to Mon Compte, or goes back to the login page', async (_, open) => {
    const site = renderCafTab();
    open(site);
    expect(await walkTo(site, 'caf.espace.menu.ressources')).toBe(true);
    expect(signedIn()).toBe(true);
    site.unmount();

    const other = renderCafTab();
    open(other);
    expect(await walkTo(other, 'caf.login.nir')).toBe(true);
    expect(shownTarget(other.container, 'caf.login.nir')).not.toBeNull();
  });

  it('from the error page of the incident, goes on to Mon Compte', async () => {
    const site = renderCafTab({ world: withUnavailableProvider(createWorld()) });
    toChoice(site);
    site.drive({ action: 'click', target: 'franceconnect.fournisseurs.impots' });
    expect(shownTarget(site.container, 'franceconnect.erreur.autre-compte')).not.toBeNull();
    expect(await walkTo(site, 'caf.espace.menu.ressources')).toBe(true);
    expect(signedIn()).toBe(true);
  });
});
