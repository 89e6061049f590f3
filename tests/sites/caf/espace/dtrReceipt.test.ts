// @vitest-environment node
/**
 * What the CAF copy gives once the declaration is sent: its reference (date and time of sending,
 * then 3 digits), the « récapitulatif » as a real PDF (read back with unpdf: the months, the
 * members, the amounts) and the confirmation e-mail.
 */
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { receiptMail } from '../../../../src/sites/caf/cafMails.ts';
import { cafPersona } from '../../../../src/sites/caf/cafPersona.ts';
import { dtrReceiptDocument } from '../../../../src/sites/caf/dtrReceipt.ts';
import { dtrReducer, initialDtr, type DtrState } from '../../../../src/sites/caf/dtrReducer.ts';
import { dtrReference } from '../../../../src/sites/caf/dtrReference.ts';
import { renderPdf } from '../../../../src/sites/framework/documents/renderPdf.ts';
import { amina } from '../../renderWithBridge.tsx';

const p = cafPersona(amina);
/** 12 November 2026, 10:04 on the learner's clock. */
const at = new Date(2026, 10, 12, 10, 4, 30).getTime();

async function textOf(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: true });
  return (text as string).replace(/[\s\u00a0\u202f]+/g, ' ');
}

/** Amina's declaration as the lesson makes it: August corrected, Karim's September job added, sent at `at`. */
function sent(): DtrState {
  let dtr = dtrReducer(initialDtr(p), {
    type: 'modify',
    member: 'vous',
    month: 'm2',
    key: 'salaire',
    cents: 101240,
    reason: 'montant-errone',
    proof: 'bulletin-aout-2026.pdf',
  });
  dtr = dtrReducer(dtr, { type: 'add', member: 'conjoint', month: 'm3', resource: 'independant', cents: 32000 });
  return dtrReducer(dtr, { type: 'submit', reference: dtrReference(at, () => 0.123), at });
}

describe('the reference of a sent declaration', () => {
  it('is the date and time of sending, then 3 digits', () => {
    expect(dtrReference(at, () => 0.123)).toBe('202611121004123');
    expect(dtrReference(at, () => 0)).toBe('202611121004000');
    expect(dtrReference(at, () => 0.9999)).toMatch(/^202611121004999$/);
  });
});

describe('the récapitulatif (PDF)', () => {
  it('does not exist before the declaration is sent', () => {
    expect(dtrReceiptDocument(p, initialDtr(p))).toBeNull();
  });

  it('reads back with the date, the reference, each member’s resources per month', async () => {
    const doc = dtrReceiptDocument(p, sent())!;
    expect(doc.fileName).toBe('recapitulatif-declaration-trimestrielle-202611121004123.pdf');
    const bytes = await renderPdf(doc);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const text = await textOf(bytes);
    for (const line of [
      'Récapitulatif de votre déclaration trimestrielle de ressources',
      'Allocataire : Amina Benali',
      'Numéro allocataire : 4825913',
      'Période déclarée : juillet, août et septembre 2026',
      'Déclaration transmise le 12/11/2026 à 10:04',
      'Référence : 202611121004123',
      'Vos ressources (Amina)',
      'Juillet 2026 — Salaires (Supermarché Les Halles du Nord) : 1 012,40 €',
      'Août 2026 — Salaires (Supermarché Les Halles du Nord) : 1 012,40 €',
      'Septembre 2026 — Salaires (Supermarché Les Halles du Nord) : 980,15 €',
      'Ressources de votre conjoint (Karim)',
      'Septembre 2026 — Allocations chômage (France Travail) : 845,60 €',
      'Septembre 2026 — Revenus d’activité indépendante : 320,00 €',
      "Document d'entraînement — sans valeur officielle",
    ])
      expect(text).toContain(line);
  });

  it('has no partner’s part for a person alone, and says when a month had nothing', async () => {
    const alone = cafPersona({
      ...amina,
      situation: 'seule',
      dtr: { ...p.dtr, pre_rempli: { vous: { m1: { salaire: '500' } } } },
    });
    const dtr = dtrReducer(initialDtr(alone), { type: 'submit', reference: '202611121004123', at });
    const text = await textOf(await renderPdf(dtrReceiptDocument(alone, dtr)!));
    expect(text).not.toContain('conjoint');
    expect(text).toContain('Août 2026 : aucune ressource');
  });
});

describe('the confirmation e-mail', () => {
  it('comes from caf.fr, names the person, the period, the time and the reference', () => {
    const mail = receiptMail(p, '202611121004123', at);
    expect(mail).toMatchObject({
      id: 'caf-accuse',
      from: 'caf.fr',
      subject: 'Confirmation de votre déclaration trimestrielle de ressources',
      receivedAt: at,
      read: false,
      folder: 'inbox',
    });
    expect(mail.body.split('\n\n')).toEqual([
      'Bonjour Amina Benali,',
      'Nous avons bien reçu votre déclaration trimestrielle de ressources pour juillet, août et septembre 2026, transmise le 12/11/2026 à 10:04.',
      'Référence de votre déclaration : 202611121004123',
      'Le récapitulatif de votre déclaration est disponible dans votre espace Mon Compte, rubrique « Mes ressources ».',
      'Cordialement,\nVotre Caf',
      'Ce courriel est envoyé automatiquement, merci de ne pas y répondre.',
    ]);
  });
});
