/**
 * A learner logs in and completes the quarterly declaration in Guided mode, in a real Chromium:
 * once with the mouse, once with the keyboard only. axe-core checks the home page, a step and the
 * completion screen.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  doWithKeyboard,
  doWithMouse,
  expectNoAxeViolations,
  lessonPath,
  readCodeInMailbox,
  stepCount,
} from './helpers.ts';

const lessonId = 'caf-declaration-trimestrielle';
const title = 'Déclarer mes ressources du trimestre à la CAF';

async function openLesson(page: Page, keyboard: boolean) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Les leçons' })).toBeVisible();
  const link = page.getByRole('link', { name: new RegExp(title) });
  if (keyboard) {
    await link.focus();
    await page.keyboard.press('Enter');
  } else {
    await link.click();
  }
  await expect(page).toHaveURL(new RegExp(`/lecons/${lessonId}$`));
  const start = page.getByRole('button', { name: 'On fait ensemble' });
  if (keyboard) {
    await start.focus();
    await page.keyboard.press('Enter');
  } else {
    await start.click();
  }
}

for (const input of ['mouse', 'keyboard'] as const) {
  test(`a learner logs in and declares the quarter in Guided mode, with the ${input}${input === 'keyboard' ? ' only' : ''}`, async ({
    page,
  }) => {
    const path = await lessonPath(lessonId);
    const total = await stepCount(lessonId);
    await page.goto('/');
    if (input === 'mouse') await expectNoAxeViolations(page, 'the home page');
    await openLesson(page, input === 'keyboard');

    let code = '';
    const readCode = async () => code;
    for (const [index, step] of path.entries()) {
      const guide = page.locator('.guide-panel');
      await expect(guide.getByRole('heading', { name: new RegExp(`^Étape ${step.number} sur \\d+$`) })).toBeVisible();
      // The new step is announced to screen readers, with its whole instruction.
      await expect(guide.getByRole('status').filter({ hasText: /^Étape/ })).toContainText(
        `Étape ${step.number} sur ${total} : ${step.unit.text}`,
      );
      if (input === 'mouse' && index === 2) await expectNoAxeViolations(page, 'a step of the lesson');
      if (input === 'keyboard') await doWithKeyboard(page, step, readCode);
      else await doWithMouse(page, step, readCode);
      if (step.event.type === 'SITE' && step.event.target === 'mail.inbox.caf-code')
        code = await readCodeInMailbox(page);
    }

    await expect(page.getByRole('heading', { level: 1, name: 'Bravo !' })).toBeVisible();
    await expect(page.getByText(/étapes? faites? sans aide/)).toBeVisible();
    if (input === 'mouse') await expectNoAxeViolations(page, 'the completion screen');
  });
}

test('« J’ai besoin d’aide » climbs the hints, then « Montre-moi » does the step', async ({ page }) => {
  const [first, second] = await lessonPath(lessonId);
  await openLesson(page, false);
  await expect(page.locator('[data-target="caf.header.mon-compte"]')).toBeVisible();
  const guide = page.locator('.guide-panel');
  await guide.getByRole('button', { name: "J'ai besoin d'aide" }).click();
  await expect(guide).toContainText(first!.unit.kind === 'step' ? first!.unit.hints[0]!.text : '');
  await guide.getByRole('button', { name: 'Montre-moi' }).click();
  await expect(guide.getByRole('status').filter({ hasText: /^Étape/ })).toContainText(`: ${second!.unit.text}`);
  await expect(guide.getByRole('heading', { name: /^Étape 2 sur \d+$/ })).toBeVisible();
});
