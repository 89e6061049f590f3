/**
 * ameli in a real Chromium, as a learner in « Je fais seul » (`ameli-attestation-droits`): Amina
 * reads her numéro de sécurité sociale and password on the practice card, logs in, goes to « Mes
 * démarches » → « Attestation de droits », asks for it for all the beneficiaries, and opens it in
 * the practice viewer; the downloaded file is a real PDF whose text names her and her daughter.
 * axe-core checks every page, the viewer with its long document included.
 *
 * `SHOTS_DIR=/tmp/shots-ameli npx playwright test tests/e2e/ameli.spec.ts` also saves a
 * screenshot of each screen, to look at beside the domain brief.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { pageChecker } from './helpers.ts';

const checkPage = pageChecker('am-');

const target = (page: Page, id: string) => page.locator(`[data-target="${id}"]`);
const heading = (page: Page, name: string | RegExp) =>
  page.locator('.practice-browser').getByRole('heading', { level: 1, name });

test('Amina logs in to ameli, asks for her attestation de droits and opens the PDF', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/lecons/ameli-attestation-droits');
  await page.getByRole('button', { name: 'Je fais seul', exact: true }).click();

  // What the learner reads on the practice card: the note with the number and the password.
  const note = page.locator('.practice-card article').filter({
    has: page.getByRole('heading', { name: 'Papier avec le numéro de sécurité sociale et le mot de passe ameli' }),
  });
  const [nir, motDePasse] = (await note.locator('.note-secret').allInnerTexts()).map((t) => t.trim());
  expect(nir).toMatch(/^\d{13}$/);

  await expect(heading(page, 'Connexion à mon compte ameli')).toBeVisible();
  await checkPage(page, 'ameli-connexion');
  await target(page, 'ameli.connexion.nir').fill(nir!);
  await target(page, 'ameli.connexion.mot-de-passe').fill(motDePasse!);
  await target(page, 'ameli.connexion.valider').click();

  await expect(heading(page, 'Bonjour Amina BENALI')).toBeVisible();
  await checkPage(page, 'ameli-compte');
  await target(page, 'ameli.compte.demarches').click();
  await expect(target(page, 'ameli.demarches.attestation-droits')).toBeVisible();
  await checkPage(page, 'ameli-demarches');
  await target(page, 'ameli.demarches.attestation-droits').click();
  await expect(heading(page, 'Attestation de droits')).toBeVisible();
  await checkPage(page, 'ameli-attestation');
  await page.getByRole('radio', { name: /^Tous les bénéficiaires/ }).check();
  await target(page, 'ameli.attestation.demander').click();
  await expect(heading(page, 'Votre attestation de droits est prête')).toBeVisible();
  await checkPage(page, 'ameli-attestation-prete');

  await target(page, 'ameli.attestation.telecharger').click();
  const viewer = page.getByRole('dialog', { name: 'attestation-droits-ameli.pdf' });
  await expect(viewer).toBeVisible();
  await expect(viewer).toContainText('Inès BENALI');
  await checkPage(page, 'ameli-attestation-viewer');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    target(page, 'browser.document.telecharger').click(),
  ]);
  expect(download.suggestedFilename()).toBe('attestation-droits-ameli.pdf');
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  const pdf = (text as string).replace(/\s+/g, ' ');
  expect(pdf).toContain('Attestation de droits à l’assurance maladie');
  expect(pdf).toContain('Madame Amina BENALI');
  expect(pdf).toContain(`Numéro de sécurité sociale : ${nir!.slice(0, 1)} ${nir!.slice(1, 3)} ${nir!.slice(3, 5)}`);
  expect(pdf).toContain('Inès BENALI');
  await target(page, 'browser.document.fermer').click();
  await expect(viewer).toBeHidden();
});
