/**
 * « Déclarer un changement de situation » on the CAF copy, as a learner does it: Mon profil →
 * « Modifier », a move with its address, commune, date and rent, the proof chosen in the practice
 * « Ouvrir » dialog, the summary, « Valider »; the confirmation with its reference and the
 * dossier's transfer, the receipt read back from its PDF, the e-mail, and Mon profil updated.
 * A birth too, and the other way in, « Déclarer un changement » on Mon Compte.
 */
import { screen, within } from '@testing-library/react';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../../src/sites/framework/documents/renderPdf.ts';
import { renderChangement, type RenderedChangement } from './renderChangement.tsx';

async function toChoice(site: RenderedChangement) {
  site.logIn();
  await site.user.click(screen.getByRole('button', { name: 'Mon profil' }));
  await site.user.click(screen.getByRole('button', { name: /Modifier ma situation/ }));
}

async function fillMove(site: RenderedChangement, date: string) {
  await site.user.click(screen.getByRole('radio', { name: 'Déménagement' }));
  await site.next();
  await site.type('Numéro et libellé de la voie', '5 rue Victor Hugo');
  await site.type('Code postal', '94200');
  await site.user.selectOptions(screen.getByLabelText('Commune'), 'Ivry-sur-Seine');
  await site.type('Date d’emménagement', date);
  await site.user.click(screen.getByRole('radio', { name: 'Locataire' }));
  await site.type('Montant du loyer mensuel (en euros)', '690,00');
  await site.next();
}

describe('declaring a move', () => {
  it('goes from Mon profil to the confirmation, with the receipt, the e-mail and Mon profil updated', async () => {
    const site = renderChangement();
    await toChoice(site);
    expect(site.place()).toBe('changement-choix');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Déclarer un changement de situation');

    await fillMove(site, '21/11/2026');
    expect(site.place()).toBe('changement-demenagement-justificatif');
    // No proof yet: « Suivant » is refused.
    await site.next();
    expect(screen.getAllByText('Ajoutez votre justificatif.').length).toBeGreaterThan(0);
    expect(site.events).toContainEqual({
      action: 'click',
      target: 'caf.changement.demenagement.justificatif.suivant',
      ok: false,
    });
    // Too large, then the lease.
    await site.upload('Ajouter un justificatif', 'scan-bail-complet.pdf');
    expect(await screen.findByText(/est trop volumineux/)).toBeVisible();
    expect(site.events).toContainEqual({
      action: 'upload',
      target: 'caf.changement.demenagement.justificatif.parcourir',
      value: 'scan-bail-complet.pdf',
      ok: false,
    });
    await site.upload('Ajouter un justificatif', 'bail-ivry-sur-seine.pdf');
    expect(site.events).toContainEqual({
      action: 'upload',
      target: 'caf.changement.demenagement.justificatif.parcourir',
      value: 'bail-ivry-sur-seine.pdf',
    });
    await site.next();

    expect(site.place()).toBe('changement-demenagement-recap');
    const summary = screen.getByRole('heading', { name: 'Déménagement' }).closest('section')!;
    expect(summary).toHaveTextContent('5 rue Victor Hugo, 94200 Ivry-sur-Seine');
    expect(summary).toHaveTextContent('21/11/2026');
    expect(summary).toHaveTextContent('690,00');
    expect(summary).toHaveTextContent('bail-ivry-sur-seine.pdf');
    await site.user.click(screen.getByRole('button', { name: 'Valider' }));

    expect(site.place()).toBe('changement-confirmation');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Votre déclaration est terminée');
    expect(screen.getByText(/enregistré le 01\/12\/2026/)).toBeVisible();
    expect(screen.getByText(/nouveau département \(94\)/)).toBeVisible();
    const reference = screen.getByText(/^CHG-2026-\d{6}$/).textContent!;

    const mail = site.world().inbox.find((m) => m.id === 'caf-changement');
    expect(mail?.body).toContain(reference);
    expect(mail?.body).toContain('(94)');

    await site.user.click(screen.getByRole('button', { name: 'Télécharger l’accusé de réception' }));
    const doc = site.opened.at(-1)!;
    const { text } = await extractText(await getDocumentProxy(await renderPdf(doc)), { mergePages: true });
    expect(text).toContain(reference);
    expect(text).toContain('5 rue Victor Hugo, 94200 Ivry-sur-Seine');
    expect(text).toContain('bail-ivry-sur-seine.pdf');
    expect(text).toContain('Numéro allocataire : 4825913');

    await site.user.click(screen.getByRole('button', { name: 'Retour à Mon profil' }));
    expect(site.place()).toBe('profil');
    expect(screen.getByText('5 rue Victor Hugo, 94200 Ivry-sur-Seine')).toBeVisible();
    expect(site.flags()).toContain('changement-envoye');
    await site.user.click(screen.getByRole('button', { name: 'Revoir l’accusé de réception' }));
    expect(site.place()).toBe('changement-confirmation');
  });

  it('refuses a move date in the wrong format or too far ahead, with the error linked to its field', async () => {
    const site = renderChangement();
    await toChoice(site);
    await fillMove(site, '21/11/26');
    expect(site.place()).toBe('changement-demenagement');
    const field = screen.getByLabelText('Date d’emménagement');
    expect(field).toHaveAccessibleDescription(/La date doit être au format JJ\/MM\/AAAA\./);
    await site.type('Date d’emménagement', '15/01/2027');
    await site.next();
    expect(field).toHaveAccessibleDescription(/postérieure de plus de 30 jours/);
    await site.type('Date d’emménagement', '21/11/2026');
    await site.next();
    expect(site.place()).toBe('changement-demenagement-justificatif');
  });
});

describe('declaring a birth', () => {
  it('refuses a date of birth in the future, then adds the child to Mon profil', async () => {
    const site = renderChangement();
    await toChoice(site);
    await site.user.click(screen.getByRole('radio', { name: 'Naissance d’un enfant' }));
    await site.next();
    await site.type('Nom de l’enfant', 'Benali');
    await site.type('Prénom(s) de l’enfant', 'Yanis');
    await site.user.click(screen.getByRole('radio', { name: 'Masculin' }));
    await site.type('Date de naissance', '24/12/2026');
    await site.next();
    expect(screen.getByLabelText('Date de naissance')).toHaveAccessibleDescription(
      /La date de naissance ne peut pas être postérieure à la date du jour\./,
    );
    await site.type('Date de naissance', '24/11/2026');
    await site.next();
    await site.upload('Ajouter un justificatif', 'photo-acte-naissance.heic');
    expect(await screen.findByText(/n’est pas accepté/)).toBeVisible();
    await site.upload('Ajouter un justificatif', 'acte-naissance-yanis.pdf');
    await site.next();
    await site.user.click(screen.getByRole('button', { name: 'Valider' }));
    await site.user.click(screen.getByRole('button', { name: 'Retour à Mon profil' }));
    const children = screen.getByText('Enfants à charge').closest('div')!;
    expect(within(children).getByText('Yanis, né(e) le 24/11/2026')).toBeVisible();
    expect(within(children).getByText('Inès, né(e) le 05/09/2009')).toBeVisible();
  });
});

describe('the other way in', () => {
  it('opens the declaration from « Déclarer un changement » on Mon Compte', async () => {
    const site = renderChangement();
    site.logIn();
    await site.user.click(screen.getByRole('button', { name: 'Déclarer un changement' }));
    expect(site.place()).toBe('changement-choix');
    expect(site.events).toContainEqual({ action: 'click', target: 'caf.espace.declarer-changement' });
  });
});
