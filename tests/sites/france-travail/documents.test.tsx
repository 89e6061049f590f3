/**
 * « Transmettre un document » on the France Travail copy: the kind and month, files chosen in the
 * practice « Ouvrir » dialog and checked (format, size), the preview of a blurred photo, several
 * pages, « Envoyer » and its confirmation, and the refused sending (incident `envoi-refuse`).
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EspaceStandIn, renderFt, type RenderedFt } from './actualisationBridge.tsx';

const renderDocuments = () => renderFt(<EspaceStandIn start="documents" />);

async function chooseKindAndMonth(site: RenderedFt) {
  await site.user.selectOptions(screen.getByLabelText('Type de document'), 'Bulletin de salaire');
  await site.user.selectOptions(screen.getByLabelText('Mois concerné'), 'novembre 2026');
}

describe('choosing a file', () => {
  it('refuses a Word file with the formats accepted, and adds nothing', async () => {
    const site = renderDocuments();
    await site.upload('Parcourir', 'bulletin-novembre.docx');
    const error = await screen.findByText(
      'Le format du fichier « bulletin-novembre.docx » n’est pas accepté. Formats acceptés : PDF, JPG, PNG.',
    );
    expect(error).toHaveAttribute('role', 'alert');
    expect(screen.getByRole('button', { name: 'Parcourir' })).toHaveAccessibleDescription(
      expect.stringContaining('n’est pas accepté'),
    );
    expect(screen.queryByText('Votre document est-il lisible ?')).toBeNull();
    // Reported refused: a lesson's upload step does not move on.
    expect(site.events).toContainEqual({
      action: 'upload',
      target: 'france-travail.documents.parcourir',
      value: 'bulletin-novembre.docx',
      ok: false,
    });
  });

  it('refuses a file over 5 Mo, with its size', async () => {
    const site = renderDocuments();
    await site.upload('Parcourir', 'scan-bulletin-grand.pdf');
    expect(
      await screen.findByText(
        'Le fichier « scan-bulletin-grand.pdf » est trop volumineux (12 Mo). La taille maximale est de 5 Mo par fichier.',
      ),
    ).toBeVisible();
    expect(screen.queryByText(/^Page 1 :/)).toBeNull();
    expect(site.events.at(-1)).toEqual({
      action: 'upload',
      target: 'france-travail.documents.parcourir',
      value: 'scan-bulletin-grand.pdf',
      ok: false,
    });
  });

  it('shows a blurred photo before adding it; « Non » lets another file be chosen', async () => {
    const site = renderDocuments();
    await site.upload('Parcourir', 'photo-bulletin-floue.jpg');
    expect(await screen.findByRole('heading', { name: 'Aperçu de votre document (page 1)' })).toHaveFocus();
    expect(screen.getByRole('img', { name: /floue, difficile à lire/ })).toBeVisible();
    expect(screen.getByText('Votre document est-il lisible ?')).toBeVisible();
    expect(site.place()).toBe('documents-apercu');
    await site.user.click(screen.getByRole('button', { name: 'Non, choisir un autre fichier' }));
    expect(screen.queryByText(/^Page 1 :/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Parcourir' })).toBeVisible();
    expect(site.place()).toBe('documents-formulaire');
  });
});

describe('sending', () => {
  it('sends two pages with their kind and month, and confirms with the date', async () => {
    const site = renderDocuments();
    await site.user.click(screen.getByRole('button', { name: 'Envoyer' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Le formulaire contient 3 erreurs');
    expect(site.events.at(-1)).toEqual({ action: 'click', target: 'france-travail.documents.envoyer', ok: false });

    await chooseKindAndMonth(site);
    expect(site.events).toContainEqual({
      action: 'choose',
      target: 'france-travail.documents.type',
      value: 'bulletin-salaire',
    });
    expect(site.events).toContainEqual({ action: 'choose', target: 'france-travail.documents.mois', value: '2026-11' });
    await site.upload('Parcourir', 'bulletin-novembre-2026-ecole.pdf');
    await site.user.click(await screen.findByRole('button', { name: 'Oui, ajouter ce fichier' }));
    await site.upload('Ajouter une page', 'bulletin-novembre-2026-page2.pdf');
    expect(site.events).toContainEqual({
      action: 'upload',
      target: 'france-travail.documents.ajouter-page',
      value: 'bulletin-novembre-2026-page2.pdf',
    });
    await site.user.click(await screen.findByRole('button', { name: 'Oui, ajouter ce fichier' }));
    const pages = screen.getByRole('heading', { name: 'Pages ajoutées (2)' });
    expect(pages).toBeVisible();
    expect(screen.getByText('Page 2 : bulletin-novembre-2026-page2.pdf (120 Ko)')).toBeVisible();

    await site.user.click(screen.getByRole('button', { name: 'Envoyer' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Votre document a bien été transmis' })).toHaveFocus();
    expect(screen.getByText(/^Votre document a été transmis le 30\/11\/2026 à \d\d:\d\d\.$/)).toBeVisible();
    const sent = screen.getByRole('list');
    expect(
      within(sent)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Page 1 : bulletin-novembre-2026-ecole.pdf (180 Ko)',
      'Page 2 : bulletin-novembre-2026-page2.pdf (120 Ko)',
    ]);
    expect(screen.getByText('Bulletin de salaire')).toBeVisible();
    expect(screen.getByText('novembre 2026')).toBeVisible();
    expect(site.place()).toBe('documents-envoye');

    // Another document: the kind and month stay, the pages start again.
    await site.user.click(screen.getByRole('button', { name: 'Transmettre un autre document' }));
    expect(screen.getByLabelText('Type de document')).toHaveValue('bulletin-salaire');
    expect(screen.getByRole('button', { name: 'Parcourir' })).toBeVisible();
  });

  it('« Supprimer » takes a page off', async () => {
    const site = renderDocuments();
    await site.upload('Parcourir', 'bulletin-novembre-2026-ecole.pdf');
    await site.user.click(await screen.findByRole('button', { name: 'Oui, ajouter ce fichier' }));
    await site.user.click(screen.getByRole('button', { name: 'Supprimer la page 1' }));
    expect(screen.queryByText(/^Page 1 :/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Parcourir' })).toBeVisible();
  });

  it('a refused sending (incident) keeps the files, and sending again works', async () => {
    const site = renderDocuments();
    await chooseKindAndMonth(site);
    await site.upload('Parcourir', 'bulletin-novembre-2026-net-services.pdf');
    await site.user.click(await screen.findByRole('button', { name: 'Oui, ajouter ce fichier' }));
    site.switchOn('france-travail.envoi-refuse');
    await site.user.click(screen.getByRole('button', { name: 'Envoyer' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Le document n’a pas pu être transmis. Une erreur technique est survenue : veuillez réessayer.',
    );
    // The learner did the right thing (the lesson's step is done); the server failed.
    expect(site.events.at(-1)).toEqual({ action: 'click', target: 'france-travail.documents.envoyer' });
    expect(screen.getByText('Page 1 : bulletin-novembre-2026-net-services.pdf (160 Ko)')).toBeVisible();
    expect(site.world().incidents).toEqual([]);

    await site.user.click(screen.getByRole('button', { name: 'Envoyer' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Votre document a bien été transmis' })).toBeVisible();
    expect(site.events.at(-1)).toEqual({ action: 'click', target: 'france-travail.documents.envoyer' });
  });

  it('leaving and coming back keeps the pages added', async () => {
    const site = renderDocuments();
    await site.upload('Parcourir', 'bulletin-novembre-2026-ecole.pdf');
    await site.user.click(await screen.findByRole('button', { name: 'Oui, ajouter ce fichier' }));
    await site.user.click(screen.getByRole('button', { name: 'Retour à mon espace' }));
    await site.user.click(screen.getByRole('button', { name: 'Transmettre un document' }));
    expect(screen.getByText('Page 1 : bulletin-novembre-2026-ecole.pdf (180 Ko)')).toBeVisible();
  });

  it('leaving during the preview and coming back shows the file in its preview again', async () => {
    const site = renderDocuments();
    await site.upload('Parcourir', 'photo-bulletin-floue.jpg');
    expect(await screen.findByText('Votre document est-il lisible ?')).toBeVisible();
    await site.user.click(screen.getByRole('button', { name: 'Retour à mon espace' }));
    expect(document.querySelector('[data-flags]')!.getAttribute('data-flags')).toContain('documents-apercu');
    await site.user.click(screen.getByRole('button', { name: 'Transmettre un document' }));
    expect(screen.getByText('Votre document est-il lisible ?')).toBeVisible();
    expect(screen.getByRole('img', { name: /image floue, difficile à lire/ })).toBeVisible();
  });
});
