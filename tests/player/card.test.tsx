/**
 * The practice card: the persona's papers, as the lessons tell the learner to read them, and
 * the printable card page.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import * as lesson from '../../content/lessons/caf-se-connecter/fr.mdx';
import type { Persona } from '../../src/lesson/types.ts';
import { PracticeCard } from '../../src/player/card/PracticeCard.tsx';
import { describeBoth } from './renderBoth.tsx';

const personaNamed = (id: string) => parse(readFileSync(`content/personas/${id}.yaml`, 'utf8')) as Persona;

const persona = lesson.persona;

describeBoth('PracticeCard', ({ render }) => {
  it('shows the persona’s papers in the order the persona lists them', () => {
    render(<PracticeCard persona={persona} />);
    expect(screen.getByRole('heading', { level: 2, name: "Carte d'entraînement" })).toBeVisible();
    expect(screen.getByText(/Tout est inventé/)).toBeVisible();
    const titles = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(titles).toEqual([
      'Carte Vitale',
      'Courrier de la CAF',
      'Papier avec le mot de passe',
      'Bulletins de salaire',
      'Facture de Karim',
      // Her papers for the other sites: finding the right one is part of the practice.
      'Papier avec le numéro de sécurité sociale et le mot de passe ameli',
      'Avis d’impôt 2026 sur les revenus de l’année 2025',
      'Papier avec le mot de passe impots.gouv.fr',
    ]);
  });

  it('prints the carte Vitale number spaced as on the card, and the other identifiers', () => {
    render(<PracticeCard persona={persona} />);
    const vitale = screen.getByRole('heading', { name: 'Carte Vitale' }).closest('article')!;
    expect(within(vitale).getByText('Amina BENALI')).toBeVisible();
    expect(within(vitale).getByText('2 86 03 75 114 023 63')).toBeVisible();
    expect(screen.getByText((_, el) => el?.textContent === 'Numéro allocataire : 4825913')).toBeVisible();
    const courrier = screen.getByRole('heading', { name: 'Courrier de la CAF' }).closest('article')!;
    expect(within(courrier).getByText(/12 rue des Lilas, 93200 Saint-Denis/)).toBeVisible();
    expect(screen.getByText((_, el) => el?.textContent === 'Mot de passe CAF : Jasmin2026!')).toBeVisible();
  });

  it('shows the payslips with the amounts the CAF asks for (a second employer’s, a child’s), and the partner’s invoice', () => {
    render(<PracticeCard persona={persona} />);
    const slips = ['Juillet 2026', 'Août 2026', 'Septembre 2026'].map((month) =>
      screen.getByRole('article', { name: `Bulletin de salaire, ${month}` }),
    );
    expect(within(slips[0]!).getByText('Supermarché Les Halles du Nord')).toBeVisible();
    expect(within(slips[0]!).getByText('Montant net social')).toBeVisible();
    expect(within(slips[0]!).getByText('1 012,40 €')).toBeVisible();
    expect(within(slips[2]!).getByText('980,15 €')).toBeVisible();
    expect(within(slips[2]!).getByText('969,70 €')).toBeVisible();
    expect(within(slips[2]!).getByText(/Payé le 30\/09\/2026/)).toBeVisible();
    // September's second employer, right after September's first, then Inès's summer job.
    const articles = screen.getAllByRole('article', { name: /^Bulletin de salaire/ });
    expect(articles.map((a) => a.getAttribute('aria-label'))).toEqual([
      'Bulletin de salaire, Juillet 2026',
      'Bulletin de salaire, Août 2026',
      'Bulletin de salaire, Septembre 2026',
      'Bulletin de salaire, Septembre 2026, Supérette du Canal',
      'Bulletin de salaire, Juillet 2026, Inès',
    ]);
    const second = articles[3]!;
    expect(within(second).getByText('Supérette du Canal')).toBeVisible();
    expect(within(second).getByText('189,56 €')).toBeVisible();
    expect(within(second).getByText(/Salariée : Amina BENALI · Payé le 30\/09\/2026/)).toBeVisible();
    const ines = articles[4]!;
    expect(within(ines).getByText("Boulangerie Aux Blés d'Or")).toBeVisible();
    expect(within(ines).getByText('512,53 €')).toBeVisible();
    expect(within(ines).getByText(/Salarié\(e\) : Inès BENALI · Payé le 05\/08\/2026/)).toBeVisible();
    const invoice = screen.getByRole('article', { name: 'Facture, Septembre 2026' });
    expect(within(invoice).getByText('320,00 €')).toBeVisible();
    expect(within(invoice).getByText(/Karim BENALI/)).toBeVisible();
  });

  it('shows a payslip per employer and month for someone with two employers (Nadia’s September and October)', () => {
    render(<PracticeCard persona={personaNamed('nadia')} />);
    const slip = (employer: string, month: string) =>
      screen.getByRole('article', { name: `Bulletin de salaire, ${employer}, ${month}` });
    const school = slip('École Sainte-Marie', 'Septembre 2026');
    expect(within(school).getByText('368,55 €', { selector: '.payslip-social dd' })).toBeVisible();
    expect(within(school).getByText('36,00')).toBeVisible();
    expect(within(school).getByText(/Agent d'entretien · Payé le 30\/09\/2026/)).toBeVisible();
    expect(within(slip('Net Services 93', 'Octobre 2026')).getByText('300,00 €')).toBeVisible();
    expect(
      screen.getAllByRole('article', { name: /^Bulletin de salaire, .*, (Septembre|Octobre) 2026$/ }),
    ).toHaveLength(4);
  });

  it('prints from the card page with « Imprimer »', async () => {
    const { CardPage } = await import('../../src/app/CardPage.tsx');
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    render(<CardPage id="caf-se-connecter" />);
    const button = await screen.findByRole('button', { name: 'Imprimer' });
    expect(screen.getByRole('heading', { level: 1, name: "Carte d'entraînement" })).toBeVisible();
    await userEvent.setup().click(button);
    expect(print).toHaveBeenCalledOnce();
    print.mockRestore();
  });
});
