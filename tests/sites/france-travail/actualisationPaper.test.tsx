/** The practice card's « Bulletins de salaire du mois »: one payslip per employer, hours, gross and net. */
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { papers } from '../../../src/sites/france-travail/papers/index.ts';
import { nadia } from './actualisationBridge.tsx';

describe('paper « bulletins-du-mois »', () => {
  it('shows each employer’s payslip of the month with hours, gross pay and the net amounts', () => {
    const Paper = papers['bulletins-du-mois'];
    if (!Paper) throw new Error('no paper');
    render(<Paper persona={nadia} headingLevel={2} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Bulletins de salaire de novembre 2026' })).toBeVisible();
    const school = screen.getByRole('article', { name: 'Bulletin de salaire, École Sainte-Marie, Novembre 2026' });
    const terms = (article: HTMLElement) =>
      within(article)
        .getAllByRole('term')
        .map((dt) => `${dt.textContent} ${dt.nextElementSibling?.textContent}`.replace(/\s/g, ' '));
    expect(terms(school)).toEqual([
      'Heures travaillées 38,00',
      'Salaire brut 498,75 €',
      'Montant net social 389,03 €',
      'Net à payer 389,03 €',
    ]);
    expect(
      within(school).getByText(/Salariée : Nadia HADDAD · Agent d'entretien · Payé le 30\/11\/2026/),
    ).toBeVisible();
    const second = screen.getByRole('article', { name: 'Bulletin de salaire, Net Services 93, Novembre 2026' });
    expect(terms(second)).toEqual([
      'Heures travaillées 21,00',
      'Salaire brut 262,50 €',
      'Montant net social 204,75 €',
      'Net à payer 204,75 €',
    ]);
  });
});

describe('paper « identifiants-france-travail »', () => {
  it('shows the identifier and the password written on a note', () => {
    const Note = papers['identifiants-france-travail'];
    if (!Note) throw new Error('no paper');
    render(<Note persona={nadia} headingLevel={2} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('France Travail');
    expect(screen.getByText(/Identifiant/)).toHaveTextContent('Identifiant : 4821377K');
    expect(screen.getByText(/Mot de passe/)).toHaveTextContent('Mot de passe : Tilleuls-Courneuve-82');
  });
});
