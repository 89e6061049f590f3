/**
 * « Métier recherché », the list of job titles, by keyboard and by pointer (the ARIA combobox
 * pattern): the titles offered as the learner types, accents and case aside; arrows move through
 * them (`aria-activedescendant`), Enter chooses, Escape closes. Only a title chosen is reported.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderSite } from './siteBridge.tsx';
import { answers, toForm } from './siteSteps.ts';

const target = 'france-travail.inscription.projet.metier';

function atProject() {
  const site = renderSite();
  toForm(site);
  site.drive(...answers.donnees, ...answers.situation, ...answers.experiences, ...answers.formations);
  site.clearEvents();
  const input = screen.getByRole('combobox', { name: 'Métier recherché' });
  return { site, input, user: site.user };
}

const listbox = () => screen.getByRole('listbox', { name: 'Métiers proposés' });
const options = () =>
  within(listbox())
    .getAllByRole('option')
    .map((o) => o.textContent);

describe('the job titles combobox', () => {
  it('offers the titles that match, accents and case aside, and says how many', async () => {
    const { input, user } = atProject();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    await user.type(input, 'EMPLOYE LIBRE');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(input).toHaveAttribute('aria-controls', listbox().id);
    expect(options()).toEqual(['Employé / Employée de libre-service']);
    expect(screen.getByText('1 métier proposé')).toBeInTheDocument();
    await user.clear(input);
    await user.type(input, 'vendeu');
    expect(options().length).toBeGreaterThan(5);
    expect(options().every((title) => title?.startsWith('Vendeur / Vendeuse'))).toBe(true);
  });

  it('by keyboard: arrows move the active title, Enter chooses it and reports it once', async () => {
    const { site, input, user } = atProject();
    await user.type(input, 'libre');
    await user.keyboard('{ArrowDown}');
    const active = document.getElementById(input.getAttribute('aria-activedescendant')!)!;
    expect(active).toHaveTextContent('Employé / Employée de libre-service');
    expect(active).toHaveAttribute('aria-selected', 'true');
    expect(input).toHaveFocus();
    expect(site.events).toEqual([]);
    await user.keyboard('{Enter}');
    expect(input).toHaveValue('Employé / Employée de libre-service');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).not.toHaveAttribute('aria-activedescendant');
    // Enter chose the title: it did not send the form.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Votre projet');
    expect(screen.queryByRole('alert')).toBeNull();
    await user.tab();
    expect(site.events).toEqual([{ action: 'fill', target, value: 'Employé / Employée de libre-service' }]);
  });

  it('by keyboard: the arrows wrap around, Escape closes the list and keeps what was typed', async () => {
    const { site, input, user } = atProject();
    await user.type(input, 'agent d’entretien');
    const count = options().length;
    expect(count).toBeGreaterThanOrEqual(2);
    await user.keyboard('{ArrowUp}');
    expect(document.getElementById(input.getAttribute('aria-activedescendant')!)).toHaveTextContent(
      options()[count - 1]!,
    );
    await user.keyboard('{ArrowDown}');
    expect(document.getElementById(input.getAttribute('aria-activedescendant')!)).toHaveTextContent(options()[0]!);
    await user.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveValue('agent d’entretien');
    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    await user.tab();
    // Text that names no title is never reported.
    expect(site.events).toEqual([]);
  });

  it('by pointer: a click on a title chooses it', async () => {
    const { site, input, user } = atProject();
    await user.type(input, 'caiss');
    await user.click(within(listbox()).getByRole('option', { name: 'Caissier / Caissière' }));
    expect(input).toHaveValue('Caissier / Caissière');
    expect(input).toHaveFocus();
    expect(site.events).toEqual([{ action: 'fill', target, value: 'Caissier / Caissière' }]);
  });

  it('a title typed in full, accents aside, is chosen when the learner leaves the field', async () => {
    const { site, input, user } = atProject();
    await user.type(input, 'caissier / caissiere');
    await user.tab();
    expect(input).toHaveValue('Caissier / Caissière');
    expect(site.events).toEqual([{ action: 'fill', target, value: 'Caissier / Caissière' }]);
  });
});
