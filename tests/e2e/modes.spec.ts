/**
 * Watch, Guided, Alone and the public computer, in a real Chromium: the same lesson in the three
 * modes raises the levels in « Mon carnet »; Alone with every rung of help still reaches the end,
 * recorded as help; « Terminer et tout effacer » leaves nothing in the browser; a progress code
 * taken in one browser restores the carnet in a fresh one; axe-core in every mode.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { doWithMouse, expectNoAxeViolations, lessonPath, readCodeInMailbox } from './helpers.ts';

const lessonId = 'caf-se-connecter';
const skill = 'Se connecter avec un identifiant et un mot de passe';

async function startLesson(page: Page, mode: 'Je regarde' | 'On fait ensemble' | 'Je fais seul') {
  await page.goto(`/lecons/${lessonId}`);
  await page.getByRole('button', { name: mode, exact: true }).click();
  await expect(page.locator('[data-target="caf.header.mon-compte"]')).toBeVisible();
}

const guide = (page: Page) => page.locator('.guide-panel');
const done = (page: Page) => page.getByRole('heading', { level: 1, name: 'Bravo !' });

/** Does the lesson as a learner who knows what to do (the path from the real compiler). */
async function doItMyself(page: Page) {
  let code = '';
  for (const step of await lessonPath(lessonId)) {
    await doWithMouse(page, step, async () => code);
    if (step.event.type === 'SITE' && step.event.target === 'mail.inbox.caf-code') code = await readCodeInMailbox(page);
  }
  await expect(done(page)).toBeVisible();
}

async function levelIn(page: Page, label: string) {
  await page.goto('/carnet');
  const item = page.locator('.skill-item').filter({ has: page.getByRole('heading', { name: label, exact: true }) });
  return (await item.locator('.skill-level strong').innerText()).trim();
}

async function storageOf(page: Page) {
  return page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    databases: 'databases' in indexedDB ? (await indexedDB.databases()).length : 0,
    // The service worker's copy of the app's own files is no learner's data: it stays (offline.spec.ts).
    caches:
      'caches' in window ? (await caches.keys()).filter((name) => !name.startsWith('pas-a-pas-app-files-')).length : 0,
  }));
}

test('the same lesson in Je regarde, then On fait ensemble, then Je fais seul: the levels rise', async ({ page }) => {
  await page.goto(`/lecons/${lessonId}`);
  await expect(page.getByText('Conseillé pour vous')).toBeVisible();
  await expect(page.locator('.mode-choice li.recommended')).toContainText('Je regarde');

  await startLesson(page, 'Je regarde');
  await expectNoAxeViolations(page, 'a step in Je regarde');
  while (!(await done(page).isVisible())) {
    await guide(page).getByRole('button', { name: 'Suivant' }).click();
    await expect(
      guide(page)
        .getByRole('status')
        .filter({ hasText: /^Regardez/ }),
    ).toHaveCount(0, { timeout: 15_000 });
  }
  expect(await levelIn(page, skill)).toBe('Découverte');

  await page.goto(`/lecons/${lessonId}`);
  await expect(page.locator('.mode-choice li.recommended')).toContainText('On fait ensemble');
  await startLesson(page, 'On fait ensemble');
  await expectNoAxeViolations(page, 'a step in On fait ensemble');
  await doItMyself(page);
  expect(await levelIn(page, skill)).toBe('Avec aide');

  await page.goto(`/lecons/${lessonId}`);
  await expect(page.locator('.mode-choice li.recommended')).toContainText('Je fais seul');
  await startLesson(page, 'Je fais seul');
  await expect(guide(page)).toContainText('Votre mission');
  await expectNoAxeViolations(page, 'a step in Je fais seul');
  await doItMyself(page);
  expect(await levelIn(page, skill)).toBe('Presque seul');
  await expect(page.getByText('Mes leçons')).toBeVisible();
  await expectNoAxeViolations(page, 'Mon carnet');
});

test('in Je fais seul, « J’ai besoin d’aide » up to « Montre-moi » still reaches the end, recorded as help', async ({
  page,
}) => {
  await startLesson(page, 'Je fais seul');
  while (!(await done(page).isVisible())) {
    const help = guide(page).getByRole('button', { name: "J'ai besoin d'aide" });
    while (await help.isVisible()) await help.click();
    await guide(page).getByRole('button', { name: 'Montre-moi' }).click();
    // On a question, « Montre-moi » shows the right answer: the learner confirms it.
    const confirm = guide(page).getByRole('button', { name: 'Valider' });
    if (await confirm.isVisible()) await confirm.click();
    await page.waitForTimeout(50);
  }
  await page.goto('/carnet');
  await expect(page.locator('.carnet-section').filter({ hasText: 'Mes leçons' })).toContainText(
    /étapes montrées, ou faites avec un animateur/,
  );
  expect(await levelIn(page, skill)).toBe('Découverte');
});

test('« Terminer et tout effacer » leaves nothing of the app in the browser', async ({ page }) => {
  await startLesson(page, 'On fait ensemble');
  await doItMyself(page);
  // What a future version might keep too: a session value, a cache, a database (closed after use).
  await page.evaluate(async () => {
    sessionStorage.setItem('pas-a-pas:test', '1');
    await caches.open('pas-a-pas-test');
    await new Promise<void>((resolve) => {
      const request = indexedDB.open('pas-a-pas-test');
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
    });
  });
  const before = await storageOf(page);
  expect(before).toEqual({ local: 1, session: 1, databases: 1, caches: 1 });
  await page.getByRole('button', { name: 'Terminer et tout effacer' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Oui, tout effacer' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText(/Tout est effacé/)).toBeVisible();
  await expect.poll(() => storageOf(page)).toEqual({ local: 0, session: 0, databases: 0, caches: 0 });
  await expectNoAxeViolations(page, 'the home page after the wipe');
});

/** A new browser context (nothing stored) on the app the tests are served from. */
async function freshPage(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ ...(baseURL ? { baseURL } : {}), locale: 'fr-FR' });
  return { context, page: await context.newPage() };
}

test('a progress code taken in one browser restores the carnet in a fresh one', async ({ browser, baseURL }) => {
  const first = await freshPage(browser, baseURL);
  await startLesson(first.page, 'On fait ensemble');
  await doItMyself(first.page);
  const level = await levelIn(first.page, skill);
  expect(level).toBe('Avec aide');
  await first.page.goto('/carnet/code');
  const code = (
    await first.page.locator('.progress-code [aria-hidden="true"], .progress-code').last().innerText()
  ).replace(/\s/g, '');
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  await expect(first.page.locator('.code-card svg')).toBeVisible();
  await first.context.close();

  const second = await freshPage(browser, baseURL);
  await second.page.goto('/');
  const field = second.page.getByRole('textbox', { name: 'Mon code de progrès' });
  await field.fill(code.slice(0, -1) + (code.endsWith('0') ? '1' : '0'));
  await second.page.getByRole('button', { name: 'Reprendre' }).click();
  await expect(second.page.getByRole('alert')).toBeVisible();
  expect(await second.page.evaluate(() => localStorage.length)).toBe(0);
  await field.fill(code);
  await second.page.getByRole('button', { name: 'Reprendre' }).click();
  await expect(second.page.getByText('Vos progrès sont repris', { exact: false })).toBeVisible();
  expect(await levelIn(second.page, skill)).toBe(level);
  await second.context.close();
});
