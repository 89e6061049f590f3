/**
 * The ameli site's navigation map: every target is in a place, every link joins places, and from
 * a learner's usual situations (signed out, signed in elsewhere in the account, on the error page
 * of the incident) the guide's own « Montre-moi » way back (`bringBack`) reaches a target of
 * every place, through the real site; and from FranceConnect's pages, shown in ameli's tab, back
 * to the login page or on to the account.
 */
import { act, screen } from '@testing-library/react';
import { useCallback } from 'react';
import { describe, expect, it } from 'vitest';
import { demoValue, parseExpect } from '../../../src/lesson/expect.ts';
import type { TargetId } from '../../../src/lesson/types.ts';
import { bringBack } from '../../../src/player/bringBack.ts';
import { shownTarget } from '../../../src/player/readWhereabouts.ts';
import { AmeliSite } from '../../../src/sites/ameli/AmeliSite.tsx';
import { ameliNavigation } from '../../../src/sites/ameli/navigation.ts';
import { ameliTargets } from '../../../src/sites/ameli/targets.ts';
import { FranceConnectSite } from '../../../src/sites/franceconnect/FranceConnectSite.tsx';
import { franceConnectPlaces } from '../../../src/sites/franceconnect/navigation.ts';
import { franceConnectTargets } from '../../../src/sites/franceconnect/targets.ts';
import { perform, type DriverAction } from '../../../src/sites/framework/driver.ts';
import { FranceConnectHost } from '../../../src/sites/framework/franceconnect/FranceConnectHost.tsx';
import { SiteHistoryProvider, type SiteBack } from '../../../src/sites/framework/siteHistory.tsx';
import { matchesAny } from '../../../src/sites/framework/targetPattern.ts';
import { registry } from '../../../src/sites/registry.ts';
import { renderWithBridge, type Rendered } from '../renderWithBridge.tsx';
import { amina, ameliRegistry, renderAmeli, signIn, type RenderedAmeli } from './ameliBridge.tsx';

const { places, links } = ameliNavigation;
/** Always on screen, in the header. */
const everywhere = ['ameli.header.logo', 'ameli.header.compte'];

describe('the map', () => {
  it('puts every target of the site in a place', () => {
    const orphans = Object.keys(ameliTargets).filter(
      (id) => !everywhere.includes(id) && !Object.values(places).some((place) => matchesAny(place.targets, id)),
    );
    expect(orphans).toEqual([]);
  });

  it('links places that exist, through targets that exist', () => {
    for (const link of links) {
      for (const from of link.from) expect(from === '*' || from in places, from).toBe(true);
      expect(link.to in places, link.to).toBe(true);
      for (const step of link.steps)
        expect(step.target in ameliTargets || step.target in franceConnectTargets, step.target).toBe(true);
      // The header's links (from anywhere) do not start from FranceConnect's pages: ameli's are hidden there.
      if (link.steps.some((step) => step.target.startsWith('ameli.')))
        expect(link.from.filter((from) => from in franceConnectPlaces)).toEqual([]);
    }
  });

  it('puts every FranceConnect target in a place of ameli’s map', () => {
    const orphans = Object.keys(franceConnectTargets).filter(
      (id) => !Object.values(places).some((place) => matchesAny(place.targets, id)),
    );
    expect(orphans).toEqual([]);
  });
});

/** Brings `goal` on screen as « Montre-moi » does; the values of the way are the persona's. */
async function walkTo(site: RenderedAmeli, goal: TargetId): Promise<boolean> {
  const root = site.container;
  return bringBack({
    root,
    goal,
    registry: ameliRegistry,
    preferred: [],
    perform: (step) => {
      const value = step.value === undefined ? undefined : demoValue(parseExpect(step.value), amina, site.world());
      act(() => perform(root, { action: step.action, target: step.target, ...(value === undefined ? {} : { value }) }));
    },
  });
}

/** The place that holds `goal` once it is on screen. */
const placeOf = (goal: string) => shownTarget(document, goal)?.closest('[data-place]')?.getAttribute('data-place');

const situations: Record<string, { setUp: DriverAction[]; goals: TargetId[] }> = {
  'signed out, on the login page': {
    setUp: [],
    goals: [
      'ameli.oubli.naissance',
      'ameli.creation.nir',
      'ameli.compte.messagerie',
      'ameli.connexion.franceconnect',
      'ameli.retour-compte',
      'ameli.demarches.carte-vitale',
      'ameli.attestation.beneficiaires',
      'ameli.attestation.telecharger',
      'ameli.attestations.indemnites',
    ],
  },
  'signed in, on « Mes attestations »': {
    setUp: [...signIn, { action: 'click', target: 'ameli.compte.attestations' }],
    goals: ['ameli.compte.paiements', 'ameli.demarches.attestation-droits', 'ameli.connexion.nir'],
  },
  'on the page « Mot de passe oublié »': {
    setUp: [{ action: 'click', target: 'ameli.connexion.mot-de-passe-oublie' }],
    goals: ['ameli.connexion.creer-compte', 'ameli.attestation.demander'],
  },
};

describe('the way back, through the real site', () => {
  const reached = new Set<string>();
  for (const [situation, { setUp, goals }] of Object.entries(situations))
    for (const goal of goals)
      it(`${situation}: ${goal}`, async () => {
        const site = renderAmeli();
        site.drive(...setUp);
        expect(await walkTo(site, goal)).toBe(true);
        expect(shownTarget(document, goal)).not.toBeNull();
        const place = placeOf(goal);
        if (place) reached.add(place);
        screen.getByRole('heading', { level: 1 });
      });

  it('from the error page of the incident, back to the request', async () => {
    const site = renderAmeli();
    site.drive(
      ...signIn,
      { action: 'click', target: 'ameli.compte.demarches' },
      { action: 'click', target: 'ameli.demarches.attestation-droits' },
      { action: 'choose', target: 'ameli.attestation.beneficiaires', value: 'tous' },
    );
    site.incident('service-indisponible');
    site.drive({ action: 'click', target: 'ameli.attestation.demander' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Service momentanément indisponible');
    reached.add('indisponible');
    expect(await walkTo(site, 'ameli.attestation.telecharger')).toBe(true);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Votre attestation de droits est prête');
  });

  it('reached a target in every place', () => {
    // « Messagerie » holds only « Retour à l'accueil de mon compte », also found on « Mes paiements »;
    // FranceConnect's places are walked below, in ameli's tab.
    const own = Object.keys(places).filter((p) => !(p in franceConnectPlaces));
    expect(own.filter((p) => p !== 'messagerie' && !reached.has(p))).toEqual([]);
  });
});

/** ameli's tab as the practice browser shows it: FranceConnect's pages in it during a journey. */
function AmeliTab() {
  const onBackChange = useCallback((back: SiteBack) => void back, []);
  return (
    <div data-site="ameli">
      <SiteHistoryProvider onBackChange={onBackChange}>
        <FranceConnectHost site="ameli" view={FranceConnectSite}>
          <AmeliSite />
        </FranceConnectHost>
      </SiteHistoryProvider>
    </div>
  );
}

/** Brings `goal` on screen in ameli's tab as « Montre-moi » does, with the app's registry. */
function walkTab(site: Rendered, goal: TargetId): Promise<boolean> {
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

const ameliFlags = () => document.querySelector('[data-flags]')?.getAttribute('data-flags') ?? '';

describe('FranceConnect in ameli’s tab', () => {
  const toChoice: DriverAction = { action: 'click', target: 'ameli.connexion.franceconnect' };

  it('« S’identifier avec FranceConnect » clicked while asked to type the number: « Montre-moi » comes back to the login page', async () => {
    const site = renderWithBridge(<AmeliTab />);
    site.drive(toChoice);
    expect(shownTarget(site.container, 'franceconnect.choix.retour')).not.toBeNull();
    expect(shownTarget(site.container, 'ameli.connexion.nir')).toBeNull();
    expect(await walkTab(site, 'ameli.connexion.nir')).toBe(true);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Connexion à mon compte ameli');
  });

  it.each([
    ['the choice', [toChoice]],
    ['ameli’s login behind FranceConnect', [toChoice, { action: 'click', target: 'franceconnect.fournisseurs.ameli' }]],
  ] as [string, DriverAction[]][])('from %s, goes on to « Mes démarches », signed in', async (_, setUp) => {
    const site = renderWithBridge(<AmeliTab />);
    site.drive(...setUp);
    expect(await walkTab(site, 'ameli.demarches.attestation-droits')).toBe(true);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Mes démarches');
    expect(ameliFlags()).toContain('signed-in');
  });

  it('from the login page, reaches ameli’s login behind FranceConnect', async () => {
    const site = renderWithBridge(<AmeliTab />);
    expect(await walkTab(site, 'franceconnect.ameli.nir')).toBe(true);
    expect(shownTarget(site.container, 'franceconnect.ameli.nir')).not.toBeNull();
  });
});
