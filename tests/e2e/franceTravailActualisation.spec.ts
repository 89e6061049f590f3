/**
 * The monthly update with France Travail and the payslips sent after it, in a real Chromium, as a
 * learner in « Je fais seul »: Nadia's identifier, password, hours and gross pay read from her
 * practice card as it shows on screen; both employers declared, the summary validated. Then the
 * payslip: a Word file refused first, a blurred photo judged unreadable in the preview, the good
 * PDF chosen in the « Ouvrir » dialog with the keyboard only, its second page added, a sending the
 * server refuses (the lesson's incident) sent again, the confirmation. axe-core checks every page
 * of the update and of « Transmettre un document ».
 *
 * `SHOTS_DIR=/tmp/shots-fta npx playwright test tests/e2e/franceTravailActualisation.spec.ts` also
 * saves a screenshot of each page, to look at beside the domain brief.
 */
import { expect, test, type Page } from '@playwright/test';
import { heading, openLessonAlone, pick, site } from './franceTravailHelpers.ts';
import { answer, fileDialog, onPaper, openWithMouse, pageChecker, target, type } from './helpers.ts';

const checkPage = pageChecker('');

const done = (page: Page) => page.getByRole('heading', { level: 1, name: 'Bravo !' });

/** One payslip of the practice card, as the learner reads it. */
interface Payslip {
  employer: string;
  hours: string;
  gross: string;
  net: string;
}

/** What the learner reads on Nadia's papers, on screen: her identifier, password and November's payslips. */
async function readCard(page: Page) {
  const card = page.locator('.practice-card');
  // Her France Travail note (the card has her CAF password too), and November's payslips.
  const note = await card.locator('.note-text').filter({ hasText: 'Identifiant' }).innerText();
  const payslips: Payslip[] = [];
  for (const paper of await card.locator('article.payslip[aria-label$="novembre 2026" i]').all()) {
    payslips.push({
      employer: (await paper.locator('.payslip-head strong').innerText()).trim(),
      // « 38,00 » on the payslip: the site takes whole hours, without minutes.
      hours: (await onPaper(paper, 'Heures travaillées')).replace(/,00$/, ''),
      gross: (await onPaper(paper, 'Salaire brut')).replace(/\s*€$/, ''),
      net: (await onPaper(paper, 'Net à payer')).replace(/\s*€$/, ''),
    });
  }
  return {
    identifiant: /Identifiant : (\S+)/.exec(note)?.[1] ?? '',
    motDePasse: /Mot de passe : (\S+)/.exec(note)?.[1] ?? '',
    payslips,
  };
}

/** Signs in on the login page, in its two steps, with what the card says. */
async function signIn(page: Page, card: Awaited<ReturnType<typeof readCard>>, check = false) {
  await expect(heading(page, 'Connexion à votre espace personnel')).toBeVisible();
  await type(page, 'france-travail.connexion.identifiant', card.identifiant);
  if (check) await checkPage(page, 'connexion');
  await target(page, 'france-travail.connexion.poursuivre').click();
  await type(page, 'france-travail.connexion.mot-de-passe', card.motDePasse);
  if (check) await checkPage(page, 'connexion-mot-de-passe');
  await target(page, 'france-travail.connexion.valider').click();
}

test('a learner does Nadia’s monthly update alone, with her two employers, and validates it', async ({ page }) => {
  test.setTimeout(180_000);
  await openLessonAlone(page, 'france-travail-actualisation');
  const card = await readCard(page);
  expect(card.identifiant).toMatch(/^\d{7}[A-Z0-9]$/);
  expect(card.payslips).toHaveLength(2);
  const [first, second] = card.payslips as [Payslip, Payslip];
  // The practice card shows the gross and the net: the learner types the gross.
  expect(first.gross).not.toBe(first.net);
  await checkPage(page, 'accueil');

  await target(page, 'france-travail.home.actualisation').click();
  await signIn(page, card, true);

  // The month's questions: two are pre-filled « Non » by France Travail.
  await expect(heading(page, 'Mon actualisation de novembre 2026')).toBeVisible();
  await expect(
    target(page, 'france-travail.actualisation.formation').getByRole('radio', { name: 'Non' }),
  ).toBeChecked();
  await expect(target(page, 'france-travail.actualisation.retraite').getByRole('radio', { name: 'Non' })).toBeChecked();
  await pick(page, 'france-travail.actualisation.travail', 'Oui', true);
  await pick(page, 'france-travail.actualisation.arret', 'Non', true);
  await pick(page, 'france-travail.actualisation.recherche', 'Oui', true);
  await answer(page, /^Non, je continue/);
  await checkPage(page, 'actualisation-questions');
  await target(page, 'france-travail.actualisation.questions.suivant').click();

  // Each employer on its own, whole hours and gross pay, from the payslips on screen.
  await expect(heading(page, 'Mes employeurs en novembre 2026')).toBeVisible();
  await answer(page, /^2 : une partie par employeur/);
  await target(page, 'france-travail.actualisation.ajouter-employeur').click();
  await expect(site(page).getByRole('group', { name: 'Employeur 2' })).toBeVisible();
  await type(page, 'france-travail.actualisation.employeur.1.nom', first.employer);
  await type(page, 'france-travail.actualisation.employeur.1.heures', first.hours);
  await answer(page, /^Le salaire brut/);
  await type(page, 'france-travail.actualisation.employeur.1.brut', first.gross);
  await type(page, 'france-travail.actualisation.employeur.2.nom', second.employer);
  await type(page, 'france-travail.actualisation.employeur.2.heures', second.hours);
  await type(page, 'france-travail.actualisation.employeur.2.brut', second.gross);
  await checkPage(page, 'actualisation-employeurs');
  await target(page, 'france-travail.actualisation.employeurs.suivant').click();

  // The summary shows what was typed; « Valider » sends it.
  await expect(heading(page, 'Récapitulatif de mon actualisation de novembre 2026')).toBeVisible();
  const table = site(page).getByRole('table');
  await expect(table.getByRole('row', { name: new RegExp(`^${first.employer}`) })).toContainText(
    `${first.hours} heures`,
  );
  await expect(table.getByRole('row', { name: new RegExp(`^${second.employer}`) })).toContainText(second.gross);
  await answer(page, /^Non : je relis tout/);
  await checkPage(page, 'actualisation-recapitulatif');
  await target(page, 'france-travail.actualisation.valider').click();

  await expect(heading(page, 'Votre actualisation est enregistrée')).toBeVisible();
  await expect(target(page, 'france-travail.actualisation.justificatifs')).toBeVisible();
  await checkPage(page, 'actualisation-enregistree');
  await answer(page, /^Le site écrit « Votre actualisation est enregistrée »/);
  // Not over: the payslips are still to be sent (the next test, the next lesson).
  await answer(page, /^Non : elle doit encore envoyer ses 2 bulletins/);
  // The lesson's last step: « Transmettre vos justificatifs » (the documents are the next lesson).
  await target(page, 'france-travail.actualisation.justificatifs').click();
  await expect(done(page)).toBeVisible();
  await expect(page.getByText(/étapes? faites? sans aide/)).toBeVisible();
});

test('a learner sends the payslip alone: refused files, the « Ouvrir » dialog by keyboard, a refused sending', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openLessonAlone(page, 'envoyer-un-document');
  const card = await readCard(page);
  await target(page, 'france-travail.home.connexion').click();
  await signIn(page, card);
  await expect(heading(page, 'Bonjour Nadia')).toBeVisible();
  await checkPage(page, 'espace');
  await target(page, 'france-travail.espace.documents').click();

  await expect(heading(page, 'Transmettre un document')).toBeVisible();
  await target(page, 'france-travail.documents.type').selectOption({ label: 'Bulletin de salaire' });
  await target(page, 'france-travail.documents.mois').selectOption({ label: 'novembre 2026' });
  await checkPage(page, 'documents-formulaire');

  // A Word file first: the dialog takes it, the site refuses it with its message.
  await target(page, 'france-travail.documents.parcourir').click();
  await expect(fileDialog(page)).toBeVisible();
  await checkPage(page, 'fenetre-ouvrir');
  await openWithMouse(page, 'bulletin-novembre.docx');
  await expect(site(page).getByRole('alert')).toContainText(
    'Le format du fichier « bulletin-novembre.docx » n’est pas accepté. Formats acceptés : PDF, JPG, PNG.',
  );
  await checkPage(page, 'documents-format-refuse');

  // Then the blurred photo: the site takes it, but its preview is unreadable: « Non ».
  await target(page, 'france-travail.documents.parcourir').click();
  await openWithMouse(page, 'photo-bulletin-floue.jpg');
  await expect(site(page).getByRole('img', { name: /image floue, difficile à lire/ })).toBeVisible();
  await checkPage(page, 'documents-apercu-flou');
  await target(page, 'france-travail.documents.apercu.autre').click();

  // The good PDF, with the keyboard only: Enter on « Parcourir », the arrows in the list, Enter.
  const browse = target(page, 'france-travail.documents.parcourir');
  await browse.focus();
  await page.keyboard.press('Enter');
  await expect(fileDialog(page)).toBeVisible();
  const wanted = 'bulletin-novembre-2026-ecole.pdf';
  const selected = fileDialog(page).locator('[role="option"][aria-selected="true"]');
  await page.keyboard.press('Home');
  for (let moves = 0; moves < 10; moves += 1) {
    if ((await selected.count()) === 1 && (await selected.innerText()).startsWith(wanted)) break;
    await page.keyboard.press('ArrowDown');
  }
  await expect(selected).toContainText(wanted);
  await page.keyboard.press('Enter');
  await expect(fileDialog(page)).toBeHidden();

  // The preview: readable, so it is added; then the second page.
  await expect(site(page).getByRole('heading', { name: 'Aperçu de votre document (page 1)' })).toBeVisible();
  await expect(site(page).getByText('Votre document est-il lisible ?')).toBeVisible();
  await checkPage(page, 'documents-apercu');
  await target(page, 'france-travail.documents.apercu.lisible').click();
  await target(page, 'france-travail.documents.ajouter-page').click();
  await openWithMouse(page, 'bulletin-novembre-2026-page2.pdf');
  await target(page, 'france-travail.documents.apercu.lisible').click();
  await expect(site(page).getByText('Page 2 : bulletin-novembre-2026-page2.pdf (120 Ko)')).toBeVisible();
  await checkPage(page, 'documents-deux-pages');

  // The server refuses the first sending (the lesson's incident): the pages stay, sending again works.
  await target(page, 'france-travail.documents.envoyer').click();
  await expect(site(page).getByRole('alert').filter({ hasText: 'n’a pas pu être transmis' })).toBeVisible();
  await expect(site(page).getByText('Page 1 : bulletin-novembre-2026-ecole.pdf (180 Ko)')).toBeVisible();
  await checkPage(page, 'documents-envoi-refuse');
  await target(page, 'france-travail.documents.envoyer').click();
  await expect(heading(page, 'Votre document a bien été transmis')).toBeVisible();
  await expect(site(page).getByRole('listitem').filter({ hasText: 'bulletin-novembre-2026-page2.pdf' })).toBeVisible();
  await checkPage(page, 'documents-envoye');
  await answer(page, /^Le site écrit « Votre document a bien été transmis »/);
  await answer(page, /^Elle clique sur « Transmettre un autre document »/);
  await expect(done(page)).toBeVisible();
  await checkPage(page, 'bravo');
});
