// @vitest-environment node
/**
 * The PDFs the impots.gouv copy generates (the avis d'impôt of a year, the avis de situation
 * déclarative after « Signer »), rendered by `renderPdf` and read back with unpdf: a real PDF
 * whose readable text carries the persona's numbers.
 */
import { readFileSync } from 'node:fs';
import { extractText, getDocumentProxy } from 'unpdf';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Persona } from '../../../src/lesson/types.ts';
import { renderPdf } from '../../../src/sites/framework/documents/renderPdf.ts';
import { asdirDocument } from '../../../src/sites/impots/documents/asdirDocument.ts';
import { declaredNotice } from '../../../src/sites/impots/documents/declaredNotice.ts';
import { taxNoticeDocument } from '../../../src/sites/impots/documents/taxNoticeDocument.ts';
import { impotsPersona } from '../../../src/sites/impots/impotsPersona.ts';
import { estimateIncomeTax } from '../../../src/sites/impots/tax/estimateIncomeTax.ts';

const persona = (id: string) => impotsPersona(parse(readFileSync(`content/personas/${id}.yaml`, 'utf8')) as Persona);

async function textOf(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: true });
  return (text as string).replace(/\s+/g, ' ');
}

describe('the impots.gouv PDFs', () => {
  it('the avis d’impôt 2025 of the Martins: numéro fiscal, référence de l’avis, revenu fiscal de référence, parts, tax', async () => {
    const p = persona('famille-martin');
    const bytes = await renderPdf(taxNoticeDocument(p, p.impots.avis[0]!));
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const text = await textOf(bytes);
    expect(text).toContain('Avis d’impôt 2025 sur les revenus de l’année 2024');
    expect(text).toContain('Numéro fiscal : 12 84 619 372 120');
    expect(text).toContain('Numéro fiscal du déclarant 2 : 20 75 390 148 440');
    expect(text).toContain('Référence de l’avis : 2593A04518263');
    expect(text).toContain('Revenu fiscal de référence : 47 520 €');
    expect(text).toContain('Nombre de parts : 3');
    expect(text).toContain('Impôt sur le revenu net : 611 €');
    expect(text).toContain("Document d'entraînement — sans valeur officielle");
  });

  it('the avis de situation déclarative of Gérard: his numbers, the pension declared and the tax estimated', async () => {
    const p = persona('gerard');
    const estimate = estimateIncomeTax({
      incomeYear: 2025,
      couple: false,
      children: 0,
      declarants: [{ salaries: 0, pensions: 19800 }],
    });
    const doc = asdirDocument(p, {
      boxes: ['1AS'],
      amounts: { '1AJ': 0, '1BJ': 0, '1AP': 0, '1BP': 0, '1AS': 19800, '1BS': 0 },
      estimate,
      signedAt: new Date(2026, 3, 20, 10, 12).getTime(),
      reference: '2693A12345678',
      address: p.adresse,
    });
    const text = await textOf(await renderPdf(doc));
    expect(text).toContain('Avis de situation déclarative à l’impôt sur le revenu 2026 (revenus de 2025)');
    expect(text).toContain('Numéro fiscal : 30 16 284 755 456');
    expect(text).toContain('Référence de l’avis : 2693A12345678');
    expect(text).toContain('1AS — Pensions, retraites, rentes : 19 800 €');
    expect(text).toContain('Déclaration signée le 20/04/2026');
    expect(text).toContain(
      `Revenu fiscal de référence : ${Math.round(estimate.netTaxableIncome).toLocaleString('fr-FR').replace(/\s/g, ' ')} €`,
    );
  });

  it('the avis d’impôt 2026 made from Gérard’s signed declaration: his numbers, its own reference, the tax', async () => {
    const p = persona('gerard');
    const estimate = estimateIncomeTax({
      incomeYear: 2025,
      couple: false,
      children: 0,
      declarants: [{ salaries: 0, pensions: 19800 }],
    });
    const notice = declaredNotice(p, estimate, p.adresse);
    expect(notice.reference).toMatch(/^2693A\d{8}$/);
    const text = await textOf(await renderPdf(taxNoticeDocument(p, notice)));
    expect(text).toContain('Avis d’impôt 2026 sur les revenus de l’année 2025');
    expect(text).toContain('Numéro fiscal : 30 16 284 755 456');
    expect(text).toContain(`Référence de l’avis : ${notice.reference}`);
    // 19 800 € − 1 980 € = 17 820 €.
    expect(text).toContain('Revenu fiscal de référence : 17 820 €');
    expect(text).toContain('Nombre de parts : 1');
    expect(text).toContain(`Impôt sur le revenu net : ${estimate.tax} €`);
  });
});
