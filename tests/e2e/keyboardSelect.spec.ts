/**
 * A list browsed with the keyboard, in a real Chromium: in Guided mode on the declaration, the
 * learner reaches « Type de ressource » and moves through its options with the arrow keys (the
 * browser changes the value at each); the guide says nothing and the step waits, until Enter on
 * the right type moves it on.
 */
import { expect, test } from '@playwright/test';
import { doWithMouse, lessonPath, readCodeInMailbox } from './helpers.ts';

const lessonId = 'caf-declaration-trimestrielle';

test('moving through a list with the arrow keys is no mistake; Enter on the right value moves on', async ({ page }) => {
  const path = await lessonPath(lessonId);
  // Karim's resource (Amina's second employer's salary is chosen before, with « Salaires » first).
  const index = path.findIndex(
    (s) => s.event.type === 'SITE' && s.event.target === 'caf.dtr.add.type' && s.event.value === 'independant',
  );
  expect(index, 'the declaration chooses a resource type').toBeGreaterThan(0);
  await page.goto(`/lecons/${lessonId}`);
  await page.getByRole('button', { name: 'On fait ensemble', exact: true }).click();

  const guide = page.locator('.guide-panel');
  const stepHeading = (n: number) => guide.getByRole('heading', { name: new RegExp(`^Étape ${n} sur \\d+$`) });
  let code = '';
  for (const step of path.slice(0, index)) {
    await doWithMouse(page, step, async () => code);
    if (step.event.type === 'SITE' && step.event.target === 'mail.inbox.caf-code') code = await readCodeInMailbox(page);
  }
  await expect(stepHeading(path[index]!.number)).toBeVisible();

  const list = page.locator('[data-target="caf.dtr.add.type"]');
  await expect(list).toBeFocused(); // the panel gives its list the focus
  const values: string[] = [];
  while ((await list.inputValue()) !== 'independant') {
    expect(values.length, 'ArrowDown reaches « Revenus d’activité indépendante »').toBeLessThan(10);
    await page.keyboard.press('ArrowDown');
    values.push(await list.inputValue());
    await expect(guide.locator('.feedback')).toHaveCount(0);
    await expect(stepHeading(path[index]!.number)).toBeVisible();
  }
  // The browser did change the value at each key, through types the lesson names as mistakes.
  expect(values).toEqual(expect.arrayContaining(['salaire', 'chomage', 'independant']));

  await page.keyboard.press('Enter');
  await expect(stepHeading(path[index + 1]!.number)).toBeVisible();
  await expect(guide.locator('.feedback')).toHaveCount(0);
});
