/**
 * The France Travail pages the two journeys (franceTravailInscription, franceTravailActualisation)
 * do not pass through, reached in a real Chromium as a learner in « Je fais seul » would, each
 * checked with axe-core: « Identifiant oublié », the login page after the session expired, the
 * update's employers page showing errors, the end-of-search page, « Mes rendez-vous », « Mes
 * courriers », the update closed, an activation link opened too late, and the personal space once
 * the draft was deleted. The last two move the practice clock on with Playwright's clock.
 *
 * `SHOTS_DIR=/tmp/shots-ftp npx playwright test tests/e2e/franceTravailPages.spec.ts` also saves a
 * screenshot of each page, to look at beside the domain brief.
 */
import { expect, test, type Page } from '@playwright/test';
import { heading, mailbox, openLessonAlone, pick, site } from './franceTravailHelpers.ts';
import { answer, pageChecker, target, type } from './helpers.ts';

const checkPage = pageChecker('');

/** The identifier and password on Nadia's note, as the learner reads them on the practice card. */
async function readNote(page: Page) {
  const note = await page.locator('.practice-card .note-text').filter({ hasText: 'Identifiant' }).innerText();
  return {
    identifiant: /Identifiant : (\S+)/.exec(note)?.[1] ?? '',
    motDePasse: /Mot de passe : (\S+)/.exec(note)?.[1] ?? '',
  };
}

/** Signs in on the login page, in its two steps. */
async function signIn(page: Page, account: { identifiant: string; motDePasse: string }) {
  await expect(heading(page, 'Connexion à votre espace personnel')).toBeVisible();
  await type(page, 'france-travail.connexion.identifiant', account.identifiant);
  await target(page, 'france-travail.connexion.poursuivre').click();
  await type(page, 'france-travail.connexion.mot-de-passe', account.motDePasse);
  await target(page, 'france-travail.connexion.valider').click();
}

/** Moves the page's clock (and so the practice clock) on by `hours`, without firing its timers. */
async function hoursLater(page: Page, hours: number) {
  const now = await page.evaluate(() => Date.now());
  await page.clock.setSystemTime(now + hours * 3600_000);
}

test('Nadia: « Identifiant oublié », the session expired, the employers’ page with errors, the end of search, her appointments and letters', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openLessonAlone(page, 'france-travail-session-expiree');
  const note = await readNote(page);
  expect(note.identifiant).toMatch(/^\d{7}[A-Z0-9]$/);
  await target(page, 'france-travail.home.actualisation').click();

  // « Identifiant oublié ? »: an empty address refused, then the same answer for any address.
  await expect(heading(page, 'Connexion à votre espace personnel')).toBeVisible();
  await target(page, 'france-travail.connexion.identifiant-oublie').click();
  await expect(site(page).getByRole('heading', { level: 2, name: 'Identifiant oublié' })).toBeVisible();
  await checkPage(page, 'identifiant-oublie');
  await target(page, 'france-travail.connexion.oubli.envoyer').click();
  await expect(site(page).getByRole('alert')).toContainText('Saisissez votre adresse e-mail.');
  await checkPage(page, 'identifiant-oublie-erreur');
  await type(page, 'france-travail.connexion.oubli.email', 'nadia.haddad@messagerie-entrainement.fr');
  await target(page, 'france-travail.connexion.oubli.envoyer').click();
  await expect(
    site(page).getByRole('status').filter({ hasText: 'vous allez recevoir votre identifiant' }),
  ).toBeVisible();
  await checkPage(page, 'identifiant-oublie-envoye');
  await target(page, 'france-travail.connexion.oubli.annuler').click();

  // The lesson's pause: the session expires at « Suivant », the login page says so.
  await signIn(page, note);
  await expect(heading(page, 'Mon actualisation de novembre 2026')).toBeVisible();
  await pick(page, 'france-travail.actualisation.travail', 'Oui');
  await pick(page, 'france-travail.actualisation.arret', 'Non');
  await pick(page, 'france-travail.actualisation.recherche', 'Oui');
  await target(page, 'france-travail.actualisation.questions.suivant').click();
  await expect(heading(page, 'Connexion à votre espace personnel')).toBeVisible();
  await expect(site(page)).toContainText('Votre session a expiré. Veuillez vous reconnecter.');
  await checkPage(page, 'session-expiree');
  await answer(page, /^Après une longue pause/);
  await signIn(page, note);
  await expect(heading(page, 'Mon actualisation de novembre 2026')).toBeVisible();
  await answer(page, /^Les réponses de tout à l'heure/);

  // Not the lesson's way: « Non » to still looking for work, then back.
  await pick(page, 'france-travail.actualisation.recherche', 'Non');
  await target(page, 'france-travail.actualisation.questions.suivant').click();
  await expect(heading(page, 'Vous n’êtes plus à la recherche d’un emploi')).toBeVisible();
  // A warning, drawn as the site's warnings are (orange), not as its information boxes (blue).
  await expect(site(page).locator('.ft-alert').filter({ hasText: 'Attention' })).toHaveCSS(
    'border-left-color',
    'rgb(154, 61, 0)',
  );
  await checkPage(page, 'actualisation-fin-recherche');
  await target(page, 'france-travail.actualisation.fin-recherche.modifier').click();
  await pick(page, 'france-travail.actualisation.recherche', 'Oui');
  await target(page, 'france-travail.actualisation.questions.suivant').click();

  // The employers' page refuses hours with minutes and a missing gross pay.
  await expect(heading(page, 'Mes employeurs en novembre 2026')).toBeVisible();
  await type(page, 'france-travail.actualisation.employeur.1.nom', 'École Sainte-Marie');
  await type(page, 'france-travail.actualisation.employeur.1.heures', '38h30');
  await target(page, 'france-travail.actualisation.employeurs.suivant').click();
  await expect(site(page).getByRole('alert')).toContainText('Le formulaire contient 2 erreurs');
  await expect(site(page)).toContainText('Indiquez un nombre d’heures entier, sans les minutes. Par exemple : 38.');
  await expect(site(page)).toContainText('Saisissez le salaire brut.');
  await checkPage(page, 'actualisation-employeurs-erreurs');

  // « Mon espace », then « Mes rendez-vous » and « Mes courriers ».
  await target(page, 'france-travail.header.connexion').click();
  await expect(heading(page, 'Bonjour Nadia')).toBeVisible();
  await target(page, 'france-travail.espace.rendez-vous').click();
  await expect(heading(page, 'Mes rendez-vous')).toBeVisible();
  await checkPage(page, 'rendez-vous');
  await target(page, 'france-travail.espace.retour').click();
  await target(page, 'france-travail.espace.courriers').click();
  await expect(heading(page, 'Mes courriers')).toBeVisible();
  await checkPage(page, 'courriers');
});

test('Nadia on 16 December: the update is closed until the 28th', async ({ page }) => {
  await openLessonAlone(page, 'envoyer-un-document');
  const note = await readNote(page);
  await target(page, 'france-travail.home.actualisation').click();
  await signIn(page, note);
  await expect(heading(page, 'M’actualiser')).toBeVisible();
  await expect(site(page)).toContainText('L’actualisation n’est pas encore ouverte');
  await expect(site(page).getByRole('radio')).toHaveCount(0);
  await checkPage(page, 'actualisation-fermee');
});

test('Lucas: the activation link opened after 24 hours, then the draft deleted after 15 days', async ({ page }) => {
  test.setTimeout(180_000);
  await page.clock.install();
  await openLessonAlone(page, 'france-travail-s-inscrire');
  const lucas = { email: 'lucas.martin@messagerie-entrainement.fr', motDePasse: 'Canal-Saint-Denis-2026' };

  await target(page, 'france-travail.home.inscription').click();
  await target(page, 'france-travail.inscription.commencer').click();
  await answer(page, 'Inscrire Lucas maintenant.');
  await pick(page, 'france-travail.inscription.eligibilite.contrat', 'Non');
  await pick(page, 'france-travail.inscription.eligibilite.residence', /En France/);
  await target(page, 'france-travail.inscription.eligibilite.continuer').click();
  await target(page, 'france-travail.inscription.pieces.commencer').click();
  await type(page, 'france-travail.inscription.creation.email', lucas.email);
  await type(page, 'france-travail.inscription.creation.mot-de-passe', lucas.motDePasse);
  await type(page, 'france-travail.inscription.creation.confirmation', lucas.motDePasse);
  await target(page, 'france-travail.inscription.creation.cgu').check();
  await target(page, 'france-travail.inscription.creation.valider').click();
  await expect(heading(page, 'Activez votre espace personnel')).toBeVisible();

  // The next day: the link, valid 24 hours, has expired.
  await hoursLater(page, 25);
  await target(page, 'browser.tab.mail').click();
  await target(page, 'mail.inbox.ft-activation').click();
  await target(page, 'mail.lien.ft-activation').click();
  await expect(heading(page, 'Activez votre espace personnel')).toBeVisible();
  await expect(site(page)).toContainText('Ce lien a expiré');
  await checkPage(page, 'activation-expiree');

  // A new link works.
  await target(page, 'france-travail.inscription.activation.renvoyer').click();
  await target(page, 'browser.tab.mail').click();
  await target(page, 'mail.message.back').click();
  await target(page, 'mail.inbox.ft-activation').first().click();
  await expect(mailbox(page).getByRole('heading', { level: 1, name: 'Activez votre espace personnel' })).toBeVisible();
  await target(page, 'mail.lien.ft-activation').click();
  await expect(heading(page, 'Votre espace personnel est activé')).toBeVisible();
  const identifiant = (await site(page).locator('.ft-identifier').innerText()).trim();
  await answer(page, /Il le note dans un carnet/);
  await target(page, 'france-travail.inscription.compte-active.continuer').click();
  await expect(heading(page, 'Vos données personnelles')).toBeVisible();
  await target(page, 'france-travail.inscription.enregistrer').click();
  await expect(site(page).getByText(/Votre inscription a bien été enregistrée/)).toBeVisible();

  // 16 days later, the draft is gone.
  await hoursLater(page, 16 * 24);
  await target(page, 'france-travail.header.connexion').click();
  await signIn(page, { identifiant, motDePasse: lucas.motDePasse });
  await expect(heading(page, 'Bonjour Lucas')).toBeVisible();
  await expect(site(page).getByRole('alert')).toContainText('Votre inscription n’a pas été terminée dans les 15 jours');
  await expect(target(page, 'france-travail.espace.inscrire')).toBeVisible();
  await checkPage(page, 'espace-brouillon-supprime');
});
