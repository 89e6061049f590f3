/**
 * The author preview in `npm run dev` (`playwright.dev.config.ts` starts the dev server): the
 * graph of a lesson and its play buttons; a lesson file saved on disk updates the open preview
 * without a reload, in the mode chosen; a lesson with an error shows where to fix it, in words.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectNoAxeViolations, lessonPath } from './helpers.ts';

const lessons = resolve('content/lessons');

test('the preview lists the lessons, draws a lesson’s steps and branches, and plays it', async ({ page }) => {
  await page.goto('/auteur');
  await expect(page.getByRole('heading', { level: 1, name: 'Aperçu des leçons' })).toBeVisible();
  await page.getByRole('link', { name: 'caf-declaration-trimestrielle' }).click();

  const graph = page.getByRole('region', { name: 'Les étapes' });
  await expect(graph).toBeVisible();
  const path = await lessonPath('caf-declaration-trimestrielle');
  for (const { unit } of path) await expect(graph.locator(`#etat-${unit.id}`)).toContainText(unit.id);
  await expect(graph.getByText('selon persona.situation')).toBeVisible();
  await expect(graph.getByText('si « couple » →')).toBeVisible();
  await expect(graph.getByRole('heading', { name: 'Fin de la leçon' })).toBeVisible();
  await expectNoAxeViolations(page, 'the preview of a lesson');

  await page.getByRole('button', { name: 'On fait ensemble' }).click();
  await expect(page).toHaveURL(/\?mode=guided$/);
  await expect(page.getByRole('heading', { name: /^Étape 1 sur \d+$/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mon Compte' })).toBeVisible();
  await expectNoAxeViolations(page, 'a lesson played in the preview');
});

test.describe('a lesson file saved during `npm run dev`', () => {
  const id = 'zz-apercu-essai';
  const file = join(lessons, id, 'fr.mdx');
  const source = readFileSync(join(lessons, 'caf-se-connecter', 'fr.mdx'), 'utf8').replace(
    /^id: caf-se-connecter$/m,
    `id: ${id}`,
  );

  /** Waits until the dev server reports the lesson's messages as `source` gives them. */
  async function served(request: APIRequestContext) {
    await expect
      .poll(async () => (await request.get('/@id/__x00__virtual:pas-a-pas/author-messages')).text())
      .toContain(`"lessonId":"${id}"`);
  }

  test.beforeAll(() => {
    mkdirSync(join(lessons, id), { recursive: true });
    writeFileSync(file, source);
  });
  test.afterAll(() => rmSync(join(lessons, id), { recursive: true, force: true }));

  test('updates the preview without a reload, in the mode chosen, and shows an error in words', async ({
    page,
    request,
  }) => {
    await served(request);
    await page.goto(`/auteur/${id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Me connecter à Mon Compte CAF' })).toBeVisible();
    await page.getByRole('button', { name: 'On fait ensemble' }).click();
    await expect(page.getByRole('heading', { name: /^Étape 1 sur \d+$/ })).toBeVisible();
    // Gone if the page reloads.
    await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));

    writeFileSync(file, source.replace(/^title: .*$/m, 'title: Essai de titre changé'));
    await expect(page.getByRole('heading', { level: 1, name: 'Essai de titre changé' }).first()).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Étape 1 sur \d+$/ })).toBeVisible();
    await expect(page.getByText('Mode : On fait ensemble')).toBeVisible();
    await expect(page).toHaveURL(/\?mode=guided$/);

    const broken = source.replace('target="caf.header.mon-compte"', 'target="caf.header.mon-compt"');
    const line = broken.slice(0, broken.indexOf('target="caf.header.mon-compt"')).split('\n').length;
    writeFileSync(file, broken);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(`corrigez le fichier à la ligne ${line}`);
    await expect(alert).toContainText('caf.header.mon-compt');
    await expect(page.getByText(/Rechargez/)).toHaveCount(0);
    await expect(page.locator('vite-error-overlay')).toHaveCount(0);

    writeFileSync(file, source);
    await expect(page.getByRole('heading', { name: /^Étape 1 sur \d+$/ })).toBeVisible();
    await expect(page.getByText('Mode : On fait ensemble')).toBeVisible();
    expect(await page.evaluate(() => (window as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);
  });
});
