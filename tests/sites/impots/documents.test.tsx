/**
 * « Documents » on the impots.gouv copy: the avis d'impôt by year, each opened in the practice
 * viewer, shown only from the end of July after the year of income (practice clock); before
 * that, the year's line says when it will be online. Once the practice clock is past 31 July, the
 * avis on the income just declared is there too, made from the signed declaration (or the
 * persona's own, when it has one for that year).
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Persona } from '../../../src/lesson/types.ts';
import { wholeEuros } from '../../../src/sites/impots/documents/wholeEuros.ts';
import { estimateIncomeTax } from '../../../src/sites/impots/tax/estimateIncomeTax.ts';
import { click, fill, julien, martin, renderImpots, signIn, type RenderedImpots } from './impotsBridge.tsx';

const day = 86_400_000;
const linesOf = (site: RenderedImpots) => site.opened.at(-1)!.sections.flatMap((s) => s.lines);

/** Declares with 1BJ corrected to 22 610 € and a new address, then signs (20 April 2026). */
function declareAndSign(site: RenderedImpots) {
  signIn(site, julien.nif, julien.password);
  site.drive(
    click('impots.espace.declarer'),
    click('impots.declaration.etat-civil.modifier-adresse'),
    fill('impots.declaration.adresse.voie', '4 rue des Lilas'),
    fill('impots.declaration.adresse.code-postal', '93100'),
    fill('impots.declaration.adresse.commune', 'Montreuil'),
    click('impots.declaration.adresse.valider'),
    click('impots.declaration.suivant'),
    fill('impots.declaration.revenus.1bj', '22610'),
    click('impots.declaration.suivant'),
    click('impots.declaration.signer'),
    click('impots.accuse.accueil'),
  );
}

describe('the tax notices in « Documents »', () => {
  it('lists the avis 2025 and 2024 to open; the avis 2026 is announced for the end of July', () => {
    const site = renderImpots();
    signIn(site, julien.nif, julien.password);
    site.drive(click('impots.menu.documents'));
    expect(
      screen.getByText('Avis d’impôt 2026 sur les revenus 2025 : disponible à partir de fin juillet 2026.'),
    ).toBeVisible();
    site.drive(click('impots.documents.avis.2025'));
    const avis = site.opened.at(-1)!;
    expect(avis.fileName).toBe('avis-impot-2025.pdf');
    const text = avis.sections.flatMap((s) => s.lines).join('\n');
    expect(text).toContain('Numéro fiscal : 12 84 619 372 120');
    expect(text).toContain('Référence de l’avis : 2593A04518263');
    expect(text).toMatch(/Revenu fiscal de référence : 47\s520\s€/);
    site.drive(click('impots.documents.avis.2024'));
    expect(site.opened.at(-1)!.sections.flatMap((s) => s.lines)).toContain('Référence de l’avis : 2493A03917450');
  });

  it('in June 2025, the avis on the income of 2024 is not online yet', () => {
    const site = renderImpots({ date: '2025-06-15' });
    signIn(site, julien.nif, julien.password);
    site.drive(click('impots.menu.documents'));
    expect(
      screen.getByText('Avis d’impôt 2025 sur les revenus 2024 : disponible à partir de fin juillet 2025.'),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: /Avis d’impôt 2025/ })).toBeNull();
    expect(screen.getByRole('button', { name: /Avis d’impôt 2024 sur les revenus 2023/ })).toBeVisible();
  });

  it('after 31 July, the avis 2026 is online, made from the signed declaration, as a PDF like the others', () => {
    const site = renderImpots();
    declareAndSign(site);
    site.drive(click('impots.menu.documents'));
    expect(
      screen.getByText(/Avis d’impôt 2026 sur les revenus 2025 : disponible à partir de fin juillet 2026/),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: /Avis d’impôt 2026/ })).toBeNull();
    // 20 April → 2 August 2026 on the practice clock.
    site.later(104 * day);
    site.drive(click('impots.menu.accueil'), click('impots.menu.documents'));
    expect(screen.queryByText(/disponible à partir de/)).toBeNull();
    site.drive(click('impots.documents.avis.2026'));
    const avis = site.opened.at(-1)!;
    expect(avis.fileName).toBe('avis-impot-2026.pdf');
    expect(avis.title).toBe('Avis d’impôt 2026 sur les revenus de l’année 2025');
    const estimate = estimateIncomeTax({
      incomeYear: 2025,
      couple: true,
      children: 2,
      declarants: [
        { salaries: 31240, pensions: 0 },
        { salaries: 22610, pensions: 0 },
      ],
    });
    const text = linesOf(site).join('\n');
    expect(text).toContain('Numéro fiscal : 12 84 619 372 120');
    expect(text).toContain('Numéro fiscal du déclarant 2 : 20 75 390 148 440');
    expect(text).toMatch(/Référence de l’avis : 2693A\d{8}/);
    // Its own reference, not the ASDIR's.
    site.drive(click('impots.documents.asdir'));
    const asdirReference = linesOf(site).find((l) => l.startsWith('Référence de l’avis'));
    expect(text).not.toContain(asdirReference);
    expect(text).toContain('4 rue des Lilas, 93100 MONTREUIL');
    // (31 240 − 3 124) + (22 610 − 2 261) = 48 465 €: the estimate's revenu net imposable.
    expect(estimate.netTaxableIncome).toBe(48_465);
    expect(text).toContain(`Revenu fiscal de référence : ${wholeEuros(48_465)}`);
    expect(text).toContain('Nombre de parts : 3');
    expect(text).toContain(`Impôt sur le revenu net : ${wholeEuros(estimate.tax)}`);
    // The older avis are still there.
    expect(screen.getByRole('button', { name: /Avis d’impôt 2025 sur les revenus 2024/ })).toBeVisible();
  });

  it('after 31 July, a declaration never signed has no avis; a persona’s own avis of that year is shown', () => {
    const site = renderImpots({ date: '2026-08-03' });
    signIn(site, julien.nif, julien.password);
    site.drive(click('impots.menu.documents'));
    expect(screen.queryByText(/Avis d’impôt 2026/)).toBeNull();
    expect(screen.queryByRole('heading', { name: '2026' })).toBeNull();
    site.unmount();
    const impots = martin.impots as { avis: unknown[] };
    const withNotice: Persona = {
      ...martin,
      impots: {
        ...impots,
        avis: [
          { revenus_de: 2025, reference: '2693A01234567', revenu_fiscal_reference: '48 465', impot: '1 078', parts: 3 },
          ...impots.avis,
        ],
      },
    };
    const again = renderImpots({ date: '2026-08-03', persona: withNotice });
    signIn(again, julien.nif, julien.password);
    again.drive(click('impots.menu.documents'), click('impots.documents.avis.2026'));
    expect(linesOf(again)).toContain('Référence de l’avis : 2693A01234567');
    expect(linesOf(again)).toContain('27 avenue Pasteur, 93100 Montreuil');
  });
});
