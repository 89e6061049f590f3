/** axe-core on every page of the simulator, with and without errors shown (as tests/sites/a11y.test.tsx). */
import axe from 'axe-core';
import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderSimulateur, simulate, type } from './renderSimulateur.tsx';

/** axe-core's violations on the whole page (contrast needs a real layout: the screenshots check it). */
async function violations(): Promise<string[]> {
  const result = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

beforeAll(() => {
  document.title = 'Pas à pas';
  document.documentElement.lang = 'fr';
});

const next = () => screen.getByRole('button', { name: 'Suivant' });

describe('accessibility of the simulator (axe-core)', () => {
  it('every question page, empty then refused, and the result', async () => {
    const site = renderSimulateur();
    const pages: string[] = [];
    // Each question page: as it opens, then with the errors of an empty « Suivant ».
    const check = async () => {
      pages.push(screen.getByRole('heading', { level: 1 }).textContent!);
      expect(await violations()).toEqual([]);
      await site.user.click(next());
      expect(await violations()).toEqual([]);
    };
    await check();
    await type(site, 'Code postal de votre lieu de résidence', '93200');
    await type(site, 'Date de naissance', '14/03/1986');
    await site.user.click(next());
    await check();
    await site.user.click(screen.getByRole('radio', { name: 'Oui' }));
    await site.user.click(next());
    await check();
    await site.user.click(screen.getByRole('radio', { name: 'Aucune de ces situations' }));
    await site.user.click(next());
    await check();
    await site.user.click(screen.getByRole('radio', { name: 'Oui' }));
    await site.user.selectOptions(screen.getByLabelText('Nombre d’enfants à charge'), '1');
    await site.user.click(next());
    await check();
    await site.user.click(screen.getByRole('radio', { name: 'Locataire' }));
    await site.user.click(screen.getByRole('radio', { name: 'Oui' }));
    await type(site, 'Montant mensuel de l’aide au logement (en euros)', '250');
    await site.user.click(next());
    for (let adult = 0; adult < 2; adult++) {
      await check();
      for (const field of screen.getAllByRole('textbox')) {
        await site.user.clear(field);
        await site.user.type(field, '700');
      }
      await site.user.click(next());
    }
    expect(pages).toEqual([
      'Vous',
      'Vos revenus professionnels',
      'Votre situation',
      'Votre famille',
      'Votre logement',
      'Vos ressources',
      'Les ressources de votre conjoint',
    ]);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Résultat de votre simulation');
    expect(await violations()).toEqual([]);
  });

  it('the page without professional income, and a result that pays nothing', async () => {
    const site = renderSimulateur();
    await type(site, 'Code postal de votre lieu de résidence', '93200');
    await type(site, 'Date de naissance', '14/03/1986');
    await site.user.click(next());
    await site.user.click(screen.getByRole('radio', { name: 'Non' }));
    await site.user.click(next());
    expect(await violations()).toEqual([]);

    site.unmount();
    const last = renderSimulateur();
    await simulate(last, {
      codePostal: '93200',
      naissance: '14/03/1986',
      situation: 'Retraité',
      couple: false,
      enfants: '0',
      logement: 'Propriétaire, sans prêt en cours',
      ressources: [
        [
          ['2500', '0'],
          ['2500', '0'],
          ['2500', '0'],
        ],
      ],
    });
    expect(screen.getByText('Les ressources de votre foyer sont trop élevées.')).toBeVisible();
    expect(await violations()).toEqual([]);
  });
});
