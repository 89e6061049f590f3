/**
 * A learner types in a box and, without leaving it, clicks the site's next button: leaving the box
 * moves the lesson on (the guide's text changes, and its height), between the press and the
 * release of the button. The click must land all the same, on a narrow window (the guide above
 * the site) as on a wide one scrolled to its bottom.
 */
import { expect, test } from '@playwright/test';
import { lessonPath } from './helpers.ts';

for (const viewport of [
  { width: 900, height: 700 },
  { width: 1366, height: 768 },
]) {
  test(`at ${viewport.width}×${viewport.height}, « Me connecter » pressed right after typing the password`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    const path = await lessonPath('caf-se-connecter');
    await page.goto('/lecons/caf-se-connecter');
    await page.getByRole('button', { name: 'On fait ensemble', exact: true }).click();
    const guide = page.locator('.guide-panel');
    const step = (n: number) => guide.getByRole('heading', { name: new RegExp(`^Étape ${n} sur \\d+$`) });
    await expect(step(1)).toBeVisible();
    await page.locator('[data-target="caf.header.mon-compte"]').click();
    await expect(step(2)).toBeVisible();
    const value = (id: string) => (path.find((s) => s.unit.id === id)!.event as { value: string }).value;
    await page.locator('[data-target="caf.login.nir"]').fill(value('numero-secu'));
    await page.locator('[data-target="caf.login.password"]').click();
    await expect(step(3)).toBeVisible();
    await page.locator('[data-target="caf.login.password"]').fill(value('mot-de-passe'));
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    // A person's press: the button goes down, the box is left and the lesson moves on, then the
    // button comes up — where it was.
    const submit = page.locator('[data-target="caf.login.submit"]');
    await submit.scrollIntoViewIfNeeded();
    const box = (await submit.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await expect(step(4)).toBeVisible();
    const pressed = (await submit.boundingBox())!;
    expect(Math.abs(pressed.y - box.y)).toBeLessThan(box.height / 2);
    await page.mouse.up();
    await expect(page.locator('[data-target="caf.code.send"]')).toBeVisible();
    await expect(step(5)).toBeVisible();
  });
}
