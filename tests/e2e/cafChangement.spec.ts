/**
 * « Déclarer un changement de situation » on the CAF copy, in a real Chromium, as a learner in
 * « Je fais seul »: signed in with the code read in the practice mailbox, Mon profil → « Modifier »,
 * the move (address, commune from the postcode, date, rent), a file too large refused, the lease
 * chosen in the « Ouvrir » dialog, the summary, « Valider », the confirmation; the receipt opens in
 * the practice viewer as a real PDF; axe-core checks each page.
 *
 * `SHOTS_DIR=/tmp/shots-chg npx playwright test tests/e2e/cafChangement.spec.ts` also saves a
 * screenshot of each page.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { heading, signIn, site } from './cafHelpers.ts';
import { guide, openWithMouse, pageChecker, target, type } from './helpers.ts';

const checkPage = pageChecker('');

test('a learner declares Amina’s move alone, with the lease, and opens the receipt as a PDF', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/lecons/caf-declarer-changement');
  await page.getByRole('button', { name: 'Je fais seul', exact: true }).click();
  await expect(guide(page)).toContainText('Votre mission');

  // Sign in: number, password, the code read in the practice mailbox.
  await signIn(page, '2860375114023', 'Jasmin2026!', 'Amina');

  await target(page, 'caf.espace.menu.profil').click();
  await expect(heading(page, 'Mon profil')).toBeVisible();
  await expect(site(page)).toContainText('12 rue des Lilas, 93200 Saint-Denis');
  await checkPage(page, 'mon-profil');
  await target(page, 'caf.profil.modifier').click();

  await expect(heading(page, 'Déclarer un changement de situation')).toBeVisible();
  await guide(page)
    .getByRole('radio', { name: /^Le déménagement/ })
    .check();
  await guide(page).getByRole('button', { name: 'Valider', exact: true }).click();
  await target(page, 'caf.changement.type').getByRole('radio', { name: 'Déménagement' }).check();
  await checkPage(page, 'choix');
  await target(page, 'caf.changement.choix.suivant').click();

  await expect(heading(page, 'Déménagement')).toBeVisible();
  await type(page, 'caf.changement.demenagement.adresse', '5 rue Victor Hugo');
  await type(page, 'caf.changement.demenagement.code-postal', '94200');
  await target(page, 'caf.changement.demenagement.commune').selectOption('Ivry-sur-Seine');
  // A date in the wrong format first: « Suivant » is refused, with the site's message under the field.
  await type(page, 'caf.changement.demenagement.date', '21/11/26');
  await target(page, 'caf.changement.demenagement.suivant').click();
  await expect(site(page).getByText('La date doit être au format JJ/MM/AAAA.').first()).toBeVisible();
  await checkPage(page, 'demenagement-erreur');
  await type(page, 'caf.changement.demenagement.date', '21/11/2026');
  await target(page, 'caf.changement.demenagement.logement').getByRole('radio', { name: 'Locataire' }).check();
  await type(page, 'caf.changement.demenagement.loyer', '690,00');
  await checkPage(page, 'demenagement');
  await target(page, 'caf.changement.demenagement.suivant').click();

  await expect(heading(page, 'Justificatif')).toBeVisible();
  await target(page, 'caf.changement.demenagement.justificatif.parcourir').click();
  await openWithMouse(page, 'scan-bail-complet.pdf');
  await expect(site(page).getByRole('alert').filter({ hasText: 'est trop volumineux' })).toBeVisible();
  await checkPage(page, 'justificatif-refuse');
  await target(page, 'caf.changement.demenagement.justificatif.parcourir').click();
  await openWithMouse(page, 'bail-ivry-sur-seine.pdf');
  await expect(site(page)).toContainText('bail-ivry-sur-seine.pdf (420 Ko)');
  await checkPage(page, 'justificatif');
  await target(page, 'caf.changement.demenagement.justificatif.suivant').click();

  await expect(heading(page, 'Récapitulatif')).toBeVisible();
  await expect(site(page)).toContainText('5 rue Victor Hugo, 94200 Ivry-sur-Seine');
  await checkPage(page, 'recapitulatif');
  await target(page, 'caf.changement.demenagement.valider').click();

  await expect(heading(page, 'Votre déclaration est terminée')).toBeVisible();
  await expect(site(page)).toContainText('nouveau département (94)');
  const reference = (await site(page).locator('strong', { hasText: /^CHG-/ }).innerText()).trim();
  await checkPage(page, 'confirmation');

  // The receipt opens in the practice viewer; downloaded, it is a real PDF.
  await target(page, 'caf.changement.confirmation.accuse').click();
  const fileName = `accuse-reception-changement-${reference}.pdf`;
  const viewer = page.getByRole('dialog', { name: fileName });
  await expect(viewer).toBeVisible();
  await checkPage(page, 'accuse');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    target(page, 'browser.document.telecharger').click(),
  ]);
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  expect((text as string).replace(/\s+/g, ' ')).toContain(reference);
  await target(page, 'browser.document.fermer').click();
  await expect(viewer).toBeHidden();

  await target(page, 'caf.changement.confirmation.profil').click();
  // The lesson's last step: its end screen replaces the site.
  await expect(page.getByRole('heading', { level: 1, name: 'Bravo !' })).toBeVisible();
  await checkPage(page, 'bravo');
});
