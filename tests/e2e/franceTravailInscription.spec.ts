/**
 * Registering with France Travail, in a real Chromium, as a learner in « Je fais seul »: Lucas's
 * data typed from his practice card as it shows on screen, the job picked from the autocomplete
 * list with the keyboard, the form left with « Enregistrer et quitter » and taken up again from
 * the personal space, then the confirmation, the convocation in the practice viewer and its PDF
 * download (a real PDF whose text reads back). axe-core checks every page of the registration;
 * the still-under-contract and living-abroad pages are checked on the lesson's other path.
 *
 * `SHOTS_DIR=/tmp/shots-ft npx playwright test tests/e2e/franceTravailInscription.spec.ts` also
 * saves a screenshot of each page, to look at beside the domain brief.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { heading, mailbox, openLessonAlone, pick, site } from './franceTravailHelpers.ts';
import { answer, onPaper, pageChecker, target, type } from './helpers.ts';

const lessonId = 'france-travail-s-inscrire';

/**
 * What the lesson tells the learner in so many words: Lucas's e-mail, the password he chose, and
 * the site's names for his diploma and his French (his CV says « CAP … » and « langue maternelle »).
 */
const toldByLucas = {
  email: 'lucas.martin@messagerie-entrainement.fr',
  motDePasse: 'Canal-Saint-Denis-2026',
  niveau: 'CAP, BEP',
  francais: 'Langue maternelle',
};

const checkPage = pageChecker('');

/** What the learner reads on Lucas's papers, on screen. */
async function readCard(page: Page) {
  const card = page.locator('.practice-card');
  const paper = (title: string) =>
    card.locator('article').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
  const id = paper('Carte nationale d’identité');
  const certificate = paper('Attestation employeur destinée à France Travail');
  const rib = paper('Relevé d’identité bancaire (RIB)');
  const cv = card.locator('article').filter({ has: page.getByRole('heading', { name: /^CV — / }) });
  // « 8 rue Gabriel Péri, 93200 Saint-Denis »: the street, then the postcode and the town.
  const [, voie = '', codePostal = '', commune = ''] = /^(.+), (\d{5}) (.+)$/.exec(await onPaper(cv, 'Adresse')) ?? [];
  const nom = await onPaper(id, 'Nom');
  const ribText = await rib.innerText();
  return {
    nom: nom.charAt(0) + nom.slice(1).toLowerCase(),
    prenom: await onPaper(id, 'Prénom(s)'),
    naissance: await onPaper(id, 'Date de naissance'),
    nir: (await card.locator('.vitale-number').innerText()).trim(),
    voie,
    codePostal,
    commune,
    telephone: await onPaper(cv, 'Téléphone'),
    formation: await cv.innerText(),
    employeur: await onPaper(certificate, 'Raison sociale'),
    emploi: await onPaper(certificate, 'Emploi occupé'),
    embauche: await onPaper(certificate, 'Date d’embauche'),
    fin: await onPaper(certificate, 'Dernier jour travaillé et payé'),
    motif: await onPaper(certificate, 'Motif de la rupture'),
    titulaire: /Titulaire du compte : (.+)/.exec(ribText)?.[1]?.trim() ?? '',
    iban: await onPaper(rib, 'IBAN'),
    bic: await onPaper(rib, 'BIC'),
  };
}

/** « MM/AAAA » from « JJ/MM/AAAA ». */
const monthOf = (date: string) => date.slice(3);

test('a learner registers Lucas alone, leaves and resumes the draft, and keeps the convocation', async ({ page }) => {
  test.setTimeout(240_000);
  await openLessonAlone(page, lessonId);
  const card = await readCard(page);
  expect(card.iban).toMatch(/^FR\d{2}( [0-9A-Z]{1,4}){6}$/);
  await checkPage(page, 'accueil');

  // Before the form: eligibility, the papers to have, the personal space and its activation.
  await target(page, 'france-travail.home.inscription').click();
  await expect(heading(page, 'S’inscrire, se réinscrire')).toBeVisible();
  await checkPage(page, 'inscription');
  await target(page, 'france-travail.inscription.commencer').click();
  await expect(heading(page, 'Avant de commencer')).toBeVisible();
  await answer(page, 'Inscrire Lucas maintenant.');
  await pick(page, 'france-travail.inscription.eligibilite.contrat', 'Non');
  await pick(page, 'france-travail.inscription.eligibilite.residence', /En France/);
  await checkPage(page, 'eligibilite');
  await target(page, 'france-travail.inscription.eligibilite.continuer').click();
  await expect(heading(page, 'Préparez vos documents')).toBeVisible();
  await checkPage(page, 'pieces');
  await target(page, 'france-travail.inscription.pieces.commencer').click();
  await expect(heading(page, 'Créer mon espace personnel')).toBeVisible();
  await type(page, 'france-travail.inscription.creation.email', toldByLucas.email);
  await type(page, 'france-travail.inscription.creation.mot-de-passe', toldByLucas.motDePasse);
  // The rules shown under the field are all met.
  await expect(site(page).locator('.ft-rules li:not(.ft-rules__met)')).toHaveCount(0);
  await type(page, 'france-travail.inscription.creation.confirmation', toldByLucas.motDePasse);
  await target(page, 'france-travail.inscription.creation.cgu').check();
  await checkPage(page, 'creation');
  await target(page, 'france-travail.inscription.creation.valider').click();
  await expect(heading(page, 'Activez votre espace personnel')).toBeVisible();
  await checkPage(page, 'activation');
  await target(page, 'browser.tab.mail').click();
  await target(page, 'mail.inbox.ft-activation').click();
  await expect(mailbox(page).getByRole('heading', { level: 1, name: 'Activez votre espace personnel' })).toBeVisible();
  await checkPage(page, 'messagerie-activation');
  await target(page, 'mail.lien.ft-activation').click();
  await expect(heading(page, 'Votre espace personnel est activé')).toBeVisible();
  const identifiant = (await site(page).locator('.ft-identifier').innerText()).trim();
  expect(identifiant).toMatch(/^\d{7}[A-Z0-9]$/);
  await checkPage(page, 'compte-active');
  await answer(page, /Il le note dans un carnet/);
  await target(page, 'france-travail.inscription.compte-active.continuer').click();

  // « Vos données personnelles », from the identity card, the carte Vitale and the CV.
  await expect(heading(page, 'Vos données personnelles')).toBeVisible();
  await expect(target(page, 'france-travail.inscription.donnees.email')).toHaveValue(toldByLucas.email);
  await pick(page, 'france-travail.inscription.donnees.civilite', 'Monsieur');
  await type(page, 'france-travail.inscription.donnees.nom', card.nom);
  await type(page, 'france-travail.inscription.donnees.prenom', card.prenom);
  await type(page, 'france-travail.inscription.donnees.naissance', card.naissance);
  await type(page, 'france-travail.inscription.donnees.nir', card.nir);
  // The address and the phone, from his CV.
  await type(page, 'france-travail.inscription.donnees.voie', card.voie);
  await type(page, 'france-travail.inscription.donnees.code-postal', card.codePostal);
  await target(page, 'france-travail.inscription.donnees.commune').selectOption(card.commune);
  await type(page, 'france-travail.inscription.donnees.telephone', card.telephone);
  await checkPage(page, 'donnees');
  await target(page, 'france-travail.inscription.suivant').click();

  // « Votre situation », from the employer's certificate; then « Enregistrer et quitter ».
  await expect(heading(page, 'Votre situation')).toBeVisible();
  await type(page, 'france-travail.inscription.situation.fin-contrat', card.fin);
  // The list words the reason as the certificate does, with « (CDD) » after it.
  const motif = target(page, 'france-travail.inscription.situation.motif');
  const motifs = await motif.locator('option').allInnerTexts();
  const label = motifs.find((option) => option.startsWith(card.motif));
  expect(label, `a reason starting with « ${card.motif} »`).toBeDefined();
  await motif.selectOption({ label: label! });
  await type(page, 'france-travail.inscription.situation.employeur', card.employeur);
  await checkPage(page, 'situation');
  await target(page, 'france-travail.inscription.enregistrer').click();
  await expect(
    site(page).getByText(/Votre inscription a bien été enregistrée\. Vous pouvez la reprendre jusqu’au/),
  ).toBeVisible();
  await checkPage(page, 'brouillon-enregistre');

  // Later: signing in with the identifier noted and the password, then « Reprendre mon inscription ».
  await target(page, 'france-travail.header.connexion').click();
  await expect(heading(page, 'Connexion à votre espace personnel')).toBeVisible();
  await type(page, 'france-travail.connexion.identifiant', identifiant);
  await checkPage(page, 'connexion');
  await target(page, 'france-travail.connexion.poursuivre').click();
  await type(page, 'france-travail.connexion.mot-de-passe', toldByLucas.motDePasse);
  await checkPage(page, 'connexion-mot-de-passe');
  await target(page, 'france-travail.connexion.valider').click();
  await expect(heading(page, 'Bonjour Lucas')).toBeVisible();
  await checkPage(page, 'espace-brouillon');
  await target(page, 'france-travail.espace.reprendre').click();
  await expect(heading(page, 'Votre situation')).toBeVisible();
  await expect(target(page, 'france-travail.inscription.situation.fin-contrat')).toHaveValue(card.fin);
  await expect(target(page, 'france-travail.inscription.situation.employeur')).toHaveValue(card.employeur);
  await target(page, 'france-travail.inscription.suivant').click();

  // « Vos expériences ».
  await expect(heading(page, 'Vos expériences')).toBeVisible();
  await type(page, 'france-travail.inscription.experiences.metier', card.emploi);
  await type(page, 'france-travail.inscription.experiences.employeur', card.employeur);
  await type(page, 'france-travail.inscription.experiences.debut', monthOf(card.embauche));
  await type(page, 'france-travail.inscription.experiences.fin', monthOf(card.fin));
  await checkPage(page, 'experiences');
  await target(page, 'france-travail.inscription.suivant').click();

  // « Vos formations et langues ».
  await expect(heading(page, 'Vos formations et langues')).toBeVisible();
  expect(card.formation).toContain('CAP Équipier polyvalent du commerce');
  expect(card.formation).toContain('Français (langue maternelle)');
  await target(page, 'france-travail.inscription.formations.niveau').selectOption({ label: toldByLucas.niveau });
  await target(page, 'france-travail.inscription.formations.francais').selectOption({ label: toldByLucas.francais });
  await checkPage(page, 'formations');
  await target(page, 'france-travail.inscription.suivant').click();

  // « Votre projet »: the job from the list, by keyboard (a few letters, ArrowDown, Enter).
  await expect(heading(page, 'Votre projet')).toBeVisible();
  const job = target(page, 'france-travail.inscription.projet.metier');
  await job.focus();
  await page.keyboard.type('libre');
  await expect(site(page).getByRole('listbox')).toBeVisible();
  await checkPage(page, 'projet-liste');
  await page.keyboard.press('ArrowDown');
  await expect(job).toHaveAttribute('aria-activedescendant', /.+/);
  await page.keyboard.press('Enter');
  await expect(job).toHaveValue('Employé / Employée de libre-service');
  await expect(site(page).getByRole('listbox')).toBeHidden();
  await pick(page, 'france-travail.inscription.projet.experience', 'Moins d’un an');
  await checkPage(page, 'projet');
  await target(page, 'france-travail.inscription.suivant').click();

  // « Votre recherche ».
  await expect(heading(page, 'Votre recherche')).toBeVisible();
  await pick(page, 'france-travail.inscription.recherche.contrat', 'Tous types de contrat');
  await pick(page, 'france-travail.inscription.recherche.temps', 'Temps plein');
  await pick(page, 'france-travail.inscription.recherche.mobilite', /distance maximale/);
  await target(page, 'france-travail.inscription.recherche.distance').selectOption({ label: '20 km' });
  await checkPage(page, 'recherche');
  await target(page, 'france-travail.inscription.suivant').click();

  // « Vos coordonnées bancaires », from the RIB.
  await expect(heading(page, 'Vos coordonnées bancaires')).toBeVisible();
  await type(page, 'france-travail.inscription.banque.titulaire', card.titulaire);
  await type(page, 'france-travail.inscription.banque.iban', card.iban);
  await type(page, 'france-travail.inscription.banque.bic', card.bic);
  await checkPage(page, 'banque');
  await target(page, 'france-travail.inscription.suivant').click();

  // The summary, the appointment, the confirmation.
  await expect(heading(page, 'Récapitulatif')).toBeVisible();
  await expect(site(page)).toContainText('Employé / Employée de libre-service');
  await answer(page, /^Je clique sur/);
  await checkPage(page, 'recapitulatif');
  await target(page, 'france-travail.inscription.recapitulatif.continuer').click();
  await expect(heading(page, 'Votre rendez-vous')).toBeVisible();
  const slot = target(page, 'france-travail.inscription.rendez-vous.creneau').getByRole('radio').first();
  const slotLabel = (
    await target(page, 'france-travail.inscription.rendez-vous.creneau').locator('label').first().innerText()
  ).trim();
  await slot.check();
  await target(page, 'france-travail.inscription.rendez-vous.certifie').check();
  await checkPage(page, 'rendez-vous');
  await target(page, 'france-travail.inscription.rendez-vous.valider').click();
  await expect(heading(page, 'Votre inscription est enregistrée')).toBeVisible();
  await expect(site(page)).toContainText(identifiant);
  await expect(site(page).locator('.ft-rdv__when')).toHaveText(
    `Le ${slotLabel.charAt(0).toLowerCase()}${slotLabel.slice(1)}`,
  );
  await checkPage(page, 'confirmation');
  await answer(page, /Prévenir France Travail/);

  // The convocation in the practice viewer, and its download: a real PDF that reads back.
  await target(page, 'france-travail.convocation.telecharger').click();
  const viewer = page.getByRole('dialog', { name: 'convocation-france-travail.pdf' });
  await expect(viewer).toBeVisible();
  await expect(viewer).toContainText('Convocation à un entretien');
  await checkPage(page, 'convocation');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    target(page, 'browser.document.telecharger').click(),
  ]);
  expect(download.suggestedFilename()).toBe('convocation-france-travail.pdf');
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  const pdfText = (text as string).replace(/\s+/g, ' ');
  expect(pdfText).toContain('Convocation à un entretien');
  expect(pdfText).toContain('Monsieur Lucas MARTIN');
  expect(pdfText).toContain(`Identifiant France Travail : ${identifiant}`);
  expect(pdfText.toLowerCase()).toContain(slotLabel.toLowerCase());
  expect(pdfText).toMatch(/Document d['’]entraînement — sans valeur officielle/);
  await target(page, 'browser.document.fermer').click();
  await expect(viewer).toBeHidden();

  // The convocation also arrived in the mailbox.
  await target(page, 'browser.tab.mail').click();
  await target(page, 'mail.message.back').click();
  await target(page, 'mail.inbox.ft-convocation').click();
  await expect(
    mailbox(page).getByRole('heading', { level: 1, name: 'Votre convocation à un entretien' }),
  ).toBeVisible();
  await expect(target(page, 'mail.piece-jointe.ft-convocation')).toContainText('convocation-france-travail.pdf');
  await checkPage(page, 'messagerie-convocation');

  await target(page, 'browser.tab.france-travail').click();
  await target(page, 'france-travail.header.deconnexion').click();
  await answer(page, /Je la note tout de suite/);
  await expect(page.getByRole('heading', { level: 1, name: 'Bravo !' })).toBeVisible();
});

test('the other answers of « Avant de commencer »: living abroad, then still under contract', async ({ page }) => {
  await openLessonAlone(page, lessonId);
  await target(page, 'france-travail.home.inscription').click();
  await target(page, 'france-travail.inscription.commencer').click();
  await answer(page, /Voir d.abord le cas/);
  // Not part of the lesson: a learner tries « À l’étranger » first, and comes back.
  await pick(page, 'france-travail.inscription.eligibilite.contrat', 'Non');
  await pick(page, 'france-travail.inscription.eligibilite.residence', 'À l’étranger');
  await target(page, 'france-travail.inscription.eligibilite.continuer').click();
  await expect(heading(page, 'Vous ne pouvez pas vous inscrire en ligne')).toBeVisible();
  await checkPage(page, 'inscription-impossible');
  await target(page, 'france-travail.inscription.impossible.accueil').click();
  await target(page, 'france-travail.home.inscription').click();
  await target(page, 'france-travail.inscription.commencer').click();
  // The lesson's path: still under contract until 18/12/2026.
  await pick(page, 'france-travail.inscription.eligibilite.contrat', 'Oui');
  await type(page, 'france-travail.inscription.eligibilite.date-fin', '18/12/2026');
  await pick(page, 'france-travail.inscription.eligibilite.residence', /En France/);
  await checkPage(page, 'eligibilite-en-contrat');
  await target(page, 'france-travail.inscription.eligibilite.continuer').click();
  await expect(heading(page, 'Vous ne pouvez pas encore vous inscrire')).toBeVisible();
  await expect(site(page)).toContainText('Vous pourrez vous inscrire à partir du 19/12/2026');
  await checkPage(page, 'attente');
  await answer(page, /Le 19\/12\/2026/);
  await answer(page, /Je la note tout de suite/);
  await expect(page.getByRole('heading', { level: 1, name: 'Bravo !' })).toBeVisible();
});
