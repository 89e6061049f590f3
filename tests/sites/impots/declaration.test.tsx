/**
 * The annual declaration on the impots.gouv copy: « Déclarer mes revenus », civil status and
 * address, the pre-filled income corrected or completed (« Ajouter des revenus »), the summary with the estimated tax (from
 * `estimateIncomeTax`), « Signer », the acknowledgement, the mail and the ASDIR; leaving before
 * signing keeps it unsigned; « Corriger » reopens it; the campaign's dates on the practice clock.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { wholeEuros } from '../../../src/sites/impots/documents/wholeEuros.ts';
import { estimateIncomeTax } from '../../../src/sites/impots/tax/estimateIncomeTax.ts';
import type { DriverAction } from '../../../src/sites/framework/driver.ts';
import { click, fill, flags, gerard, julien, gerardIds, renderImpots, signIn } from './impotsBridge.tsx';

const choose = (target: string, value: string): DriverAction => ({ action: 'choose', target, value });
/** The store of a run where Gérard's space was created and activated before. */
const gerardStore = () => ({
  'impots.state': {
    space: {
      status: 'active',
      email: 'gerard.lefevre@messagerie-entrainement.fr',
      password: gerardIds.password,
      linkId: 'x',
      linkExpired: false,
    },
    declaration: { started: false, amounts: {}, added: [], address: null, signed: null, corrected: false },
  },
});

const title = () => screen.getByRole('heading', { level: 1 });
const alertText = () =>
  screen
    .getAllByRole('alert')
    .map((a) => a.textContent)
    .join(' | ');

describe('declaring the income', () => {
  it('checks page 1, corrects a salary, shows the estimate, signs: acknowledgement, mail, ASDIR', () => {
    const site = renderImpots();
    signIn(site, julien.nif, julien.password);
    expect(screen.getByText('Votre déclaration de revenus 2025 est disponible.')).toBeVisible();
    site.drive(click('impots.espace.declarer'));
    expect(title()).toHaveTextContent('État civil et situation du foyer');
    expect(screen.getByText('Déclaration des revenus 2025')).toBeVisible();
    expect(screen.getByLabelText('Déclarant 1')).toHaveTextContent('Numéro fiscal : 12 84 619 372 120');
    expect(screen.getByLabelText('Déclarant 2')).toHaveTextContent('Numéro fiscal : 20 75 390 148 440');
    expect(screen.getByText('Situation de famille : Marié(e)')).toBeVisible();
    expect(screen.getByText(/Léa MARTIN, né\(e\) le 14\/09\/2015/)).toBeVisible();
    // The address: « Modifier », a wrong postcode, then a new address kept.
    site.drive(click('impots.declaration.etat-civil.modifier-adresse'));
    site.drive(fill('impots.declaration.adresse.code-postal', '931'), click('impots.declaration.adresse.valider'));
    expect(alertText()).toContain('Le code postal doit comporter 5 chiffres.');
    site.drive(
      fill('impots.declaration.adresse.voie', '4 rue des Lilas'),
      fill('impots.declaration.adresse.code-postal', '93100'),
      click('impots.declaration.adresse.valider'),
    );
    expect(screen.getByText(/4 rue des Lilas/)).toBeVisible();
    site.drive(click('impots.declaration.suivant'));
    expect(title()).toHaveTextContent('Revenus et charges');
    const salary2 = screen.getByLabelText(/1BJ — Salaires — Déclarant 2 \(Sophie\)/);
    expect(salary2).toHaveValue('18960');
    expect(salary2).toHaveAccessibleDescription(expect.stringContaining('Montant pré-rempli : 18'));
    site.drive(fill('impots.declaration.revenus.1bj', '22 610,50'), click('impots.declaration.suivant'));
    expect(alertText()).toContain('1BJ : Le montant doit être saisi en euros, sans les centimes.');
    expect(site.events.at(-1)).toMatchObject({ target: 'impots.declaration.suivant', ok: false });
    site.drive(fill('impots.declaration.revenus.1bj', '22 610'));
    expect(screen.getByText('Montant modifié')).toBeVisible();
    site.drive(click('impots.declaration.suivant'));
    expect(title()).toHaveTextContent('Récapitulatif');
    const estimate = estimateIncomeTax({
      incomeYear: 2025,
      couple: true,
      children: 2,
      declarants: [
        { salaries: 31240, pensions: 0 },
        { salaries: 22610, pensions: 0 },
      ],
    });
    const box = screen.getByText('Impôt à payer').parentElement!;
    expect(box.textContent).toContain(wholeEuros(estimate.tax));
    expect(screen.getByText('Nombre de parts').parentElement).toHaveTextContent(/^Nombre de parts3$/);
    expect(within(screen.getByRole('table')).getByText('1BJ').closest('tr')).toHaveTextContent('22 610');
    expect(flags()).toContain('declaration-started');
    expect(flags()).not.toContain('declaration-signed');
    site.drive(click('impots.declaration.signer'));
    expect(title()).toHaveTextContent('Accusé de réception');
    expect(screen.getByText('Votre déclaration a bien été signée.')).toBeVisible();
    expect(screen.getByText('Numéro de déclaration').nextElementSibling!.textContent).toMatch(/^\d{14}$/);
    expect(screen.getByText(/le 20\/04\/2026 à \d\d:\d\d/)).toBeVisible();
    const receipt = site.world().inbox.find((m) => m.id === 'impots-accuse')!;
    expect(receipt.subject).toBe('Accusé de réception de votre déclaration de revenus 2025');
    site.drive(click('impots.accuse.asdir'));
    const asdir = site.opened.at(-1)!;
    expect(asdir.fileName).toBe('avis-situation-declarative-2026.pdf');
    const lines = asdir.sections.flatMap((s) => s.lines).join('\n');
    expect(lines).toContain('Numéro fiscal : 12 84 619 372 120');
    expect(lines).toMatch(/Référence de l’avis : 2693A\d{8}/);
    expect(lines).toContain('1BJ — Salaires : 22');
    expect(lines).toContain('4 rue des Lilas, 93100');
    site.drive(click('impots.accuse.accueil'));
    expect(screen.getByText(/^Déclaration signée le 20\/04\/2026 à/)).toBeVisible();
    expect(flags()).toContain('declaration-signed');
    site.drive(click('impots.menu.documents'));
    site.drive(click('impots.documents.asdir'));
    expect(site.opened.at(-1)!.fileName).toBe('avis-situation-declarative-2026.pdf');
  });

  it('keeps only accepted amounts: a refused one is gone once the page is left, and « Étape suivante » works again', () => {
    const site = renderImpots();
    signIn(site, julien.nif, julien.password);
    site.drive(click('impots.espace.declarer'), click('impots.declaration.suivant'));
    site.drive(fill('impots.declaration.revenus.1aj', '0,00'), click('impots.declaration.suivant'));
    expect(alertText()).toContain('1AJ : Le montant doit être saisi en euros, sans les centimes.');
    expect(screen.queryByText('Montant modifié')).toBeNull();
    site.drive(click('impots.declaration.precedent'), click('impots.declaration.suivant'));
    expect(screen.getByLabelText(/1AJ — Salaires — Déclarant 1/)).toHaveValue('31240');
    site.drive(click('impots.declaration.suivant'));
    expect(title()).toHaveTextContent('Récapitulatif');
  });

  it('leaving before « Signer » keeps the declaration unsigned, with what was typed, across a reload', () => {
    const store: Record<string, unknown> = {};
    const site = renderImpots({ store });
    signIn(site, julien.nif, julien.password);
    site.drive(click('impots.espace.declarer'), click('impots.declaration.suivant'));
    site.drive(fill('impots.declaration.revenus.1bj', '22610'), click('impots.declaration.suivant'));
    site.drive(click('impots.menu.accueil'));
    expect(screen.getByText('Déclaration en cours, non signée')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Reprendre ma déclaration' })).toBeVisible();
    site.unmount();
    const again = renderImpots({ store, world: site.world() });
    expect(screen.getByText('Déclaration en cours, non signée')).toBeVisible();
    again.drive(click('impots.espace.declarer'), click('impots.declaration.suivant'));
    expect(screen.getByLabelText(/1BJ/)).toHaveValue('22610');
  });

  it('« Corriger ma déclaration en ligne » reopens it before the deadline; it must be signed again', () => {
    const site = renderImpots();
    signIn(site, julien.nif, julien.password);
    site.drive(
      click('impots.espace.declarer'),
      click('impots.declaration.suivant'),
      click('impots.declaration.suivant'),
      click('impots.declaration.signer'),
      click('impots.accuse.accueil'),
      click('impots.espace.corriger'),
    );
    expect(title()).toHaveTextContent('État civil et situation du foyer');
    site.drive(click('impots.menu.accueil'));
    expect(screen.getByText('Déclaration en cours, non signée')).toBeVisible();
  });

  it('a retiree: only the pension box, pre-filled right, and a tax reduced by the décote', () => {
    // Gérard has no space yet: the test gives him one, as if created and activated before.
    const store = {
      'impots.state': {
        space: {
          status: 'active',
          email: 'gerard.lefevre@messagerie-entrainement.fr',
          password: gerardIds.password,
          linkId: 'x',
          linkExpired: false,
        },
        declaration: { started: false, amounts: {}, added: [], address: null, signed: null, corrected: false },
      },
    };
    const again = renderImpots({ persona: gerard, store });
    signIn(again, gerardIds.nif, gerardIds.password);
    again.drive(click('impots.espace.declarer'), click('impots.declaration.suivant'));
    expect(screen.getAllByRole('textbox')).toHaveLength(1);
    expect(screen.getByLabelText(/1AS — Pensions, retraites, rentes — Déclarant 1/)).toHaveValue('19800');
    again.drive(click('impots.declaration.suivant'));
    const estimate = estimateIncomeTax({
      incomeYear: 2025,
      couple: false,
      children: 0,
      declarants: [{ salaries: 0, pensions: 19800 }],
    });
    expect(estimate.decote).toBeGreaterThan(0);
    expect(screen.getByText('Impôt à payer').parentElement!.textContent).toContain(wholeEuros(estimate.tax));
  });

  it('before April, the declaration is not open yet; after the deadline « Corriger » is gone', () => {
    const site = renderImpots({ date: '2026-03-10' });
    signIn(site, julien.nif, julien.password);
    expect(screen.getByText('La déclaration en ligne des revenus 2025 sera ouverte en avril 2026.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Déclarer mes revenus' })).toBeNull();
    expect(flags()).not.toContain('campagne-ouverte');
  });
});

describe('completing the income: « Ajouter des revenus »', () => {
  const options = () =>
    [...screen.getByLabelText('Case à ajouter').querySelectorAll('option')].map((o) => o.value).filter(Boolean);

  it('adds a box the site did not pre-fill, checks its amount, counts it in the estimate, the summary and the ASDIR', () => {
    const site = renderImpots();
    signIn(site, julien.nif, julien.password);
    site.drive(click('impots.espace.declarer'), click('impots.declaration.suivant'));
    // Only the boxes not shown yet are offered: neither 1AJ nor 1BJ, which are pre-filled.
    expect(options()).toEqual(['1AP', '1BP', '1AS', '1BS']);
    site.drive(click('impots.declaration.revenus.ajouter'));
    expect(alertText()).toContain('Choisissez la case à ajouter.');
    expect(site.events.at(-1)).toMatchObject({ target: 'impots.declaration.revenus.ajouter', ok: false });
    expect(screen.queryByLabelText(/1AP/)).toBeNull();
    site.drive(choose('impots.declaration.revenus.case', '1AP'), click('impots.declaration.revenus.ajouter'));
    const added = screen.getByLabelText('1AP — Allocations chômage — Déclarant 1 (Julien)');
    expect(added).toHaveValue('');
    expect(added).toHaveFocus();
    expect(added).toHaveAccessibleDescription('Case ajoutée : non pré-remplie');
    expect(options()).toEqual(['1BP', '1AS', '1BS']);
    // The same checks as a pre-filled box.
    site.drive(fill('impots.declaration.revenus.1ap', '2 400,50'), click('impots.declaration.suivant'));
    expect(alertText()).toContain('1AP : Le montant doit être saisi en euros, sans les centimes.');
    site.drive(fill('impots.declaration.revenus.1ap', '-2400'), click('impots.declaration.suivant'));
    expect(alertText()).toContain('1AP : Le montant ne peut pas être négatif.');
    site.drive(fill('impots.declaration.revenus.1ap', '2 400'), click('impots.declaration.suivant'));
    expect(title()).toHaveTextContent('Récapitulatif');
    expect(within(screen.getByRole('table')).getByText('1AP').closest('tr')).toHaveTextContent(
      /Allocations chômage — Déclarant 1\s*2\s400\s€/,
    );
    // Unemployment benefits are taxed with the salaries (10 % deduction): 31 240 + 2 400 for Julien.
    const estimate = estimateIncomeTax({
      incomeYear: 2025,
      couple: true,
      children: 2,
      declarants: [
        { salaries: 31240 + 2400, pensions: 0 },
        { salaries: 18960, pensions: 0 },
      ],
    });
    const without = estimateIncomeTax({
      incomeYear: 2025,
      couple: true,
      children: 2,
      declarants: [
        { salaries: 31240, pensions: 0 },
        { salaries: 18960, pensions: 0 },
      ],
    });
    expect(estimate.tax).not.toBe(without.tax);
    expect(screen.getByText('Salaires, pensions et rentes déclarés').parentElement).toHaveTextContent(/52\s600/);
    expect(screen.getByText('Impôt à payer').parentElement!.textContent).toContain(wholeEuros(estimate.tax));
    site.drive(click('impots.declaration.signer'), click('impots.accuse.asdir'));
    const lines = site.opened
      .at(-1)!
      .sections.flatMap((section) => section.lines)
      .join('\n');
    expect(lines).toMatch(/1AP — Allocations chômage : 2\s400\s€/);
    expect(lines).toContain(`Impôt sur le revenu : ${wholeEuros(estimate.tax)}`);
  });

  it('keeps an added box across a reload; an added box left empty counts as 0 €', () => {
    const store: Record<string, unknown> = {};
    const site = renderImpots({ store });
    signIn(site, julien.nif, julien.password);
    site.drive(click('impots.espace.declarer'), click('impots.declaration.suivant'));
    site.drive(choose('impots.declaration.revenus.case', '1BS'), click('impots.declaration.revenus.ajouter'));
    site.unmount();
    // The reload comes back to « Revenus et charges », the added box still there.
    const again = renderImpots({ store, world: site.world() });
    expect(title()).toHaveTextContent('Revenus et charges');
    expect(screen.getByLabelText(/1BS — Pensions, retraites, rentes — Déclarant 2 \(Sophie\)/)).toHaveValue('');
    again.drive(click('impots.declaration.suivant'));
    expect(within(screen.getByRole('table')).getByText('1BS').closest('tr')).toHaveTextContent(/0\s€/);
    expect(screen.getByText('Salaires, pensions et rentes déclarés').parentElement).toHaveTextContent(/50\s200/);
  });

  it('offers a person alone only the boxes of declarant 1', () => {
    const site = renderImpots({ persona: gerard, store: gerardStore() });
    signIn(site, gerardIds.nif, gerardIds.password);
    site.drive(click('impots.espace.declarer'), click('impots.declaration.suivant'));
    expect(options()).toEqual(['1AJ', '1AP']);
    site.drive(
      choose('impots.declaration.revenus.case', '1AJ'),
      click('impots.declaration.revenus.ajouter'),
      fill('impots.declaration.revenus.1aj', '3000'),
      click('impots.declaration.suivant'),
    );
    const estimate = estimateIncomeTax({
      incomeYear: 2025,
      couple: false,
      children: 0,
      declarants: [{ salaries: 3000, pensions: 19800 }],
    });
    expect(screen.getByText('Revenu net imposable').parentElement!.textContent).toContain(
      wholeEuros(estimate.netTaxableIncome),
    );
  });
});
