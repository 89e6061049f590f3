/** axe-core on every page of the prime d'activité claim, with its errors shown (as tests/sites/a11y.test.tsx). */
import axe from 'axe-core';
import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { amina, renderDemande, toConjoint, toFoyer, toRecapitulatif } from './renderDemande.tsx';

/** axe-core's violations on the whole page (contrast needs a real layout: the screenshots check it). */
async function violations(): Promise<string[]> {
  const result = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

beforeAll(() => {
  document.title = 'Pas à pas';
  document.documentElement.lang = 'fr';
});

describe('accessibility of the prime d’activité claim (axe-core)', () => {
  it('every page, refused then accepted, up to the confirmation', async () => {
    const site = renderDemande();
    site.logIn();
    site.drive({ action: 'click', target: 'caf.espace.faire-demande' });
    expect(await violations()).toEqual([]);
    site.drive({ action: 'click', target: 'caf.demande.liste.rsa' });
    expect(await violations()).toEqual([]);
    site.drive({ action: 'click', target: 'caf.demande.liste.prime-activite' });
    expect(await violations()).toEqual([]);
    site.drive({ action: 'click', target: 'caf.demande.commencer' });
    // Each form page: as it opens, then refused.
    const pages: [number, number][] = [
      [0, 2],
      [2, 9],
      [9, 12],
    ];
    for (const [from, to] of pages) {
      expect(await violations()).toEqual([]);
      if (from === 2) site.drive({ action: 'fill', target: 'caf.demande.ressources.vous.m1.salaires', value: 'abc' });
      if (from === 9) site.drive({ action: 'fill', target: 'caf.demande.banque.iban', value: 'FR76 1789' });
      site.drive({ action: 'click', target: 'caf.demande.suivant' });
      expect(screen.getByText(/Le formulaire contient/)).toBeVisible();
      expect(await violations()).toEqual([]);
      site.drive(...toRecapitulatif.slice(from, to));
    }
    expect(site.place()).toBe('demande-justificatifs');
    site.drive({ action: 'click', target: 'caf.demande.suivant' });
    expect(await violations()).toEqual([]);
    await site.upload('Ajouter un fichier', 'scan-bulletin-grand.pdf');
    expect(await violations()).toEqual([]);
    await site.upload('Ajouter un fichier', 'bulletin-novembre-2026-net-services.pdf');
    expect(await violations()).toEqual([]);
    site.drive(
      { action: 'click', target: 'caf.demande.suivant' },
      { action: 'click', target: 'caf.demande.recapitulatif.valider' },
    );
    expect(screen.getByRole('alert')).toBeVisible();
    expect(await violations()).toEqual([]);
    site.drive(
      { action: 'check', target: 'caf.demande.recapitulatif.certifier' },
      { action: 'click', target: 'caf.demande.recapitulatif.valider' },
    );
    expect(site.place()).toBe('demande-confirmation');
    expect(await violations()).toEqual([]);
  });

  it('the partner’s page of a couple, as it opens, then refused', async () => {
    const site = renderDemande(amina);
    toFoyer(site);
    site.drive(...toConjoint);
    expect(site.place()).toBe('demande-ressources-conjoint');
    expect(await violations()).toEqual([]);
    site.drive(
      { action: 'fill', target: 'caf.demande.ressources.conjoint.m1.salaires', value: 'abc' },
      { action: 'click', target: 'caf.demande.suivant' },
    );
    expect(screen.getByText(/Le formulaire contient/)).toBeVisible();
    expect(await violations()).toEqual([]);
  });
});
