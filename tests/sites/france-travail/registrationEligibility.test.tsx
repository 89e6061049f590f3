/**
 * The eligibility questions before registering: still under contract or notice → come back the
 * day after it ends (computed from the date given); living abroad → the 3949.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderSite } from './siteBridge.tsx';

const f = (field: string) => `france-travail.inscription.${field}`;
const heading = () => screen.getByRole('heading', { level: 1 });

function answer(date: string, contract: 'oui' | 'non', end: string | null, residence = 'france') {
  const site = renderSite({ date });
  site.drive(
    { action: 'click', target: 'france-travail.home.inscription' },
    { action: 'click', target: f('commencer') },
    { action: 'choose', target: f('eligibilite.contrat'), value: contract },
  );
  if (end !== null) site.drive({ action: 'fill', target: f('eligibilite.date-fin'), value: end });
  site.drive(
    { action: 'choose', target: f('eligibilite.residence'), value: residence },
    { action: 'click', target: f('eligibilite.continuer') },
  );
  return site;
}

describe('eligibility', () => {
  it('still under contract: registration opens the day after the contract ends', async () => {
    const site = answer('2026-11-27', 'oui', '30/11/2026');
    expect(heading()).toHaveTextContent('Vous ne pouvez pas encore vous inscrire');
    expect(heading()).toHaveFocus();
    expect(screen.getByText('Votre contrat ou votre préavis se termine le 30/11/2026.')).toBeVisible();
    expect(screen.getByText('01/12/2026')).toBeVisible();
    expect(document.querySelector('[data-place="attente"]')).not.toBeNull();
    await site.user.click(screen.getByRole('button', { name: 'Retour à l’accueil' }));
    expect(heading()).toHaveTextContent('Bienvenue sur francetravail.fr');
  });

  it('the last day of the contract is still too early; the next day is fine', () => {
    answer('2026-11-30', 'oui', '30/11/2026');
    expect(heading()).toHaveTextContent('Vous ne pouvez pas encore vous inscrire');
  });

  it('a contract that ended, or none: the documents to have', () => {
    answer('2026-12-01', 'oui', '30/11/2026');
    expect(heading()).toHaveTextContent('Préparez vos documents');
  });

  it('the end of a month: the day after is the 1st of the next', () => {
    answer('2026-12-20', 'oui', '31/12/2026');
    expect(screen.getByText('01/01/2027')).toBeVisible();
  });

  it('living abroad: no online registration, the 3949', () => {
    answer('2026-12-01', 'non', null, 'etranger');
    expect(heading()).toHaveTextContent('Vous ne pouvez pas vous inscrire en ligne');
    expect(screen.getByText('3949')).toBeVisible();
  });
});
