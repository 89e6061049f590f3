/**
 * The simulator keeps what the learner chose or typed on a page before « Suivant », when it is
 * valid: leaving the simulator (or a reload) and coming back shows it again, so that « Suivant »
 * still leads on; a wrong value typed is not kept.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CafSite } from '../../../../src/sites/caf/CafSite.tsx';
import { renderWithBridge } from '../../renderWithBridge.tsx';
import { type } from './renderSimulateur.tsx';

const openSimulator = (site: ReturnType<typeof renderWithBridge>) =>
  site.user.click(screen.getByRole('button', { name: /Faire une simulation/ }));
const home = (site: ReturnType<typeof renderWithBridge>) =>
  site.user.click(screen.getByRole('button', { name: 'caf.fr, accueil' }));

describe('the simulator’s answers not sent yet', () => {
  it('come back after a visit to the home page, valid ones only', async () => {
    const site = renderWithBridge(<CafSite />);
    await openSimulator(site);
    await type(site, 'Code postal de votre lieu de résidence', '93200');
    await type(site, /Date de naissance/, '31/02/1986');
    await home(site);
    await openSimulator(site);
    expect(screen.getByLabelText('Code postal de votre lieu de résidence')).toHaveValue('93200');
    expect(screen.getByLabelText(/Date de naissance/)).toHaveValue('');

    await type(site, /Date de naissance/, '14/03/1986');
    await site.user.click(screen.getByRole('button', { name: 'Suivant' }));
    await site.user.click(screen.getByRole('radio', { name: 'Oui' }));
    await site.user.click(screen.getByRole('button', { name: 'Suivant' }));
    await site.user.click(screen.getByRole('radio', { name: 'Aucune de ces situations' }));
    await home(site);
    await openSimulator(site);
    await site.user.click(screen.getByRole('button', { name: 'Suivant' }));
    await site.user.click(screen.getByRole('button', { name: 'Suivant' }));
    expect(screen.getByRole('radio', { name: 'Aucune de ces situations' })).toBeChecked();
    await site.user.click(screen.getByRole('button', { name: 'Suivant' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Votre famille' })).toBeVisible();
  });
});
