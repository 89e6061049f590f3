/**
 * The France Travail site's navigation map: every target is in a place, every link joins places,
 * and from a learner's usual situations (signed out on the home page, a space waiting for its
 * activation, a registration in progress, a registration sent) the guide's own « Montre-moi »
 * way back (`bringBack`) reaches a target of every place, through the real site.
 */
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demoValue, parseExpect } from '../../../src/lesson/expect.ts';
import type { Persona, TargetId } from '../../../src/lesson/types.ts';
import { bringBack } from '../../../src/player/bringBack.ts';
import { shownTarget } from '../../../src/player/readWhereabouts.ts';
import { perform } from '../../../src/sites/framework/driver.ts';
import { matchesAny } from '../../../src/sites/framework/targetPattern.ts';
import { franceTravailNavigation } from '../../../src/sites/france-travail/navigation.ts';
import { franceTravailTargets } from '../../../src/sites/france-travail/targets.ts';
import { registry } from '../../../src/sites/registry.ts';
import { lucas, personaNamed, renderSite, type RenderedSite } from './siteBridge.tsx';
import { allAnswers, answers, chooseSlot, createSpace, toCreation, toForm } from './siteSteps.ts';

const { places, links } = franceTravailNavigation;
/** Always on screen, in the header. */
const everywhere = ['france-travail.header.logo', 'france-travail.header.connexion'];

describe('the map', () => {
  it('puts every target of the site in a place', () => {
    const orphans = Object.keys(franceTravailTargets).filter(
      (id) => !everywhere.includes(id) && !Object.values(places).some((place) => matchesAny(place.targets, id)),
    );
    expect(orphans).toEqual([]);
  });

  it('links places that exist, through targets that exist', () => {
    for (const link of links) {
      for (const from of link.from) expect(from === '*' || from in places, from).toBe(true);
      expect(link.to in places, link.to).toBe(true);
      for (const step of link.steps)
        expect(
          Object.keys(franceTravailTargets).some((id) => id === step.target || matchesAny([step.target], id)),
          step.target,
        ).toBe(true);
    }
  });
});

/** Brings `goal` on screen as « Montre-moi » does; the values of the way are the persona's. */
async function walkTo(site: RenderedSite, persona: Persona, goal: TargetId): Promise<boolean> {
  const root = site.container;
  return bringBack({
    root,
    goal,
    registry,
    preferred: [],
    perform: (step) => {
      const value = step.value === undefined ? undefined : demoValue(parseExpect(step.value), persona, site.world());
      act(() => perform(root, { action: step.action, target: step.target, ...(value === undefined ? {} : { value }) }));
    },
  });
}

/** The place that holds `goal` once it is on screen (the innermost with a `data-place`). */
const placeOf = (goal: string) => {
  const element = shownTarget(document, goal);
  const places = [];
  for (let node = element?.closest('[data-place]'); node; node = node.parentElement?.closest('[data-place]'))
    places.push(node.getAttribute('data-place'));
  return places[0];
};

const situations: Record<string, { persona: Persona; setUp(site: RenderedSite): void; goals: TargetId[] }> = {
  'signed out, nothing started': {
    persona: lucas,
    setUp: () => {},
    goals: [
      'france-travail.home.offres',
      'france-travail.connexion.franceconnect',
      'france-travail.connexion.oubli.email',
      'france-travail.inscription.se-connecter',
      'france-travail.inscription.eligibilite.date-fin',
      'france-travail.inscription.impossible.accueil',
      'france-travail.inscription.pieces.connexion',
      'france-travail.inscription.creation.mot-de-passe',
    ],
  },
  'a registered job seeker, signed out': {
    persona: personaNamed('nadia'),
    setUp: () => {},
    goals: [
      'france-travail.connexion.afficher',
      'france-travail.espace.documents',
      'france-travail.espace.retour',
      'france-travail.header.deconnexion',
    ],
  },
  'a space waiting for its activation, on the home page': {
    persona: lucas,
    setUp: (site) =>
      site.drive(...toCreation, ...createSpace, { action: 'click', target: 'france-travail.header.logo' }),
    goals: ['france-travail.inscription.activation.renvoyer'],
  },
  'still under contract, on the practice date before it ends': {
    persona: lucas,
    setUp: () => {},
    goals: ['france-travail.inscription.attente.accueil'],
  },
  'a registration in progress, signed out after saving': {
    persona: lucas,
    setUp: (site) => {
      toForm(site);
      site.drive(...answers.donnees, ...answers.situation, ...answers.experiences);
      site.drive({ action: 'click', target: 'france-travail.inscription.enregistrer' });
    },
    goals: [
      'france-travail.espace.reprendre',
      'france-travail.inscription.donnees.nir',
      'france-travail.inscription.situation.motif',
      'france-travail.inscription.experiences.fin',
      'france-travail.inscription.formations.niveau',
    ],
  },
  'a registration almost done, signed out': {
    persona: lucas,
    setUp: (site) => {
      toForm(site);
      site.drive(...allAnswers, { action: 'click', target: 'france-travail.inscription.recapitulatif.continuer' });
      site.drive({ action: 'click', target: 'france-travail.header.deconnexion' });
    },
    goals: [
      'france-travail.inscription.recherche.distance',
      'france-travail.inscription.projet.metier',
      'france-travail.inscription.banque.bic',
      'france-travail.inscription.recapitulatif.modifier.banque',
      'france-travail.inscription.rendez-vous.certifie',
    ],
  },
  'registered in this run, wandered to the home page': {
    persona: lucas,
    setUp: (site) => {
      toForm(site);
      site.drive(...allAnswers, ...chooseSlot, { action: 'click', target: 'france-travail.header.logo' });
    },
    goals: [
      'france-travail.inscription.confirmation.documents',
      'france-travail.espace.courriers',
      'france-travail.convocation.telecharger',
    ],
  },
};

describe('the way back, through the real site', () => {
  const reached = new Set<string>();
  for (const [situation, { persona, setUp, goals }] of Object.entries(situations))
    for (const goal of goals)
      it(`${situation}: ${goal}`, async () => {
        const date = situation.startsWith('still under contract') ? '2026-11-27' : '2026-12-01';
        const site = renderSite({ persona, date });
        setUp(site);
        expect(await walkTo(site, persona, goal)).toBe(true);
        expect(shownTarget(document, goal)).not.toBeNull();
        const place = placeOf(goal);
        if (place) reached.add(place);
        screen.getByRole('heading', { level: 1 });
      });

  it('reached a target in every place', () => {
    // Only the mail's link leads to « Votre espace personnel est activé »; « Ce lien a expiré » and
    // « Mes courriers » hold targets also found in « Activez votre espace » and « Mes rendez-vous ».
    const others = ['compte-active', 'activation-expiree', 'courriers'];
    expect(Object.keys(places).filter((p) => !others.includes(p) && !reached.has(p))).toEqual([]);
  });
});
