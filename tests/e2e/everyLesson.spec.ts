/**
 * Every lesson can be completed through the guide panel alone in a real Chromium: the French
 * reference in each mode, and one of its translations in one mode, each lesson the next language
 * and the next mode in turn (every translation is replayed through the real player and sites by
 * `tests/lessons/paths.test.tsx`; `languages.spec.ts` checks each language's page in Chromium):
 * « Suivant » in Watch mode, « Montre-moi » in Guided mode, « J'ai besoin d'aide » up to
 * « Montre-moi » in Alone mode. Mon carnet then lists it as done.
 *
 * The lessons and their languages come from `content/lessons/<id>/<locale>.mdx` (the reference,
 * fr.mdx, in every folder); the texts to click come from the UI strings of that language. The
 * learner asks for reduced motion, so Watch mode's pointer jumps instead of travelling.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { lessonPathParts, referenceLocale } from '../../src/compiler/compileLesson.ts';
import type { LessonData } from '../../src/compiler/emit/lessonExports.ts';
import type { Messages } from '../../src/i18n/locales/fr.ts';
import type { Mode } from '../../src/lesson/types.ts';
import { isLanguage, languageNames } from '../../src/i18n/languages.ts';
import { compiledLesson } from './helpers.ts';

test.use({ reducedMotion: 'reduce' });

const lessonsDir = resolve('content/lessons');

/** Every lesson file: each folder of `content/lessons`, each of its `<locale>.mdx`. */
const lessonFiles = readdirSync(lessonsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((folder) =>
    readdirSync(resolve(lessonsDir, folder.name))
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => resolve(lessonsDir, folder.name, name)),
  )
  .map((path) => lessonPathParts(path))
  .sort((a, b) => a.folderId.localeCompare(b.folderId) || a.locale.localeCompare(b.locale));

const modes: readonly Mode[] = ['watch', 'guided', 'alone'];

test('every lesson folder has its reference file', () => {
  const folders = new Set(lessonFiles.map((file) => file.folderId));
  expect(folders.size).toBeGreaterThan(0);
  for (const folderId of folders) expect(lessonFiles, folderId).toContainEqual({ folderId, locale: referenceLocale });
});

/** The UI strings of `locale` (the app shows a lesson in the UI language). */
async function uiStrings(locale: string): Promise<Messages> {
  const module = (await import(`../../src/i18n/locales/${locale}.ts`)) as Record<string, Messages>;
  const strings = module[locale];
  if (!strings) throw new Error(`src/i18n/locales/${locale}.ts exports no "${locale}" strings`);
  return strings;
}

/** An i18next string with its `{{values}}` filled in. */
const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key]));

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Switches the UI to `locale` with the header's language switch (each language is named in its own). */
async function chooseLanguage(page: Page, locale: string) {
  if (!isLanguage(locale))
    throw new Error(`The language switch offers no "${locale}": the app cannot show ${locale}.mdx`);
  const button = page.getByRole('banner').getByRole('button', { name: languageNames[locale], exact: true });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
}

/** Presses what `mode` offers in the guide panel to get past the current step. */
async function pressOn(page: Page, mode: Mode, ui: Messages, unit: LessonData['units'][number]) {
  const guide = page.locator('.guide-panel');
  const button = (name: string) => guide.getByRole('button', { name, exact: true });
  // On a question, the answer is shown first; then « Suivant » (Watch) or « Valider » goes on.
  const question = unit.kind === 'question';
  if (mode === 'watch') {
    await button(ui.player.watch.next).click();
    if (question) await button(ui.player.watch.next).click();
    return;
  }
  const show = button(ui.player.show);
  // Alone mode: every rung of the ladder, one at a time, until « Montre-moi » is offered.
  for (let rung = 1; mode === 'alone' && !(await show.isVisible()); rung += 1) {
    await button(ui.player.help).click();
    await expect(guide.getByRole('list', { name: ui.player.hints, exact: true }).locator(':scope > li')).toHaveCount(
      rung,
    );
  }
  await show.click();
  if (question) await button(ui.player.question.submit).click();
}

const folders = [...new Set(lessonFiles.map((file) => file.folderId))];

/**
 * The modes a file is played in: the reference in all three; for the lesson at `index`, its
 * translation in the next language in turn (the compiler holds its structure to the
 * reference's), in the next mode in turn; its other translations in none.
 */
function modesOf(id: string, locale: string): readonly Mode[] {
  if (locale === referenceLocale) return modes;
  const index = folders.indexOf(id);
  const translations = lessonFiles.filter((file) => file.folderId === id && file.locale !== referenceLocale);
  return translations[index % translations.length]?.locale === locale ? [modes[index % modes.length]!] : [];
}

for (const { folderId: id, locale } of lessonFiles.filter((file) => modesOf(file.folderId, file.locale).length > 0)) {
  test.describe(`${id}/${locale}.mdx`, () => {
    let lesson: LessonData;
    let ui: Messages;
    test.beforeAll(async () => {
      [lesson, ui] = await Promise.all([compiledLesson(id, locale), uiStrings(locale)]);
    });

    for (const mode of modesOf(id, locale)) {
      test(`in ${mode} mode: completed through the guide panel alone, then in Mon carnet`, async ({ page }) => {
        const total = lesson.units.length;
        await page.goto(`/lecons/${id}`);
        await chooseLanguage(page, locale);
        await expect(page.getByRole('heading', { level: 1, name: lesson.meta.title, exact: true })).toBeVisible();
        await page.getByRole('button', { name: ui.modes[mode], exact: true }).click();

        const stepPattern = new RegExp(
          `^${escapeRegExp(ui.player.step).replace(escapeRegExp('{{index}}'), '(\\d+)').replace(escapeRegExp('{{total}}'), String(total))}$`,
        );
        const doneTitle = ui.completion.title;
        // Where the learner is: « Étape n sur N » in the guide panel, then the completion heading.
        const where = page
          .locator('.guide-panel')
          .getByRole('heading', { level: 2, name: stepPattern })
          .or(page.getByRole('heading', { level: 1, name: doneTitle, exact: true }));
        await expect(where).toHaveText(fill(ui.player.step, { index: 1, total }));
        let position = (await where.textContent()) ?? '';
        for (let presses = 0; position !== doneTitle; presses += 1) {
          expect(presses, 'more presses than the lesson has steps').toBeLessThan(total);
          const unit = lesson.units[Number(stepPattern.exec(position)![1]) - 1]!;
          // The learner waits for the practice site to show the step's element, as « Montre-moi » needs it.
          if (unit.kind === 'step') await expect(page.locator(`[data-target="${unit.target}"]`)).toBeVisible();
          await pressOn(page, mode, ui, unit);
          await expect(where, `after pressing on « ${position} » (${unit.id})`).not.toHaveText(position);
          position = (await where.textContent()) ?? '';
          // The pointer went to the step's element without travelling (it leaves with the player at the end).
          if (mode === 'watch' && unit.kind === 'step' && position !== doneTitle) {
            await expect(page.locator('.watch-pointer')).toHaveCSS('transition-property', 'none');
          }
        }
        // Every step was shown: none counts as done without help.
        const alone = ui.completion[`alone_${new Intl.PluralRules(locale).select(0)}` as 'alone_one' | 'alone_other'];
        await expect(page.getByText(fill(alone, { count: 0 }), { exact: true })).toBeVisible();

        await page.getByRole('link', { name: ui.completion.carnet, exact: true }).click();
        await expect(page).toHaveURL(/\/carnet$/);
        const lessonsDone = page.getByRole('region', { name: ui.carnet.lessons.title, exact: true });
        const run = lessonsDone
          .getByRole('listitem')
          .filter({ has: page.getByRole('heading', { level: 3, name: lesson.meta.title, exact: true }) });
        await expect(run).toHaveCount(1);
        await expect(run).toContainText(fill(ui.carnet.lessons.mode, { mode: ui.modes[mode] }));
      });
    }
  });
}
