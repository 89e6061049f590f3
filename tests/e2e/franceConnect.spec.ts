/**
 * FranceConnect in a real Chromium, as a learner in « Je fais seul » (`franceconnect-se-connecter`):
 * Amina opens the CAF's login page, clicks « S'identifier avec FranceConnect », chooses
 * impots.gouv, logs in there with the numéro fiscal and the password of her practice card, and
 * comes back to the CAF's Mon Compte, signed in — FranceConnect's pages shown in the caf.fr tab,
 * with their own address in the address bar. Another learner picks a provider that has no
 * practice copy (« non copié »), then meets the incident « fournisseur-indisponible » and its
 * error page, and goes back. axe-core checks every FranceConnect page.
 *
 * `SHOTS_DIR=/tmp/shots-franceconnect npx playwright test tests/e2e/franceConnect.spec.ts` also
 * saves a screenshot of each screen, to look at beside the domain brief.
 */
import { expect, test, type Page } from '@playwright/test';
import { lessonPaths, type PathStep } from '../../src/engine/lessonPaths.ts';
import { createWorld } from '../../src/lesson/world.ts';
import { compiledLesson, pageChecker } from './helpers.ts';

const checkPage = pageChecker('fc-');

const guide = (page: Page) => page.locator('.guide-panel');
const target = (page: Page, id: string) => page.locator(`[data-target="${id}"]`);
const address = (page: Page) => page.locator('.browser-url');
const heading = (page: Page, name: string | RegExp) =>
  page.locator('.practice-browser').getByRole('heading', { level: 1, name });

/** Answers the lesson's question `id` once the guide asks it, as the lesson's own path does. */
async function answer(page: Page, path: PathStep[], id: string) {
  const step = path.find((s) => s.unit.id === id)!;
  const choice = guide(page).locator(
    `input[name="question-${id}"][value="${(step.event as { value: string }).value}"]`,
  );
  await choice.check();
  await guide(page).getByRole('button', { name: 'Valider', exact: true }).click();
  await expect(choice).toBeHidden();
}

test('Amina logs in to the CAF through FranceConnect with her impots.gouv identity', async ({ page }) => {
  test.setTimeout(120_000);
  const [path] = lessonPaths(await compiledLesson('franceconnect-se-connecter'), { ...createWorld(0), otp: '000000' });
  await page.goto('/lecons/franceconnect-se-connecter');
  await page.getByRole('button', { name: 'Je fais seul', exact: true }).click();
  await expect(guide(page)).toContainText('Votre mission');

  // What the learner reads on the practice card: the numéro fiscal (avis) and the password (note).
  const card = page.locator('.practice-card');
  const avis = card.locator('article').filter({ has: page.getByRole('heading', { name: /^Avis d’impôt/ }) });
  const numeroFiscal = /Numéro fiscal : ([\d ]+)/.exec(await avis.innerText())?.[1]?.trim() ?? '';
  expect(numeroFiscal.replace(/\s/g, '')).toMatch(/^\d{13}$/);
  const motDePasse = (
    await card
      .locator('article')
      .filter({ has: page.getByRole('heading', { name: 'Papier avec le mot de passe impots.gouv.fr' }) })
      .locator('.note-secret')
      .innerText()
  ).trim();

  await target(page, 'caf.header.mon-compte').click();
  await expect(address(page)).toHaveText('https://entrainement.pas-a-pas.local/caf');
  await expect(page.getByRole('button', { name: 'S’identifier avec FranceConnect' })).toBeVisible();
  await checkPage(page, 'caf-connexion');
  await page.getByRole('button', { name: 'S’identifier avec FranceConnect' }).click();
  await answer(page, path!, 'c-est-quoi-franceconnect');
  await expect(heading(page, /Je choisis un compte/)).toBeVisible();
  await expect(address(page)).toHaveText('https://entrainement.pas-a-pas.local/franceconnect');
  await expect(target(page, 'browser.tab.caf')).toHaveAttribute('aria-current', 'page');
  await checkPage(page, 'franceconnect-choix');

  await target(page, 'franceconnect.fournisseurs.impots').click();
  await expect(heading(page, 'Connexion à votre espace particulier')).toBeVisible();
  await expect(address(page)).toHaveText('https://entrainement.pas-a-pas.local/impots/connexion-franceconnect');
  await target(page, 'franceconnect.impots.numero-fiscal').fill(numeroFiscal);
  await target(page, 'franceconnect.impots.numero-fiscal').blur();
  await checkPage(page, 'franceconnect-impots-numero');
  await target(page, 'franceconnect.impots.continuer').click();
  await target(page, 'franceconnect.impots.mot-de-passe').fill(motDePasse);
  // The full-page screenshot leaves the window scrolled to its bottom; pressing « Connexion »
  // leaves the field, and the lesson moving on then shortens the page: the click must still land.
  await checkPage(page, 'franceconnect-impots');
  await target(page, 'franceconnect.impots.connexion').click();

  await expect(target(page, 'franceconnect.confirmation.continuer')).toBeVisible();
  await checkPage(page, 'franceconnect-confirmation');
  await target(page, 'franceconnect.confirmation.continuer').click();

  // Back on caf.fr, signed in: Mon Compte, no code asked.
  await expect(address(page)).toHaveText('https://entrainement.pas-a-pas.local/caf');
  await expect(target(page, 'caf.espace.logout')).toBeVisible();
  await checkPage(page, 'caf-mon-compte');
  await target(page, 'caf.espace.logout').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bravo !' })).toBeVisible();
});

test('a provider without a practice copy says so; an unavailable provider shows FranceConnect’s error page', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const lessonId = 'franceconnect-se-connecter';
  const [path] = lessonPaths(await compiledLesson(lessonId), { ...createWorld(0), otp: '000000' });
  await page.goto(`/lecons/${lessonId}`);
  await page.getByRole('button', { name: 'Je fais seul', exact: true }).click();
  await expect(guide(page)).toContainText('Votre mission');
  await target(page, 'caf.header.mon-compte').click();
  await page.getByRole('button', { name: 'S’identifier avec FranceConnect' }).click();
  await answer(page, path!, 'c-est-quoi-franceconnect');
  await expect(heading(page, /Je choisis un compte/)).toBeVisible();

  // La Poste has no practice copy: its page says so and leads to another account.
  await target(page, 'franceconnect.fournisseurs.laposte').click();
  await expect(heading(page, 'Ce compte n’est pas disponible ici')).toBeVisible();
  await checkPage(page, 'franceconnect-non-copie');
  await target(page, 'franceconnect.non-copie.autre-compte').click();
  await expect(heading(page, /Je choisis un compte/)).toBeVisible();

  // The incident, switched on as a lesson step does: in the practice world kept for the tab,
  // which the reload takes up.
  const key = `pas-a-pas:run:${lessonId}`;
  await expect.poll(() => page.evaluate((k) => sessionStorage.getItem(k) !== null, key)).toBe(true);
  await page.evaluate((k) => {
    const kept = JSON.parse(sessionStorage.getItem(k)!);
    kept.run.world.incidents = [...(kept.run.world.incidents ?? []), 'franceconnect.fournisseur-indisponible'];
    sessionStorage.setItem(k, JSON.stringify(kept));
  }, key);
  await page.reload();
  await expect(heading(page, /Je choisis un compte/)).toBeVisible();
  await target(page, 'franceconnect.fournisseurs.impots').click();
  await expect(heading(page, 'Une erreur est survenue')).toBeVisible();
  await expect(page.locator('.practice-browser').getByRole('alert')).toContainText(
    'Le service impots.gouv est momentanément indisponible.',
  );
  await checkPage(page, 'franceconnect-erreur');

  // The way back: another account (the incident is over), or back to the CAF.
  await target(page, 'franceconnect.erreur.autre-compte').click();
  await expect(heading(page, /Je choisis un compte/)).toBeVisible();
  await target(page, 'franceconnect.fournisseurs.impots').click();
  await expect(heading(page, 'Connexion à votre espace particulier')).toBeVisible();
});
