/**
 * « Documents » on the impots.gouv copy: the avis d'impôt by year, each opened in the practice
 * viewer, shown only from the end of July after the year of income (practice clock); before
 * that, the year's line says when it will be online.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { click, julien, renderImpots, signIn } from './impotsBridge.tsx';

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
});
