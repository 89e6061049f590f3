/**
 * What the CAF copy's end-to-end tests share: its locators and signing in with the code read in
 * the practice mailbox.
 */
import { expect, type Page } from '@playwright/test';
import { readCodeInMailbox, target, type } from './helpers.ts';

export const site = (page: Page) => page.locator('.caf-site');
export const heading = (page: Page, name: string | RegExp) => site(page).getByRole('heading', { level: 1, name });

/** From the home page to Mon Compte: number, password, and the code read in the practice mailbox. */
export async function signIn(page: Page, nir: string, password: string, firstName: string) {
  await target(page, 'caf.header.mon-compte').click();
  await type(page, 'caf.login.nir', nir);
  await type(page, 'caf.login.password', password);
  await target(page, 'caf.login.submit').click();
  await target(page, 'caf.code.send').click();
  await target(page, 'browser.tab.mail').click();
  await target(page, 'mail.inbox.caf-code').click();
  const code = await readCodeInMailbox(page);
  await target(page, 'browser.tab.caf').click();
  await type(page, 'caf.code.input', code);
  await target(page, 'caf.code.submit').click();
  await expect(heading(page, `Bonjour ${firstName}`)).toBeVisible();
}
