/**
 * The prime d'activité claim in the CAF site, as a learner makes it: from Mon Compte, the
 * household pre-filled, the three months before the practice month, amounts refused as the real
 * site words it, the IBAN checked with its key, a payslip chosen in the practice « Ouvrir »
 * dialog, the summary, « Valider », the mail, and the receipt opened as a PDF read back.
 */
import { act, screen, within } from '@testing-library/react';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import type { TargetId } from '../../../../src/lesson/types.ts';
import { bringBack } from '../../../../src/player/bringBack.ts';
import { perform } from '../../../../src/sites/framework/driver.ts';
import { renderPdf } from '../../../../src/sites/framework/documents/renderPdf.ts';
import { registry } from '../../../../src/sites/registry.ts';
import { renderDemande, toFoyer, toRecapitulatif, type RenderedDemande } from './renderDemande.tsx';

/** The guide's « Montre-moi » way back to `goal`, on the CAF's map. */
function walkTo(site: RenderedDemande, goal: TargetId): Promise<boolean> {
  return bringBack({
    root: site.container,
    goal,
    registry,
    preferred: [],
    perform: (step) => act(() => perform(site.container, { action: step.action, target: step.target })),
  });
}

const next = () => screen.getByRole('button', { name: 'Suivant' });

async function textOf(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: true });
  return (text as string).replace(/\s+/g, ' ');
}

describe('the prime d’activité claim from Mon Compte', () => {
  it('opens from « Faire une demande de prestation », then « Prime d’activité »', async () => {
    const site = renderDemande();
    site.logIn();
    await site.user.click(screen.getByRole('button', { name: 'Faire une demande de prestation' }));
    expect(site.place()).toBe('demande-liste');
    await site.user.click(screen.getByRole('button', { name: /^Prime d’activité/ }));
    expect(screen.getByRole('heading', { level: 1, name: 'Demande de prime d’activité' })).toHaveFocus();
    expect(screen.getByText(/juillet 2026, août 2026 et septembre 2026/)).toBeVisible();
  });

  it('shows the household the CAF knows, and asks whether it is right', async () => {
    const site = renderDemande();
    toFoyer(site);
    expect(screen.getByText('Karim Benali, né(e) le 22/01/1983')).toBeVisible();
    expect(screen.getByText('Inès, né(e) le 05/09/2019')).toBeVisible();
    await site.user.click(next());
    expect(screen.getByRole('link', { name: 'Indiquez si ces informations sont exactes.' })).toBeVisible();
    expect(site.events.at(-1)).toEqual({ action: 'click', target: 'caf.demande.suivant', ok: false });
    await site.user.click(screen.getByRole('radio', { name: 'Oui' }));
    await site.user.click(next());
    expect(site.place()).toBe('demande-ressources-vous');
  });

  it('asks the three months before the practice month, and refuses an amount as the site words it', async () => {
    const site = renderDemande();
    toFoyer(site);
    site.drive(...toRecapitulatif.slice(0, 2));
    const months = screen.getAllByRole('group').map((g) => g.querySelector('legend')?.textContent);
    expect(months).toEqual(['Juillet 2026', 'Août 2026', 'Septembre 2026']);
    const [july] = screen.getAllByLabelText('Salaires (montant net social) (en euros)');
    await site.user.type(july!, '1012,4O');
    await site.user.click(next());
    const message =
      'Juillet 2026, salaires (montant net social) : le montant doit être un nombre, sans lettres, par exemple 1 250,50.';
    expect(screen.getByRole('link', { name: message })).toBeVisible();
    expect(july).toHaveAccessibleDescription(message);
    expect(site.place()).toBe('demande-ressources-vous');
  });

  it('refuses an IBAN without its key, or with a wrong one, and takes the RIB’s', async () => {
    const site = renderDemande();
    toFoyer(site);
    site.drive(...toRecapitulatif.slice(0, 11));
    expect(site.place()).toBe('demande-banque');
    const iban = screen.getByLabelText('IBAN');
    await site.user.type(iban, 'FR76 1789 9009 1200 0731 5429 8');
    await site.user.type(screen.getByLabelText('BIC'), 'BENTFRPPXXX');
    await site.user.click(next());
    expect(iban).toHaveAccessibleDescription(
      expect.stringContaining('L’IBAN saisi est incomplet ou trop long. Un IBAN français comporte 27 caractères.'),
    );
    await site.user.clear(iban);
    await site.user.type(iban, 'FR76 1789 9009 1200 0731 5429 812');
    await site.user.click(next());
    expect(iban).toHaveAccessibleDescription(
      expect.stringContaining('Cet IBAN n’est pas valide. Vérifiez-le sur votre RIB.'),
    );
    await site.user.clear(iban);
    await site.user.type(iban, 'fr7617899009120007315429811');
    await site.user.click(next());
    expect(site.place()).toBe('demande-justificatifs');
  });

  it('takes a payslip from the practice computer, refuses a file too large, and needs one file', async () => {
    const site = renderDemande();
    toFoyer(site);
    site.drive(...toRecapitulatif);
    await site.user.click(next());
    expect(screen.getByRole('link', { name: 'Ajoutez au moins un justificatif.' })).toBeVisible();
    await site.upload('Ajouter un fichier', 'scan-bulletin-septembre-grand.pdf');
    expect(await screen.findByText(/dépasse la taille maximale de 5 Mo/)).toBeVisible();
    expect(site.events).toContainEqual({
      action: 'upload',
      target: 'caf.demande.justificatifs.ajouter',
      value: 'scan-bulletin-septembre-grand.pdf',
      ok: false,
    });
    await site.upload('Ajouter un fichier', 'bulletin-septembre-2026.pdf');
    const files = screen.getByRole('list', { name: 'Fichiers ajoutés' });
    expect(within(files).getByText('bulletin-septembre-2026.pdf (168 Ko)')).toBeVisible();
    expect(site.events).toContainEqual({
      action: 'upload',
      target: 'caf.demande.justificatifs.ajouter',
      value: 'bulletin-septembre-2026.pdf',
    });
    await site.user.click(next());
    expect(site.place()).toBe('demande-recapitulatif');
  });

  it('sends the claim once certified: confirmation, mail, and a PDF receipt with the amounts', async () => {
    const site = renderDemande();
    toFoyer(site);
    site.drive(...toRecapitulatif);
    await site.upload('Ajouter un fichier', 'bulletin-septembre-2026.pdf');
    await site.user.click(next());
    expect(screen.getAllByText('1 012,40 €')).toHaveLength(2);
    expect(screen.getByText('320,00 €')).toBeVisible();
    const validate = screen.getByRole('button', { name: 'Valider ma demande' });
    await site.user.click(validate);
    expect(screen.getByRole('alert')).toHaveTextContent('Cochez la case pour certifier');
    expect(site.place()).toBe('demande-recapitulatif');
    await site.user.click(screen.getByRole('checkbox', { name: /Je certifie sur l’honneur/ }));
    await site.user.click(validate);
    expect(site.place()).toBe('demande-confirmation');
    expect(screen.getByRole('heading', { level: 1, name: 'Votre demande a bien été envoyée' })).toHaveFocus();
    expect(screen.getByText(/enregistrée le 05\/10\/2026 à/)).toBeVisible();
    const reference = screen.getByText(/^PA-2026-/).textContent!;
    const mail = site.world().inbox.find((m) => m.id === 'caf-accuse-demande');
    expect(mail?.body).toContain(reference);
    await site.user.click(screen.getByRole('button', { name: 'Télécharger l’accusé de réception' }));
    expect(site.opened).toHaveLength(1);
    const bytes = await renderPdf(site.opened[0]!);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const text = await textOf(bytes);
    expect(text).toContain(`Numéro de référence : ${reference}`);
    expect(text).toContain('Conjoint : Karim Benali');
    expect(text).toContain('Juillet 2026 : Salaires (montant net social) 1 012,40 €');
    expect(text).toContain(
      'Septembre 2026 : Salaires (montant net social) 0,00 € ; Revenus d’une activité indépendante 320,00 € ; Allocations chômage 845,60 €',
    );
    expect(text).toContain('IBAN : FR76 **** **** **** **** **** 811');
    expect(text).toContain('bulletin-septembre-2026.pdf');
    expect(text).toContain("Document d'entraînement — sans valeur officielle");
  });

  it('is found again by the way back: a page saved, left for Mon Compte; the receipt once sent', async () => {
    const site = renderDemande();
    toFoyer(site);
    site.drive(...toRecapitulatif.slice(0, 11));
    site.drive({ action: 'click', target: 'caf.header.mon-compte' });
    expect(site.place()).toBe('espace');
    expect(await walkTo(site, 'caf.demande.banque.iban')).toBe(true);
    expect(site.place()).toBe('demande-banque');
    site.drive(...toRecapitulatif.slice(11));
    await site.upload('Ajouter un fichier', 'bulletin-septembre-2026.pdf');
    site.drive(
      { action: 'click', target: 'caf.demande.suivant' },
      { action: 'check', target: 'caf.demande.recapitulatif.certifier' },
      { action: 'click', target: 'caf.demande.recapitulatif.valider' },
      { action: 'click', target: 'caf.demande.confirmation.retour' },
    );
    expect(site.place()).toBe('espace');
    expect(await walkTo(site, 'caf.demande.confirmation.accuse')).toBe(true);
    expect(site.place()).toBe('demande-confirmation');
  });
});
