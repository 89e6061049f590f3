/** axe-core on every page of the ameli site, with its forms' errors shown. */
import axe from 'axe-core';
import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderAmeli, signIn } from './ameliBridge.tsx';

/** axe-core's violations on the whole page (contrast needs a real layout: the e2e run checks it). */
async function violations(): Promise<string[]> {
  const result = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

beforeAll(() => {
  document.title = 'Pas à pas';
  document.documentElement.lang = 'fr';
});

describe('accessibility of the ameli site (axe-core)', () => {
  it('login with its errors, wrong password, forgotten password, account creation', async () => {
    const site = renderAmeli();
    expect(await violations()).toEqual([]);
    site.drive({ action: 'click', target: 'ameli.connexion.valider' });
    expect(screen.getByRole('alert')).toBeVisible();
    expect(await violations()).toEqual([]);
    site.drive(
      { action: 'fill', target: 'ameli.connexion.nir', value: '2860375114023' },
      { action: 'fill', target: 'ameli.connexion.mot-de-passe', value: 'faux' },
      { action: 'click', target: 'ameli.connexion.valider' },
    );
    expect(await violations()).toEqual([]);
    site.drive(
      { action: 'click', target: 'ameli.connexion.mot-de-passe-oublie' },
      { action: 'click', target: 'ameli.oubli.valider' },
    );
    expect(await violations()).toEqual([]);
    site.drive(
      { action: 'fill', target: 'ameli.oubli.nir', value: '2860375114023' },
      { action: 'fill', target: 'ameli.oubli.naissance', value: '14/03/1986' },
      { action: 'click', target: 'ameli.oubli.valider' },
    );
    expect(await violations()).toEqual([]);
    site.drive(
      { action: 'click', target: 'ameli.oubli.annuler' },
      { action: 'click', target: 'ameli.connexion.creer-compte' },
    );
    site.drive({ action: 'click', target: 'ameli.creation.continuer' });
    expect(await violations()).toEqual([]);
    site.drive(
      { action: 'fill', target: 'ameli.creation.nir', value: '2860375114023' },
      { action: 'click', target: 'ameli.creation.continuer' },
    );
    expect(await violations()).toEqual([]);
  });

  it('the account: home, every tile, the attestation with its error, ready, the incident, signed out', async () => {
    const site = renderAmeli();
    site.drive(...signIn);
    expect(await violations()).toEqual([]);
    for (const tile of ['paiements', 'messagerie', 'attestations', 'demarches']) {
      site.drive(
        { action: 'click', target: 'ameli.header.compte' },
        { action: 'click', target: `ameli.compte.${tile}` },
      );
      expect(await violations()).toEqual([]);
    }
    site.drive({ action: 'click', target: 'ameli.demarches.carte-vitale' });
    expect(await violations()).toEqual([]);
    site.drive({ action: 'click', target: 'ameli.demarches.attestation-droits' });
    expect(await violations()).toEqual([]);
    site.drive({ action: 'click', target: 'ameli.attestation.demander' });
    expect(await violations()).toEqual([]);
    site.incident('service-indisponible');
    site.drive(
      { action: 'choose', target: 'ameli.attestation.beneficiaires', value: 'tous' },
      { action: 'click', target: 'ameli.attestation.demander' },
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Service momentanément indisponible');
    expect(await violations()).toEqual([]);
    site.drive(
      { action: 'click', target: 'ameli.indisponible.reessayer' },
      { action: 'choose', target: 'ameli.attestation.beneficiaires', value: 'tous' },
      { action: 'click', target: 'ameli.attestation.demander' },
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Votre attestation de droits est prête');
    expect(await violations()).toEqual([]);
    site.drive({ action: 'click', target: 'ameli.header.deconnexion' });
    expect(await violations()).toEqual([]);
  });
});
