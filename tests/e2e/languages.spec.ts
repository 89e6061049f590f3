/**
 * The learner's languages in a real Chromium: `?lang=ar` opens the app in Arabic, right to left,
 * for the browser session; each region says its language and direction (the guide in the
 * learner's, the practice site and the card's papers in French, left to right); a learner
 * completes the login lesson in Arabic in « On fait ensemble » and in Ukrainian in « Je fais
 * seul »; axe-core finds no violation in any language. The Arabic guide beside the French site
 * is kept as a screenshot (test-results/languages/) to be looked at.
 */
import { expect, test, type Page } from '@playwright/test';
import type { LessonData } from '../../src/compiler/emit/lessonExports.ts';
import { languages, type Language } from '../../src/i18n/languages.ts';
import type { Messages } from '../../src/i18n/locales/fr.ts';
import type { Mode } from '../../src/lesson/types.ts';
import { compiledLesson, doWithMouse, expectNoAxeViolations, lessonPath, readCodeInMailbox } from './helpers.ts';

const lessonId = 'caf-se-connecter';

/** The UI strings of `language`. */
async function uiStrings(language: Language): Promise<Messages> {
  const module = (await import(`../../src/i18n/locales/${language}.ts`)) as Record<string, Messages>;
  return module[language]!;
}

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key]));

const direction = (language: Language) => (language === 'ar' ? 'rtl' : 'ltr');

test('?lang=ar opens the home page in Arabic, right to left, for this browser session only', async ({
  page,
  browser,
}) => {
  const ar = await uiStrings('ar');
  await page.goto('/?lang=ar');
  await expect(page).toHaveURL(/\/ar\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: ar.home.title, exact: true })).toBeVisible();
  // The language switch names each language in its own script.
  const names = page.getByRole('banner').getByRole('group', { name: ar.app.language.label });
  await expect(names.getByRole('button', { name: 'العربية', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(names.getByRole('button', { name: 'Українська', exact: true })).toHaveAttribute('lang', 'uk');
  // The session keeps the choice: an address without a language opens in Arabic.
  await page.goto('/carnet');
  await expect(page).toHaveURL(/\/ar\/carnet$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // The next person on the computer (a new session) starts in French.
  const next = await browser.newPage();
  await next.goto('/');
  await expect(next.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(next.getByRole('heading', { level: 1, name: 'Les leçons', exact: true })).toBeVisible();
  await next.close();
});

for (const language of languages) {
  test(`in ${language}: each region says its language and direction, and axe-core finds no violation`, async ({
    page,
  }) => {
    const ui = await uiStrings(language);
    await page.goto(`/?lang=${language}`);
    await expect(page.getByRole('heading', { level: 1, name: ui.home.title, exact: true })).toBeVisible();
    await expectNoAxeViolations(page, `the home page in ${language}`);
    await page.goto(`/lecons/${lessonId}`);
    await page.getByRole('button', { name: ui.modes.guided, exact: true }).click();
    await expect(page.locator('[data-target="caf.header.mon-compte"]')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', direction(language));
    // The guide is in the learner's language (French where the lesson is not translated yet).
    const guideText = page.locator('.guide-panel .lesson-text').first();
    const lessonLanguage = await guideText.getAttribute('lang');
    expect([language, 'fr']).toContain(lessonLanguage);
    await expect(guideText).toHaveAttribute('dir', lessonLanguage === 'ar' ? 'rtl' : 'ltr');
    // The practice site and the card's papers stay French, left to right.
    await expect(page.locator('.practice-browser')).toHaveAttribute('dir', 'ltr');
    await expect(page.locator('#browser-panel-caf')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('.card-papers')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('.card-papers')).toHaveAttribute('dir', 'ltr');
    await expectNoAxeViolations(page, `a step of the lesson in ${language}`);
  });
}

/** Completes the login lesson in `language` and `mode`, doing each step on the site as a learner. */
async function completeLogin(page: Page, language: Language, mode: Mode, screenshot?: string) {
  const [ui, lesson, path] = await Promise.all([
    uiStrings(language),
    compiledLesson(lessonId, language),
    lessonPath(lessonId),
  ]);
  const unitOf = (id: string) => lesson.units.find((unit) => unit.id === id) as LessonData['units'][number];
  await page.goto(`/lecons/${lessonId}?lang=${language}`);
  await expect(page.getByRole('heading', { level: 1, name: lesson.meta.title, exact: true })).toBeVisible();
  await page.getByRole('button', { name: ui.modes[mode], exact: true }).click();
  const guide = page.locator('.guide-panel');
  let code = '';
  for (const step of path) {
    const heading = fill(ui.player.step, { index: step.number, total: lesson.units.length });
    await expect(guide.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
    if (step.event.type === 'ANSWER') {
      const unit = unitOf(step.unit.id);
      const value = step.event.value;
      const answer = unit.kind === 'question' ? unit.answers.find((a) => a.value === value) : undefined;
      await guide.getByRole('radio', { name: answer!.text, exact: true }).check();
      await guide.getByRole('button', { name: ui.player.question.submit, exact: true }).click();
      continue;
    }
    if (step.event.type === 'SITE') await expect(page.locator(`[data-target="${step.event.target}"]`)).toBeVisible();
    if (screenshot && step.number === 2) {
      // The guide's instruction quotes the site's French label: the picture shows both directions.
      await expect(guide.locator('.lesson-text').first()).toHaveAttribute('lang', language);
      await page.screenshot({ path: screenshot, fullPage: true });
      await guide.screenshot({ path: screenshot.replace(/\.png$/, '-guide.png'), scale: 'device' });
    }
    await doWithMouse(page, step, async () => code);
    if (step.event.type === 'SITE' && step.event.target === 'mail.inbox.caf-code') code = await readCodeInMailbox(page);
  }
  await expect(page.getByRole('heading', { level: 1, name: ui.completion.title, exact: true })).toBeVisible();
  await expectNoAxeViolations(page, `the completion screen in ${language}`);
}

test('a learner completes the login lesson in Arabic in « On fait ensemble »', async ({ page }) => {
  await completeLogin(page, 'ar', 'guided', 'test-results/languages/ar-guided.png');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});

test('a learner completes the login lesson in Ukrainian in « Je fais seul »', async ({ page }) => {
  await completeLogin(page, 'uk', 'alone');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
});
