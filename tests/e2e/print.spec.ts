/**
 * Printing after a lesson: the practice browser's document viewer prints its sheet alone, and
 * that print rule must stay with the open viewer. Its CSS stays loaded once a lesson has run, and
 * it used to blank every page printed afterwards (the practice card, the advisor's handouts).
 */
import { expect, test } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';

test('the practice card printed after a lesson has run is not blank', async ({ page }) => {
  await page.goto('/lecons/caf-se-connecter');
  await page.getByRole('button', { name: 'On fait ensemble', exact: true }).click();
  await expect(page.locator('[data-target="caf.header.mon-compte"]')).toBeVisible();

  // The app's own navigation (no reload): the lesson's styles stay in the page.
  await page.evaluate(() => {
    history.pushState(null, '', '/lecons/caf-se-connecter/carte');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(page.getByRole('heading', { level: 1, name: "Carte d'entraînement" })).toBeVisible();

  const pdf = await page.pdf({ format: 'A4' });
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  expect(text).toContain("Carte d'entraînement");
  expect(text).toContain('Amina');
});
