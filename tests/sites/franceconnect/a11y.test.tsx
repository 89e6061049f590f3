/** axe-core on every FranceConnect page, in the CAF's tab, with their errors shown. */
import axe from 'axe-core';
import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld } from '../../../src/lesson/world.ts';
import { renderCafTab, toChoice, toImpots, withUnavailableProvider } from './fcBridge.tsx';

/** axe-core's violations on the whole page (contrast needs a real layout: the screenshots check it). */
async function violations(): Promise<string[]> {
  const result = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

beforeAll(() => {
  document.title = 'Pas à pas';
  document.documentElement.lang = 'fr';
});

describe('accessibility of the FranceConnect pages (axe-core)', () => {
  it('the CAF login page with the button, the choice, impots.gouv with errors, the confirmation', async () => {
    const site = renderCafTab();
    site.drive({ action: 'click', target: 'caf.header.mon-compte' });
    await site.user.click(screen.getByRole('button', { name: 'Qu’est-ce que FranceConnect ?' }));
    expect(await violations()).toEqual([]);
    site.drive({ action: 'click', target: 'caf.login.franceconnect' });
    expect(await violations()).toEqual([]);
    site.drive(
      { action: 'click', target: 'franceconnect.fournisseurs.impots' },
      { action: 'click', target: 'franceconnect.impots.continuer' },
    );
    expect(await violations()).toEqual([]);
    site.drive(
      { action: 'fill', target: 'franceconnect.impots.numero-fiscal', value: '2478391650259' },
      { action: 'click', target: 'franceconnect.impots.continuer' },
      { action: 'click', target: 'franceconnect.impots.connexion' },
    );
    expect(await violations()).toEqual([]);
    site.drive(
      { action: 'fill', target: 'franceconnect.impots.mot-de-passe', value: 'Tournesol-2026' },
      { action: 'click', target: 'franceconnect.impots.connexion' },
    );
    expect(screen.getByRole('heading', { name: /Vous êtes connecté/ })).toBeVisible();
    expect(await violations()).toEqual([]);
  });

  it('ameli with errors, a provider without a copy, the error page', async () => {
    const site = renderCafTab({ world: withUnavailableProvider(createWorld()) });
    toChoice(site);
    site.drive({ action: 'click', target: 'franceconnect.fournisseurs.msa' });
    expect(await violations()).toEqual([]);
    site.drive(
      { action: 'click', target: 'franceconnect.non-copie.autre-compte' },
      { action: 'click', target: 'franceconnect.fournisseurs.impots' },
    );
    expect(screen.getByRole('heading', { name: 'Une erreur est survenue' })).toBeVisible();
    expect(await violations()).toEqual([]);
    site.drive(
      { action: 'click', target: 'franceconnect.erreur.autre-compte' },
      { action: 'click', target: 'franceconnect.fournisseurs.ameli' },
      { action: 'click', target: 'franceconnect.ameli.connexion' },
    );
    expect(await violations()).toEqual([]);
  });

  it('the impots.gouv page with a real-looking number erased', async () => {
    const site = renderCafTab();
    toImpots(site);
    site.drive({ action: 'fill', target: 'franceconnect.impots.numero-fiscal', value: '3023217600053' });
    expect(screen.getByText(/ressemble à un vrai numéro fiscal/)).toBeVisible();
    expect(await violations()).toEqual([]);
  });
});
