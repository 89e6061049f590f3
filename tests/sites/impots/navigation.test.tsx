/**
 * The impots.gouv site's navigation map: every target is in a place, every link joins places,
 * and from a learner's usual situations (signed out on the home page, a space waiting for its
 * link, a declaration signed) the guide's own « Montre-moi » way back (`bringBack`) reaches a
 * target of every place, through the real site.
 */
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demoValue, parseExpect } from '../../../src/lesson/expect.ts';
import type { Persona, TargetId } from '../../../src/lesson/types.ts';
import { bringBack } from '../../../src/player/bringBack.ts';
import { shownTarget } from '../../../src/player/readWhereabouts.ts';
import { perform } from '../../../src/sites/framework/driver.ts';
import { matchesAny } from '../../../src/sites/framework/targetPattern.ts';
import { FranceConnectSite } from '../../../src/sites/franceconnect/FranceConnectSite.tsx';
import { FranceConnectHost } from '../../../src/sites/framework/franceconnect/FranceConnectHost.tsx';
import { SiteHistoryProvider } from '../../../src/sites/framework/siteHistory.tsx';
import { ImpotsSite } from '../../../src/sites/impots/ImpotsSite.tsx';
import { impotsNavigation } from '../../../src/sites/impots/navigation.ts';
import { franceConnectTargets } from '../../../src/sites/franceconnect/targets.ts';
import { impotsTargets } from '../../../src/sites/impots/targets.ts';
import {
  activationLink,
  click,
  createSpace,
  gerard,
  gerardIds,
  julien,
  martin,
  registry,
  renderImpots,
  signIn,
  type RenderedImpots,
} from './impotsBridge.tsx';
import { renderWithBridge } from '../renderWithBridge.tsx';

const { places, links } = impotsNavigation;
/** Always on screen, in the header. */
const everywhere = ['impots.header.logo', 'impots.header.espace'];

describe('the map', () => {
  it('puts every target of the site in a place', () => {
    const orphans = Object.keys(impotsTargets).filter(
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
          [...Object.keys(impotsTargets), ...Object.keys(franceConnectTargets)].some(
            (id) => id === step.target || matchesAny([step.target], id),
          ),
          step.target,
        ).toBe(true);
    }
  });
});

async function walkTo(
  site: Pick<RenderedImpots, 'container' | 'world'>,
  persona: Persona,
  goal: TargetId,
): Promise<boolean> {
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

const placeOf = (goal: string) => shownTarget(document, goal)?.closest('[data-place]')?.getAttribute('data-place');

const situations: Record<string, { persona: Persona; setUp(site: RenderedImpots): void; goals: TargetId[] }> = {
  'signed out on the home page, a space already created': {
    persona: martin,
    setUp: () => {},
    goals: [
      'impots.home.creer-espace',
      'impots.connexion.afficher',
      'impots.mot-de-passe-oublie.numero-fiscal',
      'impots.creation.aide-numero-fiscal',
      'impots.creation.revenu-fiscal',
      'impots.creation.mot-de-passe-confirmation',
      'impots.code.renvoyer',
      'impots.espace.declarer',
      'impots.menu.documents',
      'impots.documents.avis.2025',
      'impots.messagerie.retour',
      'impots.declaration.adresse.voie',
      'impots.declaration.revenus.1bj',
      'impots.declaration.signer',
      'impots.header.deconnexion',
    ],
  },
  'a declaration signed, then signed out': {
    persona: martin,
    setUp: (site) => {
      signIn(site, julien.nif, julien.password);
      site.drive(
        click('impots.espace.declarer'),
        click('impots.declaration.suivant'),
        click('impots.declaration.suivant'),
        click('impots.declaration.signer'),
        click('impots.header.deconnexion'),
      );
    },
    goals: ['impots.accuse.asdir', 'impots.documents.asdir', 'impots.espace.accuse', 'impots.espace.corriger'],
  },
  'a space waiting for its link, on the home page': {
    persona: gerard,
    setUp: (site) => {
      createSpace(site, gerardIds, 'gerard.lefevre@messagerie-entrainement.fr');
      site.drive(click('impots.header.logo'));
    },
    goals: ['impots.creation.nouveau-lien'],
  },
  'a space created and activated, on the home page': {
    persona: gerard,
    setUp: (site) => {
      createSpace(site, gerardIds, 'gerard.lefevre@messagerie-entrainement.fr');
      site.openLink(activationLink(site));
      site.drive(click('impots.header.logo'));
    },
    goals: ['impots.creation.acceder', 'impots.connexion.valider'],
  },
};

describe('the space activated', () => {
  it('« Activez votre espace » seen again (« Précédent », a reload) says it is active, with « Accéder à mon espace »', async () => {
    const first = renderImpots({ persona: gerard });
    createSpace(first, gerardIds, 'gerard.lefevre@messagerie-entrainement.fr');
    first.openLink(activationLink(first));
    await screen.findByRole('heading', { level: 1, name: 'Votre espace particulier est activé' });
    // The practice browser's « Précédent » goes back to the page that waited for the link.
    const nav = first.store['impots.navigation'] as { page: string; history: string[] };
    first.store['impots.navigation'] = { ...nav, page: 'creation-envoye', history: nav.history.slice(0, -1) };
    const world = first.world();
    first.unmount();
    const site = renderImpots({ persona: gerard, store: first.store, world });
    screen.getByRole('heading', { level: 1, name: 'Votre espace particulier est activé' });
    expect(placeOf('impots.creation.acceder')).toBe('creation-activee');
    expect(await walkTo(site, gerard, 'impots.creation.acceder')).toBe(true);
  });
});

/** The impots.gouv tab as the practice browser shows it: the site inside FranceConnect's host. */
function renderImpotsTab(persona: Persona) {
  return renderWithBridge(
    <div data-site="impots">
      <SiteHistoryProvider onBackChange={() => {}}>
        <FranceConnectHost site="impots" view={FranceConnectSite}>
          <ImpotsSite />
        </FranceConnectHost>
      </SiteHistoryProvider>
    </div>,
    { persona },
  );
}

describe('FranceConnect opened from the login page', () => {
  it('« Montre-moi » brings the learner back from « Je choisis un compte » to the login form', async () => {
    const site = renderImpotsTab(martin);
    site.drive(click('impots.home.espace'), click('impots.connexion.franceconnect'));
    await screen.findByRole('heading', { level: 1, name: /^Je choisis un compte/ });
    expect(placeOf('franceconnect.choix.retour')).toBe('franceconnect-choix');
    expect(await walkTo(site, martin, 'impots.connexion.numero-fiscal')).toBe(true);
    await screen.findByRole('heading', { level: 1, name: 'Connexion à mon espace particulier' });
  });

  it('« Montre-moi » reaches the space from there, signed in', async () => {
    const site = renderImpotsTab(martin);
    site.drive(click('impots.home.espace'), click('impots.connexion.franceconnect'));
    await screen.findByRole('heading', { level: 1, name: /^Je choisis un compte/ });
    expect(await walkTo(site, martin, 'impots.menu.documents')).toBe(true);
    await screen.findByRole('heading', { level: 1, name: /^Bonjour Julien/ });
  });
});

describe('« Montre-moi » reaches every place', () => {
  for (const [name, { persona, setUp, goals }] of Object.entries(situations))
    for (const goal of goals)
      it(`${name}: ${goal}`, async () => {
        const site = renderImpots({ persona });
        setUp(site);
        expect(await walkTo(site, persona, goal)).toBe(true);
        expect(shownTarget(document, goal), goal).not.toBeNull();
        // The header's buttons are outside the places; every other target is in the place the map says.
        if (!goal.startsWith('impots.header.'))
          expect(places[placeOf(goal) ?? '']?.targets.some((t) => matchesAny([t], goal))).toBe(true);
        screen.getByRole('heading', { level: 1 });
      });
});
