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
import {
  amina,
  renderDemande,
  toBanque,
  toConjoint,
  toFoyer,
  toRecapitulatif,
  type RenderedDemande,
} from './renderDemande.tsx';

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
    expect(screen.getByText(/septembre 2026, octobre 2026 et novembre 2026/)).toBeVisible();
  });

  it('shows the household the CAF knows, and asks whether it is right', async () => {
    const site = renderDemande();
    toFoyer(site);
    expect(screen.getByText('Nadia Haddad, né(e) le 09/06/1982')).toBeVisible();
    expect(screen.queryByText(/Conjoint/)).toBeNull();
    await site.user.click(next());
    expect(screen.getByRole('link', { name: 'Indiquez si ces informations sont exactes.' })).toBeVisible();
    expect(site.events.at(-1)).toEqual({ action: 'click', target: 'caf.demande.suivant', ok: false });
    await site.user.click(screen.getByRole('radio', { name: 'Oui' }));
    await site.user.click(next());
    expect(site.place()).toBe('demande-ressources-vous');
  });

  it('shows a couple’s partner and child, and asks the partner’s resources on a page of their own', async () => {
    const site = renderDemande(amina);
    toFoyer(site);
    expect(screen.getByText('Karim Benali, né(e) le 22/01/1983')).toBeVisible();
    expect(screen.getByText('Inès, né(e) le 05/09/2009')).toBeVisible();
    site.drive(...toConjoint);
    expect(site.place()).toBe('demande-ressources-conjoint');
    expect(screen.getByRole('heading', { level: 1, name: /Les ressources de votre conjoint/ })).toBeVisible();
    site.drive({ action: 'click', target: 'caf.demande.suivant' });
    expect(site.place()).toBe('demande-banque');
  });

  it('asks the three months before the practice month, and refuses an amount as the site words it', async () => {
    const site = renderDemande();
    toFoyer(site);
    site.drive(...toRecapitulatif.slice(0, 2));
    const months = screen.getAllByRole('group').map((g) => g.querySelector('legend')?.textContent);
    expect(months).toEqual(['Septembre 2026', 'Octobre 2026', 'Novembre 2026']);
    const [september] = screen.getAllByLabelText('Salaires (montant net social) (en euros)');
    await site.user.type(september!, '573,3O');
    await site.user.click(next());
    const message =
      'Septembre 2026, salaires (montant net social) : le montant doit être un nombre, sans lettres, par exemple 1 250,50.';
    expect(screen.getByRole('link', { name: message })).toBeVisible();
    expect(september).toHaveAccessibleDescription(message);
    expect(site.place()).toBe('demande-ressources-vous');
  });

  it('refuses an IBAN without its key, or with a wrong one, and takes the RIB’s', async () => {
    const site = renderDemande();
    toFoyer(site);
    site.drive(...toRecapitulatif.slice(0, toBanque));
    expect(site.place()).toBe('demande-banque');
    const iban = screen.getByLabelText('IBAN');
    await site.user.type(iban, 'FR76 1789 9009 1500 0826 3041 7');
    await site.user.type(screen.getByLabelText('BIC'), 'BENTFRPPXXX');
    await site.user.click(next());
    expect(iban).toHaveAccessibleDescription(
      expect.stringContaining('L’IBAN saisi est incomplet ou trop long. Un IBAN français comporte 27 caractères.'),
    );
    await site.user.clear(iban);
    await site.user.type(iban, 'FR76 1789 9009 1500 0826 3041 779');
    await site.user.click(next());
    expect(iban).toHaveAccessibleDescription(
      expect.stringContaining('Cet IBAN n’est pas valide. Vérifiez-le sur votre RIB.'),
    );
    await site.user.clear(iban);
    await site.user.type(iban, 'fr7617899009150008263041778');
    await site.user.click(next());
    expect(site.place()).toBe('demande-justificatifs');
  });

  it('takes a payslip from the practice computer, refuses a file too large, and needs one file', async () => {
    const site = renderDemande();
    toFoyer(site);
    site.drive(...toRecapitulatif);
    await site.user.click(next());
    expect(screen.getByRole('link', { name: 'Ajoutez au moins un justificatif.' })).toBeVisible();
    await site.upload('Ajouter un fichier', 'scan-bulletin-grand.pdf');
    expect(await screen.findByText(/dépasse la taille maximale de 5 Mo/)).toBeVisible();
    expect(site.events).toContainEqual({
      action: 'upload',
      target: 'caf.demande.justificatifs.ajouter',
      value: 'scan-bulletin-grand.pdf',
      ok: false,
    });
    await site.upload('Ajouter un fichier', 'bulletin-novembre-2026-net-services.pdf');
    const files = screen.getByRole('list', { name: 'Fichiers ajoutés' });
    expect(within(files).getByText('bulletin-novembre-2026-net-services.pdf (160 Ko)')).toBeVisible();
    expect(site.events).toContainEqual({
      action: 'upload',
      target: 'caf.demande.justificatifs.ajouter',
      value: 'bulletin-novembre-2026-net-services.pdf',
    });
    await site.user.click(next());
    expect(site.place()).toBe('demande-recapitulatif');
  });

  it('sends the claim once certified: confirmation, mail, and a PDF receipt with the amounts', async () => {
    const site = renderDemande();
    toFoyer(site);
    site.drive(...toRecapitulatif);
    await site.upload('Ajouter un fichier', 'bulletin-novembre-2026-net-services.pdf');
    await site.user.click(next());
    expect(screen.getByText('573,30 €')).toBeVisible();
    expect(screen.getByText('280,80 €')).toBeVisible();
    expect(screen.getByText('593,78 €')).toBeVisible();
    const validate = screen.getByRole('button', { name: 'Valider ma demande' });
    await site.user.click(validate);
    expect(screen.getByRole('alert')).toHaveTextContent('Cochez la case pour certifier');
    expect(site.place()).toBe('demande-recapitulatif');
    await site.user.click(screen.getByRole('checkbox', { name: /Je certifie sur l’honneur/ }));
    await site.user.click(validate);
    expect(site.place()).toBe('demande-confirmation');
    expect(screen.getByRole('heading', { level: 1, name: 'Votre demande a bien été envoyée' })).toHaveFocus();
    expect(screen.getByText(/enregistrée le 03\/12\/2026 à/)).toBeVisible();
    const reference = screen.getByText(/^PA-2026-/).textContent!;
    const mail = site.world().inbox.find((m) => m.id === 'caf-accuse-demande');
    expect(mail?.body).toContain(reference);
    await site.user.click(screen.getByRole('button', { name: 'Télécharger l’accusé de réception' }));
    expect(site.opened).toHaveLength(1);
    const bytes = await renderPdf(site.opened[0]!);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const text = await textOf(bytes);
    expect(text).toContain(`Numéro de référence : ${reference}`);
    expect(text).toContain('Allocataire : Nadia Haddad, né(e) le 09/06/1982');
    expect(text).not.toContain('Conjoint');
    expect(text).toContain('Numéro allocataire : 6031872');
    expect(text).toContain(
      'Septembre 2026 : Salaires (montant net social) 573,30 € ; Revenus d’une activité indépendante 0,00 € ; Allocations chômage 280,80 €',
    );
    expect(text).toContain('Novembre 2026 : Salaires (montant net social) 593,78 €');
    expect(text).toContain('IBAN : FR76 **** **** **** **** **** 778');
    expect(text).toContain('bulletin-novembre-2026-net-services.pdf');
    expect(text).toContain("Document d'entraînement — sans valeur officielle");
  });

  it('is found again by the way back: a page saved, left for Mon Compte; the receipt once sent', async () => {
    const site = renderDemande();
    toFoyer(site);
    site.drive(...toRecapitulatif.slice(0, toBanque));
    site.drive({ action: 'click', target: 'caf.header.mon-compte' });
    expect(site.place()).toBe('espace');
    expect(await walkTo(site, 'caf.demande.banque.iban')).toBe(true);
    expect(site.place()).toBe('demande-banque');
    site.drive(...toRecapitulatif.slice(toBanque));
    await site.upload('Ajouter un fichier', 'bulletin-novembre-2026-net-services.pdf');
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
