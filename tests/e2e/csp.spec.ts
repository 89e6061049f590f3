/**
 * The built app sends a Content-Security-Policy that allows only its own origin, and works under
 * it: Chromium reports no violation (no `securitypolicyviolation` event, no console message)
 * while a learner opens the home page, plays steps of a lesson with « Montre-moi » (the mailbox
 * and its code included), answers to the end, and opens the carnet and the progress code with its QR.
 */
import { expect, test, type Page } from '@playwright/test';

declare global {
  interface Window {
    /** Each violation Chromium reported, as `<directive> blocked <uri>`. */
    cspViolations: string[];
  }
}

/** Records every CSP violation of every document the page loads, from its very start. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  const consoleMessages: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) consoleMessages.push(message.text());
  });
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`),
    );
  });
  return async () => [...(await page.evaluate(() => window.cspViolations)), ...consoleMessages];
}

test('the app sends a CSP of its own origin only, and works under it without a violation', async ({ page }) => {
  const violations = await recordViolations(page);
  const seen: string[] = [];
  const check = async (where: string) => {
    const found = await violations();
    expect(found, `CSP violations on ${where}`).toEqual([]);
    seen.push(where);
  };

  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  await expect(page.getByRole('heading', { level: 1, name: 'Les leçons' })).toBeVisible();
  await check('the home page');

  // A lesson in Guided mode, every step shown with « Montre-moi »: pointer, highlight, feedback
  // bubble, the mailbox and its code, the questions' answers.
  await page.goto('/lecons/caf-se-connecter');
  await page.getByRole('button', { name: 'On fait ensemble', exact: true }).click();
  const guide = page.locator('.guide-panel');
  const done = page.getByRole('heading', { level: 1, name: 'Bravo !' });
  await expect(guide.getByRole('heading', { name: /^Étape 1 sur \d+$/ })).toBeVisible();
  // A wrong click first: the feedback bubble is placed with inline styles, set through the DOM.
  await page.locator('[data-target="caf.home.faire-demande"]').click();
  await expect(page.locator('.feedback-bubble')).toBeVisible();
  for (let step = 1; !(await done.isVisible()); step += 1) {
    const heading = guide.getByRole('heading', { name: /^Étape \d+ sur \d+$/ });
    const before = await heading.innerText();
    await guide.getByRole('button', { name: 'Montre-moi' }).click();
    // On a question, « Montre-moi » selects and explains the answer: « Valider » goes on.
    const confirm = guide.getByRole('button', { name: 'Valider' });
    if (await confirm.isVisible()) await confirm.click();
    await expect(heading.or(done)).not.toHaveText(before);
    expect(step, 'the lesson ends').toBeLessThan(50);
  }
  await check('a lesson played with « Montre-moi »');

  // A second mode: Watch, with its moving pointer (an inline transform), for two steps.
  await page.goto('/lecons/caf-se-connecter');
  await page.getByRole('button', { name: 'Je regarde', exact: true }).click();
  await guide.getByRole('button', { name: 'Suivant' }).click();
  await expect(guide.getByRole('heading', { name: /^Étape 2 sur \d+$/ })).toBeVisible();
  await check('Je regarde');

  await page.goto('/carnet');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await check('the carnet');

  await page.goto('/carnet/code');
  await expect(page.locator('.code-card svg')).toBeVisible();
  await check('the progress code and its QR code');

  expect(seen).toHaveLength(5);
});
