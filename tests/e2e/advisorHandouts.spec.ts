/**
 * The printed handouts in Chromium: a lesson's step sheet and a session's run sheet render to an
 * A4 PDF (`page.pdf`), read back with unpdf (the steps, the card's identifiers, the address under
 * the QR code, the segments' times), without the app's header or the on-screen controls; print
 * screenshots are saved to look at; axe-core finds no violation on either page.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { segmentTimes } from '../../src/advisor/handouts/segmentTimes.ts';
import { compiledLesson, expectNoAxeViolations } from './helpers.ts';

const shots = 'test-results/handouts';
mkdirSync(shots, { recursive: true });

/** The page as an A4 PDF: its number of pages and its text, whitespace folded. */
async function printed(page: Page): Promise<{ pages: number; text: string }> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { totalPages, text } = await extractText(document, { mergePages: true });
  return { pages: totalPages, text: text.replace(/\s+/g, ' ') };
}

/** Whether `text` holds `part`, whitespace aside (a PDF breaks lines where the page does). */
const holds = (text: string, part: string) => text.replace(/\s/g, '').includes(part.replace(/\s/g, ''));

/**
 * Screenshots of the page as printed, at A4's width, to look at: the top of the sheet, then each
 * place `from` finds, a sheet's height from there.
 */
async function printShots(page: Page, name: string, from: string[]) {
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({
    path: `${shots}/${name}-top.png`,
    fullPage: true,
    clip: { x: 0, y: 0, width: 794, height: 1123 },
  });
  for (const [index, selector] of from.entries()) {
    const box = await page.locator(selector).first().boundingBox();
    if (!box) throw new Error(`${selector} is not on the printed page`);
    const y = box.y + (await page.evaluate(() => window.scrollY));
    await page.screenshot({
      path: `${shots}/${name}-${index + 1}.png`,
      fullPage: true,
      clip: { x: 0, y, width: 794, height: 1123 },
    });
  }
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('a lesson’s step sheet prints on A4 with its steps, the card and the QR code’s address', async ({
  page,
  baseURL,
}) => {
  const id = 'caf-declarer-changement';
  const lesson = await compiledLesson(id);
  await page.goto(`/animateur/fiches/lecons/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: lesson.meta.title })).toBeVisible();
  await page.getByRole('radio', { name: 'Je regarde' }).check();
  const url = `${baseURL}/lecons/${id}?mode=watch`;
  await expect(page.getByText(url)).toBeVisible();
  await expect(page.getByRole('img', { name: `Code QR : ${url}` }).locator('svg')).toBeVisible();
  await expectNoAxeViolations(page, 'the step sheet');

  const { pages, text } = await printed(page);
  expect(pages).toBeGreaterThan(1);
  expect(holds(text, lesson.meta.title)).toBe(true);
  expect(holds(text, lesson.meta.goal)).toBe(true);
  for (const number of [1, 13, 14, 26, lesson.units.length]) expect(holds(text, `Étape ${number}`)).toBe(true);
  expect(holds(text, 'Cliquez sur Mon Compte, en haut à droite.')).toBe(true);
  expect(holds(text, "Si vous avez répondu à l’étape 13 : « Le déménagement d'Amina. »")).toBe(true);
  expect(holds(text, 'À savoir')).toBe(true);
  // The practice card's identifiers, and the address under the QR code in the chosen mode.
  expect(holds(text, '2 86 03 75 114 023 63')).toBe(true);
  expect(holds(text, 'Numéro allocataire : 4825913')).toBe(true);
  expect(holds(text, url)).toBe(true);
  expect(holds(text, 'Mode : Je regarde')).toBe(true);
  // On screen only: the app's header, the print button, the mode chooser.
  expect(holds(text, 'Mon carnet')).toBe(false);
  expect(holds(text, 'Imprimer')).toBe(false);
  expect(holds(text, 'La leçon s’ouvre avec le mode')).toBe(false);
  await printShots(page, 'lesson-sheet', ['#fiche-quel-changement', '.handout-qr', '.handout-card']);
});

test('an unknown lesson or session says so', async ({ page }) => {
  await page.goto('/animateur/fiches/lecons/lecon-inconnue');
  await expect(page.getByRole('heading', { level: 1, name: 'Leçon introuvable' })).toBeVisible();
  await page.goto('/animateur/fiches/seances/atelier-inconnu');
  await expect(page.getByRole('heading', { level: 1, name: 'Atelier introuvable' })).toBeVisible();
  await expectNoAxeViolations(page, 'an unknown run sheet');
});

test('the CAF workshop’s run sheet prints on A4 with its segments’ times, asks and checklists', async ({ page }) => {
  const script = readFileSync('content/sessions/caf-declarer/fr.mdx', 'utf8');
  const title = /^title:\s*"?(.+?)"?\s*$/m.exec(script)?.[1] ?? '';
  const segments = [...script.matchAll(/<Segment\s+title="([^"]+)"\s+duration=\{(\d+)\}/g)].map((m) => ({
    title: m[1]!,
    duration: Number(m[2]),
  }));
  expect(segments.length).toBeGreaterThan(2);
  await page.goto('/animateur/fiches/seances/caf-declarer');
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expectNoAxeViolations(page, 'the run sheet');

  const { text } = await printed(page);
  const times = segmentTimes(segments.map((segment) => segment.duration));
  segments.forEach((segment, index) => {
    expect(holds(text, `${times[index]!.label} ${segment.title}`), segment.title).toBe(true);
  });
  expect(holds(text, 'À préparer')).toBe(true);
  expect(holds(text, 'Bonnes réponses :')).toBe(true);
  expect(holds(text, 'À vérifier')).toBe(true);
  expect(holds(text, 'Imprimer')).toBe(false);
  await printShots(page, 'run-sheet', ['.run-segment:nth-child(2)', '.run-segment:last-child']);
});
