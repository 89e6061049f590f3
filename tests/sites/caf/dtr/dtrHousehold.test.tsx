/**
 * The quarterly declaration for other households: two employers in a month (one line each, with
 * its employer), a working child of 16 or more (a page of their own), and amounts typed with a
 * dot for thousands.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Persona } from '../../../../src/lesson/types.ts';
import { CafSite } from '../../../../src/sites/caf/CafSite.tsx';
import { toDtr } from '../../cafSteps.ts';
import { amina, renderWithBridge } from '../../renderWithBridge.tsx';

const month = (name: string) => screen.getByRole('region', { name });
const text = (element: Element) => element.textContent!.replace(/[\u00a0\u202f]/g, ' ');
const heading = () => screen.getByRole('heading', { level: 1 }).textContent;
const dtr = amina.dtr as Record<string, unknown>;

/** Amina, single, with a second employer in September and a son of 17 with a summer job. */
const household = {
  ...amina,
  situation: 'seule',
  enfants: [
    { prenom: 'Inès', naissance: '05/09/2019' },
    { prenom: 'Yanis', naissance: '14/02/2009' },
  ],
  dtr: {
    ...dtr,
    pre_rempli: {
      vous: {
        m3: {
          salaire: [
            { montant: '980,15', payeur: 'Supermarché Les Halles du Nord' },
            { montant: '212,50', payeur: 'Net Services 93' },
          ],
        },
      },
    },
  },
} as Persona;

describe('CAF quarterly declaration: other households', () => {
  it('shows one salary line per employer, each with its own « Modifier »', () => {
    const site = renderWithBridge(<CafSite />, { persona: household });
    toDtr(site);
    const september = month('Septembre 2026');
    expect(within(september).getAllByRole('listitem').map(text)).toEqual([
      'SalairesSupermarché Les Halles du Nord980,15 €Modifier : Salaires (Supermarché Les Halles du Nord), Septembre 2026',
      'SalairesNet Services 93212,50 €Modifier : Salaires (Net Services 93), Septembre 2026',
    ]);
    expect(
      within(september)
        .getAllByRole('button', { name: /^Modifier/ })
        .map((b) => b.dataset.target),
    ).toEqual(['caf.dtr.vous.m3.salaire.modifier', 'caf.dtr.vous.m3.salaire-2.modifier']);
  });

  it('adds a second salary as a line of its own, with its employer and an amount typed « 1.012 »', async () => {
    const site = renderWithBridge(<CafSite />);
    toDtr(site);
    const { user } = site;
    await user.click(
      within(month('Juillet 2026')).getByRole('button', { name: 'Ajouter une ressource : Juillet 2026' }),
    );
    await user.selectOptions(screen.getByLabelText('Type de ressource'), 'salaire');
    await user.type(
      screen.getByLabelText('Nom de l’employeur ou de l’organisme payeur (facultatif)'),
      'Supérette du Canal',
    );
    await user.type(screen.getByLabelText('Montant (en euros)'), '1.012');
    await user.click(screen.getByRole('button', { name: 'Ajouter' }));
    expect(within(month('Juillet 2026')).getAllByText('Salaires')).toHaveLength(2);
    expect(within(month('Juillet 2026')).getAllByRole('listitem').map(text)).toEqual([
      'SalairesSupermarché Les Halles du Nord1 012,40 €Modifier : Salaires (Supermarché Les Halles du Nord), Juillet 2026',
      // The line added has « Supprimer » too; the pre-filled one only « Modifier ».
      'SalairesSupérette du Canal1 012,00 €Modifier : Salaires (Supérette du Canal), Juillet 2026Supprimer : Salaires (Supérette du Canal), Juillet 2026',
    ]);
    expect(site.events).toContainEqual({ action: 'fill', target: 'caf.dtr.add.payer', value: 'Supérette du Canal' });
    expect(
      within(month('Juillet 2026'))
        .getAllByRole('button', { name: /^Modifier/ })
        .map((b) => b.dataset.target),
    ).toEqual(['caf.dtr.vous.m1.salaire.modifier', 'caf.dtr.vous.m1.salaire-2.modifier']);
  });

  it('gives a child of 16 or more a page, where the child’s job is added', async () => {
    const site = renderWithBridge(<CafSite />, { persona: household });
    toDtr(site);
    const { user } = site;
    // Yanis (17) has a page; Inès (7) has none.
    expect(screen.getByText('Étape 1 sur 3')).toBeVisible();
    await user.click(screen.getByLabelText('Non'));
    await user.click(screen.getByRole('button', { name: 'Suivant' }));
    expect(heading()).toBe('Les ressources de votre enfant');
    expect(screen.getByText('Votre enfant : Yanis')).toBeVisible();
    expect(within(month('Août 2026')).getByText('Aucune ressource connue pour ce mois.')).toBeVisible();
    await user.click(within(month('Août 2026')).getByRole('button', { name: 'Ajouter une ressource : Août 2026' }));
    await user.selectOptions(screen.getByLabelText('Type de ressource'), 'salaire');
    await user.type(screen.getByLabelText('Montant (en euros)'), '450,00');
    await user.click(screen.getByRole('button', { name: 'Ajouter' }));
    await user.click(
      within(
        screen.getByRole('group', {
          name: 'Votre enfant a-t-il perçu d’autres ressources que celles indiquées ci-dessus ?',
        }),
      ).getByLabelText('Oui'),
    );
    await user.click(screen.getByRole('button', { name: 'Suivant' }));
    expect(heading()).toBe('Récapitulatif de votre déclaration');
    const yanis = screen.getByRole('region', { name: 'Votre enfant : Yanis' });
    expect(text(within(yanis).getByRole('row', { name: /Août 2026/ }))).toBe('Août 2026Salaires450,00 €');
    expect(site.events.filter((e) => e.target.startsWith('caf.dtr.enfant1'))).toEqual([
      { action: 'click', target: 'caf.dtr.enfant1.m2.ajouter' },
      { action: 'choose', target: 'caf.dtr.enfant1.autres', value: 'oui' },
    ]);
  });
});
