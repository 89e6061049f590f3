/**
 * What the France Travail copy's end-to-end tests share: its locators, its round buttons picked
 * by their words, and a lesson opened in « Je fais seul » on its home page.
 */
import { expect, type Page } from '@playwright/test';
import { guide, target } from './helpers.ts';

export const site = (page: Page) => page.locator('.ft-site');
export const mailbox = (page: Page) => page.locator('.mail-site');
export const heading = (page: Page, name: string | RegExp) => site(page).getByRole('heading', { level: 1, name });

/** Picks a round button of the question `id` by its words (all of them when `exact`). */
export async function pick(page: Page, id: string, label: string | RegExp, exact = false) {
  await target(page, id).getByRole('radio', { name: label, exact }).check();
}

/** Opens `lessonId` in « Je fais seul » on the France Travail home page. */
export async function openLessonAlone(page: Page, lessonId: string) {
  await page.goto(`/lecons/${lessonId}`);
  await page.getByRole('button', { name: 'Je fais seul', exact: true }).click();
  await expect(guide(page)).toContainText('Votre mission');
  await expect(heading(page, 'Bienvenue sur francetravail.fr')).toBeVisible();
}
