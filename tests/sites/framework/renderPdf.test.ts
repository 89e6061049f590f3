// @vitest-environment node
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import type { PracticeDocument } from '../../../src/sites/framework/documents/practiceDocument.ts';
import { printable, renderPdf, wrap } from '../../../src/sites/framework/documents/renderPdf.ts';

const convocation: PracticeDocument = {
  id: 'ft-convocation',
  fileName: 'convocation-france-travail.pdf',
  title: 'Convocation à votre premier entretien',
  issuer: "France Travail — site d'entraînement",
  sections: [
    {
      heading: 'Votre rendez-vous',
      lines: ['Le mardi 8 décembre 2026 à 9 h 30', 'Agence de Saint-Denis, 12 rue Gabriel Péri'],
    },
    {
      heading: 'Pièces à apporter',
      lines: ['Votre pièce d’identité « en cours de validité »', 'Montant : 1 012,40 €'],
    },
  ],
};

async function textOf(bytes: Uint8Array) {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { totalPages, text } = await extractText(pdf, { mergePages: false });
  return { totalPages, pages: text as string[] };
}

describe('renderPdf', () => {
  it('makes a PDF whose text reads back, accents, quotes, € and ’ included', async () => {
    const bytes = await renderPdf(convocation);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const { totalPages, pages } = await textOf(bytes);
    expect(totalPages).toBe(1);
    const text = pages[0]!.replace(/\s+/g, ' ');
    expect(text).toContain('Convocation à votre premier entretien');
    expect(text).toContain("France Travail — site d'entraînement");
    expect(text).toContain('Agence de Saint-Denis, 12 rue Gabriel Péri');
    expect(text).toContain('Votre pièce d’identité « en cours de validité »');
    expect(text).toContain('Montant : 1 012,40 €');
    expect(text).toContain("Document d'entraînement — sans valeur officielle");
  });

  it('wraps long lines and breaks pages, every page marked as a practice document', async () => {
    const long = 'Vous devez vous présenter muni de votre convocation et de vos justificatifs. '.repeat(6);
    const bytes = await renderPdf({ ...convocation, sections: Array.from({ length: 40 }, () => ({ lines: [long] })) });
    const { totalPages, pages } = await textOf(bytes);
    expect(totalPages).toBeGreaterThan(2);
    for (const [index, text] of pages.entries()) {
      expect(text).toContain("Document d'entraînement — sans valeur officielle");
      expect(text).toContain(`Page ${index + 1} / ${totalPages}`);
    }
  });

  it('prints what the standard font lacks as a near character, never failing', async () => {
    const supported = new Set([...'ab ?-'].map((c) => c.codePointAt(0)!));
    expect(printable('a\u202fb\u2011a😀', supported)).toBe('a b-a?');
    const bytes = await renderPdf({ ...convocation, title: 'Rendez-vous\u202f: 9\u2011h 😀 ≥ 2' });
    expect((await textOf(bytes)).pages[0]).toContain('Rendez-vous');
  });

  it('cuts a word longer than the line', () => {
    expect(wrap('aaaaaaaaaa bb', 4, (t) => t.length)).toEqual(['aaaa', 'aaaa', 'aa', 'bb']);
  });
});
