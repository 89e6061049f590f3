/**
 * What the end-to-end tests share: the lesson's path from the real compiler, axe-core, and the
 * two ways a learner acts on a step — with the mouse, or with the keyboard only.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { compileLesson, referenceLocale } from '../../src/compiler/compileLesson.ts';
import { createContentStore } from '../../src/compiler/content/contentStore.ts';
import type { LessonData } from '../../src/compiler/emit/lessonExports.ts';
import { lessonPaths, type PathStep } from '../../src/engine/lessonPaths.ts';
import { createWorld } from '../../src/lesson/world.ts';

const require = createRequire(import.meta.url);

/** Lesson `id` in `locale` (default: the reference, French), compiled by the real compiler. */
export async function compiledLesson(id: string, locale = referenceLocale): Promise<LessonData> {
  const path = resolve('content/lessons', id, `${locale}.mdx`);
  const result = await compileLesson(
    { path, value: readFileSync(path, 'utf8') },
    { store: createContentStore(resolve('content')) },
  );
  if (!result.data) throw new Error(`${id}/${locale}.mdx does not compile: run npm run check`);
  return result.data;
}

/** A step of a lesson's path, with its number as the guide shows it (« Étape n sur N »). */
export type NumberedStep = PathStep & { number: number };

/**
 * The steps of the lesson's path for its persona, compiled by the real compiler. Each has its
 * number in the lesson: its place among all the lesson's units, those of branches not taken
 * included, as « Étape n sur N » counts them.
 */
export async function lessonPath(id: string): Promise<NumberedStep[]> {
  const lesson = await compiledLesson(id);
  const [first] = lessonPaths(lesson, { ...createWorld(0), otp: '000000' });
  if (!first) throw new Error(`${id} has no path to its end`);
  return first.map((step) => ({ ...step, number: lesson.units.findIndex((u) => u.id === step.unit.id) + 1 }));
}

/** How many steps the guide counts in lesson `id` (« Étape n sur N »). */
export async function stepCount(id: string): Promise<number> {
  return (await compiledLesson(id)).units.length;
}

/** Runs axe-core on the page and expects no violation. */
export async function expectNoAxeViolations(page: Page, where: string) {
  // Evaluated rather than added as a <script>: the app's Content-Security-Policy blocks inline scripts.
  await page.evaluate(readFileSync(join(require.resolve('axe-core'), '../axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: { run(): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe.run();
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
  expect(violations, `axe-core on ${where}`).toEqual([]);
}

/**
 * A spec's page check: axe-core with no violation and, when `SHOTS_DIR` is set, a full-page
 * screenshot numbered in the order taken (`<prefix>01-<name>.png`), to look at beside the brief.
 */
export function pageChecker(prefix = ''): (page: Page, name: string) => Promise<void> {
  const shotsDir = process.env.SHOTS_DIR;
  let shot = 0;
  return async (page, name) => {
    await expectNoAxeViolations(page, name);
    if (!shotsDir) return;
    mkdirSync(shotsDir, { recursive: true });
    shot += 1;
    await page.screenshot({
      path: join(shotsDir, `${prefix}${String(shot).padStart(2, '0')}-${name}.png`),
      fullPage: true,
    });
  };
}

/** The one-time code, read in the open message of the practice mailbox as a learner would. */
export async function readCodeInMailbox(page: Page): Promise<string> {
  const text = await page.locator('.mail-site').innerText();
  const code = /\b(\d{6})\b/.exec(text)?.[1];
  if (!code) throw new Error('No 6-digit code is visible in the mailbox.');
  return code;
}

const targetSelector = (target: string) => `[data-target="${target}"]`;

/** How the value to type is found: the path's value, or the code read in the mailbox. */
async function valueFor(step: PathStep, code: () => Promise<string>): Promise<string> {
  if (step.unit.kind === 'step' && step.unit.expect === 'rule:otp') return code();
  if (step.event.type === 'SITE' && step.event.value !== undefined) return step.event.value;
  if (step.event.type === 'ANSWER') return step.event.value;
  throw new Error(`No value for ${step.unit.id}`);
}

/** Does one step with the mouse (and typing in fields). */
export async function doWithMouse(page: Page, step: PathStep, code: () => Promise<string>) {
  if (step.event.type === 'ANSWER') {
    const answer =
      step.unit.kind === 'question'
        ? step.unit.answers.find((a) => a.value === (step.event as { value: string }).value)
        : undefined;
    await page.getByRole('radio', { name: answer!.text }).check();
    await page.locator('.guide-panel').getByRole('button', { name: 'Valider', exact: true }).click();
    return;
  }
  if (step.event.type !== 'SITE') throw new Error(`Unexpected event ${step.event.type}`);
  const element = page.locator(targetSelector(step.event.target));
  switch (step.event.action) {
    case 'click':
      return element.click();
    case 'check':
      return element.check();
    case 'fill':
      await element.fill(await valueFor(step, code));
      return element.blur();
    case 'choose': {
      const value = await valueFor(step, code);
      // A question answered with radio buttons (the fieldset is the target), or a list.
      if ((await element.evaluate((e) => e.tagName)) === 'FIELDSET')
        return element.locator(`input[type="radio"][value="${value}"]`).check();
      await element.selectOption(value);
      return;
    }
    case 'upload': {
      // The practice « Ouvrir » dialog: the file, then « Ouvrir ».
      await element.click();
      const dialog = page.getByRole('dialog');
      await dialog.locator(`[data-target="browser.fichiers.${await valueFor(step, code)}"]`).click();
      return dialog.getByRole('button', { name: 'Ouvrir' }).click();
    }
    default:
      throw new Error(`No mouse action for ${step.event.action}`);
  }
}

/** Presses Tab until the element matching `selector` has the focus. */
async function tabTo(page: Page, selector: string) {
  for (let presses = 0; presses < 250; presses += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Does one step with the keyboard only: Tab to the element, then Enter, Space, typing or arrows. */
export async function doWithKeyboard(page: Page, step: PathStep, code: () => Promise<string>) {
  if (step.event.type === 'ANSWER') {
    const value = step.event.value;
    await tabTo(page, '.guide-panel input[type="radio"]');
    for (
      let moves = 0;
      moves < 10 && !(await page.evaluate((v) => (document.activeElement as HTMLInputElement).value === v, value));
      moves += 1
    ) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Space');
    await tabTo(page, '.guide-panel button[type="submit"]');
    await page.keyboard.press('Enter');
    return;
  }
  if (step.event.type !== 'SITE') throw new Error(`Unexpected event ${step.event.type}`);
  await expect(page.locator(targetSelector(step.event.target))).toBeVisible(); // the learner waits for the page
  const radios = `${targetSelector(step.event.target)} input[type="radio"]`;
  if (step.event.action === 'choose' && (await page.locator(radios).count()) > 0) {
    // Radio buttons: Tab into the group, arrows to the answer (they tick it), Space to confirm it.
    const value = await valueFor(step, code);
    await tabTo(page, radios);
    for (
      let moves = 0;
      moves < 10 && !(await page.evaluate((v) => (document.activeElement as HTMLInputElement).value === v, value));
      moves += 1
    ) {
      await page.keyboard.press('ArrowDown');
    }
    return page.keyboard.press('Space');
  }
  await tabTo(page, targetSelector(step.event.target));
  switch (step.event.action) {
    case 'click':
      return page.keyboard.press('Enter');
    case 'check':
      return page.keyboard.press('Space');
    case 'fill':
      await page.keyboard.type(await valueFor(step, code));
      return page.keyboard.press('Tab');
    case 'choose': {
      const value = await valueFor(step, code);
      for (
        let moves = 0;
        moves < 20 && (await page.locator(targetSelector(step.event.target)).inputValue()) !== value;
        moves += 1
      ) {
        await page.keyboard.press('ArrowDown');
      }
      // Browsing a list is not choosing: Enter commits the value reached.
      return page.keyboard.press('Enter');
    }
    case 'upload': {
      // The practice « Ouvrir » dialog opens on its file list: arrows to the file, Enter opens it.
      const file = `browser.fichiers.${await valueFor(step, code)}`;
      await page.keyboard.press('Enter');
      await expect(page.getByRole('dialog')).toBeVisible();
      // The first ArrowDown selects the first file (the focused one is not selected yet).
      let moves = 0;
      do {
        await page.keyboard.press('ArrowDown');
        moves += 1;
      } while (
        moves < 20 &&
        !(await page.evaluate((t) => document.activeElement?.getAttribute('data-target') === t, file))
      );
      return page.keyboard.press('Enter');
    }
    default:
      throw new Error(`No keyboard action for ${step.event.action}`);
  }
}

/** The practice browser's « Ouvrir » dialog (a file chooser's). */
export const fileDialog = (page: Page) => page.getByRole('dialog', { name: 'Ouvrir' });

/** In the open « Ouvrir » dialog, selects `file` with the mouse and clicks « Ouvrir ». */
export async function openWithMouse(page: Page, file: string) {
  await expect(fileDialog(page)).toBeVisible();
  await fileDialog(page)
    .getByRole('option', { name: new RegExp(`^${file.replace(/\./g, '\\.')}`) })
    .click();
  await fileDialog(page).getByRole('button', { name: 'Ouvrir', exact: true }).click();
  await expect(fileDialog(page)).toBeHidden();
}

/** The guide's panel. */
export const guide = (page: Page) => page.locator('.guide-panel');
/** The element of a lesson target (`caf.login.nir`). */
export const target = (page: Page, id: string) => page.locator(`[data-target="${id}"]`);

/** Types in a field and leaves it, as a learner does. */
export async function type(page: Page, id: string, value: string) {
  const field = target(page, id);
  await field.fill(value);
  await field.blur();
}

/** Answers the question the guide asks, then « Valider ». */
export async function answer(page: Page, text: string | RegExp) {
  await guide(page).getByRole('radio', { name: text }).check();
  await guide(page).getByRole('button', { name: 'Valider', exact: true }).click();
}

/** The value next to `label` in a paper of the practice card (a `<dt>`/`<dd>` pair). */
export async function onPaper(paper: Locator, label: string): Promise<string> {
  const row = paper.locator('dl > div').filter({ has: paper.page().locator('dt', { hasText: label }) });
  return (await row.locator('dd').first().innerText()).trim();
}
