/**
 * The browser's Back during a lesson, in a real Chromium: it asks « Quitter la leçon ? »;
 * staying keeps the lesson, leaving goes back to the home page; once the lesson is done, Back
 * leaves at once. And the practice browser's own « Précédent » goes back a page inside the
 * practice site.
 */
import { expect, test, type Page } from '@playwright/test';
import { doWithMouse, expectNoAxeViolations, lessonPath, readCodeInMailbox } from './helpers.ts';

const lessonId = 'caf-se-connecter';
const title = 'Me connecter à Mon Compte CAF';

/** From the home page, opens the lesson by its link and starts it in « On fait ensemble ». */
async function startFromHome(page: Page) {
  await page.goto('/');
  await page.getByRole('link', { name: title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/lecons/${lessonId}$`));
  await page.getByRole('button', { name: 'On fait ensemble', exact: true }).click();
  await expect(page.locator('[data-target="caf.header.mon-compte"]')).toBeVisible();
}

const stepOne = (page: Page) => page.getByRole('heading', { name: /^Étape 1 sur \d+$/ });

test('Back asks for confirmation', async ({ page }) => {
  await startFromHome(page);
  const dialog = page.getByRole('dialog', { name: 'Quitter la leçon ?' });

  await page.goBack();
  await expect(dialog).toBeVisible();
  const stay = dialog.getByRole('button', { name: 'Rester dans la leçon' });
  await expect(stay).toBeFocused();
  await expectNoAxeViolations(page, 'the « Quitter la leçon ? » dialog');
  await stay.click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`/lecons/${lessonId}$`));
  await expect(stepOne(page)).toBeVisible();

  await page.goBack();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Quitter la leçon' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Les leçons' })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  await expect(dialog).toBeHidden();
});

test('the practice browser’s « Précédent » goes back a page in the practice site', async ({ page }) => {
  await startFromHome(page);
  const back = page.getByRole('button', { name: 'Page précédente' });
  await expect(back).toBeDisabled();
  await page.locator('[data-target="caf.header.mon-compte"]').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Connexion à Mon Compte' })).toBeVisible();
  await back.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bienvenue sur caf.fr' })).toBeVisible();
  await expect(back).toBeDisabled();
  // Still in the lesson, at its second step: going back a page is no mistake.
  await expect(page).toHaveURL(new RegExp(`/lecons/${lessonId}$`));
  await expect(page.getByRole('heading', { name: /^Étape 2 sur \d+$/ })).toBeVisible();
});

test('once the lesson is done, Back leaves at once', async ({ page }) => {
  await startFromHome(page);
  let code = '';
  for (const step of await lessonPath(lessonId)) {
    await doWithMouse(page, step, async () => code);
    if (step.event.type === 'SITE' && step.event.target === 'mail.inbox.caf-code') code = await readCodeInMailbox(page);
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Bravo !' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Les leçons' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
