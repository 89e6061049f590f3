/**
 * The first screen is HTML (issue 13): the pages rendered at build time paint and link without
 * JavaScript, in French and in English (a lesson's mode buttons wait, disabled, for the app); with
 * JavaScript they are hydrated with no warning, and the language switch moves to the other
 * language's address, which a reload keeps.
 */
import { expect, test, type ConsoleMessage, type Page } from '@playwright/test';

/** Console errors and warnings of `page` (a hydration mismatch is one of them). */
function complaints(page: Page): string[] {
  const seen: string[] = [];
  const listen = (message: ConsoleMessage) => {
    if (message.type() === 'error' || message.type() === 'warning') seen.push(message.text());
  };
  page.on('console', listen);
  page.on('pageerror', (error) => seen.push(error.message));
  return seen;
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the home page lists the lessons, and a lesson link opens its start screen', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Leçons' })).toBeVisible();
    const lesson = page.getByRole('link', { name: /Me connecter à Mon Compte CAF/ }).first();
    await expect(lesson).toBeVisible();
    await lesson.click();
    await expect(page).toHaveURL(/\/lecons\/caf-se-connecter$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Me connecter à Mon Compte CAF' })).toBeVisible();
    // The modes need the app: they wait, disabled, rather than swallow a click.
    await expect(page.getByRole('button', { name: 'Je regarde', exact: true })).toBeDisabled();
    await expect(page).toHaveTitle('Me connecter à Mon Compte CAF · Pas à pas');
  });

  test('the English pages, « Mon carnet » empty, the resume page and the 404 are HTML too', async ({ page }) => {
    await page.goto('/en/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible();
    await page.goto('/en/lecons/caf-se-connecter');
    await expect(page.getByRole('button', { name: 'I watch', exact: true })).toBeVisible();
    await page.goto('/carnet');
    await expect(page.getByRole('heading', { level: 1, name: 'Mon carnet' })).toBeVisible();
    await page.goto('/reprendre');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reprendre avec mon code');
    await page.goto('/404');
    await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
  });

  test('every language’s home page is whole in its HTML: the lessons, never « Chargement… »', async ({ page }) => {
    // Arabic and Ukrainian take two bytes a letter: a page that large once came out behind a
    // loading message and an inline script that neither this browser nor the CSP would run.
    for (const [path, heading] of [
      ['/', 'Les leçons'],
      ['/en/', 'Lessons'],
      ['/ar/', 'الدروس'],
      ['/uk/', 'Уроки'],
      ['/es/', 'Las lecciones'],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.locator('.lesson-list a').first()).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: /…$/ })).toHaveCount(0);
    }
    // An address typed without its last « / » opens the same home page, in its language.
    await page.goto('/es');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1, name: 'Las lecciones' })).toBeVisible();
  });
  test('a prerendered page carries its own styles: it looks the same with every stylesheet request refused', async ({
    page,
  }) => {
    /** A few computed styles that the app's CSS sets on the first screen. */
    const looks = () =>
      page.evaluate(() =>
        ['h1', '.lesson-list a', 'button'].map((selector) => {
          const style = getComputedStyle(document.querySelector(selector)!);
          return `${selector}: ${style.fontSize} ${style.color} ${style.backgroundColor} ${style.display} ${style.padding}`;
        }),
      );
    await page.goto('/');
    const styled = await looks();
    await page.goto('/lecons/caf-se-connecter');
    await expect(page.getByRole('heading', { level: 1, name: 'Me connecter à Mon Compte CAF' })).toBeVisible();
    const lessonStyled = await page.evaluate(() => getComputedStyle(document.querySelector('h1')!).fontSize);

    let refused = 0;
    await page.route('**/*.css', (route) => {
      refused += 1;
      return route.abort();
    });
    await page.goto('/');
    expect(await looks()).toEqual(styled);
    await page.goto('/lecons/caf-se-connecter');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('h1')!).fontSize)).toBe(lessonStyled);
    // The links stay (a lazy chunk's loader looks for them) but never apply, and were refused here.
    expect(refused).toBeGreaterThan(0);
    // Without the page's own styles, the browser's default <h1> is 32px.
    expect(styled[0]).not.toMatch(/^h1: 32px/);
  });
});

test('the prerendered pages are hydrated without a warning; a lesson’s modes work once the app runs', async ({
  page,
}) => {
  const seen = complaints(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible();
  await page.reload();
  await expect(page.locator('#root')).toHaveAttribute('data-prerendered', '/en/');
  await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible();
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  // `/en` without its last « / »: its own English page, hydrated as it is.
  await page.goto('/en');
  await expect(page.locator('#root')).toHaveAttribute('data-prerendered', '/en');
  await expect(page.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible();
  await page
    .getByRole('link', { name: /Log in to my CAF account/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/en\/lecons\/[a-z-]+$/);

  await page.goto('/lecons/caf-se-connecter', { waitUntil: 'commit' });
  await expect(page.locator('#root')).toHaveAttribute('data-prerendered', '/lecons/caf-se-connecter');
  await expect(page.getByRole('button', { name: 'Je regarde', exact: true })).toBeEnabled();
  await page.getByRole('button', { name: 'Je regarde', exact: true }).click();
  await expect(page.locator('[data-target="caf.header.mon-compte"]')).toBeVisible();
  await page.goto('/carnet');
  await expect(page.getByRole('heading', { level: 1, name: 'Mon carnet' })).toBeVisible();
  expect(seen).toEqual([]);
});
