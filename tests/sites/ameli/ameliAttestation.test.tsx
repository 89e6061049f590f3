/**
 * « Mes démarches » → « Attestation de droits » → « Demander mon attestation » → the PDF, as a
 * learner meets it: the choice of the beneficiaries, the document opened in the practice viewer
 * and its text read back from the real PDF (name, NIR with its key, the caisse, the dates from
 * the practice clock), « Mes attestations », and the incident « service momentanément
 * indisponible ».
 */
import { screen } from '@testing-library/react';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import type { Persona } from '../../../src/lesson/types.ts';
import { renderPdf } from '../../../src/sites/framework/documents/renderPdf.ts';
import type { PracticeDocument } from '../../../src/sites/framework/documents/practiceDocument.ts';
import { amina, renderAmeli, signIn, toAttestation } from './ameliBridge.tsx';

async function pdfText(doc: PracticeDocument): Promise<string> {
  const bytes = await renderPdf(doc);
  expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

describe('the attestation de droits', () => {
  it('is asked for from « Mes démarches », for all the beneficiaries, and opens as a PDF with her numbers', async () => {
    const site = renderAmeli({ date: '2026-11-30' });
    site.drive(...signIn);
    await site.user.click(screen.getByRole('button', { name: /^Mes démarches/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mes démarches' })).toHaveFocus();
    await site.user.click(screen.getByRole('button', { name: /^Attestation de droits/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Attestation de droits' })).toHaveFocus();

    // With a child on the account, « Pour qui ? » must be answered.
    await site.user.click(screen.getByRole('button', { name: 'Demander mon attestation' }));
    expect(
      await screen.findByRole('link', { name: 'Veuillez choisir pour qui vous demandez l’attestation.' }),
    ).toBeVisible();
    expect(site.events.at(-1)).toEqual({ action: 'click', target: 'ameli.attestation.demander', ok: false });
    await site.user.click(screen.getByLabelText('Tous les bénéficiaires (Amina BENALI, Inès BENALI)'));
    expect(site.events.at(-1)).toEqual({ action: 'choose', target: 'ameli.attestation.beneficiaires', value: 'tous' });
    await site.user.click(screen.getByRole('button', { name: 'Demander mon attestation' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Votre attestation de droits est prête' }),
    ).toHaveFocus();
    expect(screen.getByText('Attestation de droits à l’assurance maladie, établie le 30/11/2026.')).toBeVisible();
    expect(site.opened).toEqual([]);
    await site.user.click(screen.getByRole('button', { name: 'Télécharger l’attestation (PDF)' }));
    expect(site.events.at(-1)).toEqual({ action: 'click', target: 'ameli.attestation.telecharger' });
    expect(site.opened).toHaveLength(1);
    const doc = site.opened[0]!;
    expect(doc.fileName).toBe('attestation-droits-ameli.pdf');

    const text = await pdfText(doc);
    expect(text).toContain('Attestation de droits à l’assurance maladie');
    expect(text).toContain('Madame Amina BENALI');
    expect(text).toContain('Numéro de sécurité sociale : 2 86 03 75 114 023 63');
    expect(text).toContain('Née le 14/03/1986');
    expect(text).toContain('La CPAM de la Seine-Saint-Denis atteste que');
    expect(text).toContain('Code organisme : 01 931');
    expect(text).toContain('Attestation établie le 30/11/2026.');
    expect(text).toContain('du 30/11/2026 au 29/11/2027');
    expect(text).toContain('Inès BENALI, né(e) le 05/09/2009 — enfant');
    expect(text).toContain("Document d'entraînement — sans valeur officielle");
  });

  it('for the insured person alone, names only her', async () => {
    const site = renderAmeli({ date: '2027-02-28' });
    site.drive(
      ...signIn,
      { action: 'click', target: 'ameli.compte.attestations' },
      { action: 'click', target: 'ameli.attestations.droits' },
      { action: 'choose', target: 'ameli.attestation.beneficiaires', value: 'assure' },
      { action: 'click', target: 'ameli.attestation.demander' },
      { action: 'click', target: 'ameli.attestation.telecharger' },
    );
    const text = await pdfText(site.opened[0]!);
    expect(text).toContain('Madame Amina BENALI');
    expect(text).not.toContain('Inès');
    expect(text).toContain('du 28/02/2027 au 27/02/2028');
  });

  it('asks nothing of someone with no child on the account, and uses the caisse the persona names', async () => {
    const single: Persona = {
      ...amina,
      id: 'test-single',
      enfants: undefined,
      adresse: '3 rue de la Paix, 75002 Paris',
      ameli: { mot_de_passe: 'Coquelicot-2026' },
    };
    const site = renderAmeli({ persona: single });
    site.drive(
      ...signIn,
      { action: 'click', target: 'ameli.compte.demarches' },
      { action: 'click', target: 'ameli.demarches.attestation-droits' },
    );
    expect(screen.queryByRole('group', { name: 'Pour qui ?' })).toBeNull();
    site.drive(
      { action: 'click', target: 'ameli.attestation.demander' },
      { action: 'click', target: 'ameli.attestation.telecharger' },
    );
    const text = await pdfText(site.opened[0]!);
    expect(text).toContain('CPAM de Paris');
    expect(text).toContain('Code organisme : 01 751');
  });

  it('works the same under StrictMode: one document per click', () => {
    const site = renderAmeli({ strict: true });
    site.drive(...toAttestation, { action: 'click', target: 'ameli.attestation.telecharger' });
    expect(site.opened.map((doc) => doc.id)).toEqual(['ameli-attestation-droits']);
    expect(site.events.filter((e) => e.target === 'ameli.attestation.demander')).toEqual([
      { action: 'click', target: 'ameli.attestation.demander' },
    ]);
  });

  it('keeps the attestation asked for across a reload', () => {
    const store: Record<string, unknown> = {};
    const first = renderAmeli({ store, date: '2026-11-30' });
    first.drive(...toAttestation);
    first.unmount();
    const again = renderAmeli({ store, date: '2026-12-03' });
    expect(screen.getByText('Attestation de droits à l’assurance maladie, établie le 30/11/2026.')).toBeVisible();
    again.drive({ action: 'click', target: 'ameli.attestation.telecharger' });
    expect(again.opened[0]!.sections[0]!.lines[0]).toBe('Attestation établie le 30/11/2026.');
  });

  it('incident « service-indisponible »: the request fails once, « Réessayer » brings the learner back', async () => {
    const site = renderAmeli();
    site.drive(
      ...signIn,
      { action: 'click', target: 'ameli.compte.demarches' },
      { action: 'click', target: 'ameli.demarches.attestation-droits' },
      { action: 'choose', target: 'ameli.attestation.beneficiaires', value: 'tous' },
    );
    site.incident('service-indisponible');
    site.clearEvents();
    await site.user.click(screen.getByRole('button', { name: 'Demander mon attestation' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Service momentanément indisponible' })).toHaveFocus();
    expect(site.events).toEqual([{ action: 'click', target: 'ameli.attestation.demander', ok: false }]);
    expect(site.world().incidents ?? []).not.toContain('ameli.service-indisponible');
    await site.user.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Attestation de droits' })).toHaveFocus();
    await site.user.click(screen.getByLabelText(/^Tous les bénéficiaires/));
    await site.user.click(screen.getByRole('button', { name: 'Demander mon attestation' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Votre attestation de droits est prête' }),
    ).toBeVisible();
  });

  it('pages of the account not copied say so, with the way back', async () => {
    const site = renderAmeli();
    site.drive(...signIn);
    for (const tile of ['Mes paiements', 'Messagerie']) {
      await site.user.click(screen.getByRole('button', { name: new RegExp(`^${tile}`) }));
      expect(await screen.findByRole('heading', { level: 1, name: tile })).toHaveFocus();
      expect(screen.getByText(/cette partie du compte ameli n’est pas reproduite/)).toBeVisible();
      await site.user.click(screen.getByRole('button', { name: 'Retour à l’accueil de mon compte' }));
      expect(await screen.findByRole('heading', { level: 1, name: 'Bonjour Amina BENALI' })).toHaveFocus();
    }
    await site.user.click(screen.getByRole('button', { name: /^Mes démarches/ }));
    await site.user.click(screen.getByRole('button', { name: 'Changer d’adresse' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Site d’entraînement : cette démarche n’est pas reproduite.',
    );
  });
});
