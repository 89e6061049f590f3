/**
 * The printed handouts in Chromium: a lesson's step sheet and a session's run sheet render to an
 * A4 PDF (`page.pdf`), read back with unpdf (the steps, the card's identifiers, the address under
 * the QR code, the segments' times) without the app's header or the on-screen controls; the
 * printed QR code decodes to that address; the PDF's pages and print screenshots are saved to
 * look at; axe-core finds no violation on either page.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import decodeQR from 'qr/decode.js';
import { extractText, getDocumentProxy } from 'unpdf';
import { segmentTimes } from '../../src/advisor/handouts/segmentTimes.ts';
import { compiledLesson, expectNoAxeViolations } from './helpers.ts';

const shots = 'test-results/handouts';
mkdirSync(shots, { recursive: true });

/**
 * Draws each page of `pdf` as a PNG (`<name>-page-<n>.png`) to look at, with pdf.js (the build
 * unpdf ships) in a blank page of Chromium: no canvas library is needed in Node.
 */
async function drawPages(browser: Browser, pdf: Buffer, name: string): Promise<{ count: number; firstPage: Pixels }> {
  const page = await browser.newPage();
  await page.route('http://pdf.test/**', (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/pdfjs.mjs') return route.fulfill({ body: pdfjs(), contentType: 'text/javascript' });
    if (path === '/sheet.pdf') return route.fulfill({ body: pdf, contentType: 'application/pdf' });
    return route.fulfill({ body: '<!doctype html><title>PDF</title>', contentType: 'text/html' });
  });
  await page.goto('http://pdf.test/');
  const result = await page.evaluate(async () => {
    type Pdfjs = {
      getDocument(options: object): {
        promise: Promise<{
          numPages: number;
          getPage(n: number): Promise<{
            getViewport(options: object): { width: number; height: number };
            render(options: object): { promise: Promise<void> };
          }>;
        }>;
      };
    };
    const url = 'http://pdf.test/pdfjs.mjs';
    const lib = (await import(/* @vite-ignore */ url)) as Pdfjs;
    const data = new Uint8Array(await (await fetch('http://pdf.test/sheet.pdf')).arrayBuffer());
    const document = await lib.getDocument({ data, isEvalSupported: false }).promise;
    const draw = async (n: number, scale: number) => {
      const sheet = await document.getPage(n);
      const viewport = sheet.getViewport({ scale });
      const canvas = window.document.createElement('canvas');
      canvas.width = Math.round(viewport.width);
      canvas.height = Math.round(viewport.height);
      const context = canvas.getContext('2d')!;
      await sheet.render({ canvasContext: context, viewport, canvas }).promise;
      return { canvas, context };
    };
    const out: string[] = [];
    for (let n = 1; n <= document.numPages; n += 1) out.push((await draw(n, 1.2)).canvas.toDataURL('image/png'));
    // The first page again, finer, as pixels for a QR decoder.
    const { canvas, context } = await draw(1, 3);
    const rgba = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let binary = '';
    for (let i = 0; i < rgba.length; i += 0x8000) binary += String.fromCharCode(...rgba.subarray(i, i + 0x8000));
    return { out, firstPage: { width: canvas.width, height: canvas.height, data: btoa(binary) } };
  });
  const { out: images } = result;
  images.forEach((image, index) =>
    writeFileSync(`${shots}/${name}-page-${index + 1}.png`, Buffer.from(image.split(',')[1] ?? '', 'base64')),
  );
  await page.close();
  const { width, height, data } = result.firstPage;
  return { count: images.length, firstPage: { width, height, data: new Uint8Array(Buffer.from(data, 'base64')) } };
}

/** An image as RGBA pixels, as `qr/decode.js` reads it. */
interface Pixels {
  width: number;
  height: number;
  data: Uint8Array;
}

const pdfjs = () => readFileSync('node_modules/unpdf/dist/pdfjs.mjs', 'utf8');

/** The page as an A4 PDF, its pages drawn to look at: its number of pages and its text, whitespace folded. */
async function printed(page: Page, name: string): Promise<{ pages: number; text: string; firstPage: Pixels }> {
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { totalPages, text } = await extractText(document, { mergePages: true });
  const { count, firstPage } = await drawPages(page.context().browser()!, pdf, name);
  expect(count).toBe(totalPages);
  return { pages: totalPages, text: text.replace(/\s+/g, ' '), firstPage };
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

  const { pages, text, firstPage } = await printed(page, 'lesson-sheet');
  // The QR code printed on the first page opens the lesson in the chosen mode.
  expect(decodeQR(firstPage)).toBe(url);
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
  expect(holds(text, "Retour à l'espace animateur")).toBe(false);
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

  const { text } = await printed(page, 'run-sheet');
  const times = segmentTimes(segments.map((segment) => segment.duration));
  segments.forEach((segment, index) => {
    expect(holds(text, `${times[index]!.label} ${segment.title}`), segment.title).toBe(true);
  });
  expect(holds(text, 'À préparer')).toBe(true);
  expect(holds(text, 'Bonnes réponses :')).toBe(true);
  expect(holds(text, 'À vérifier')).toBe(true);
  // On screen only: the print button and the way back.
  await expect(page.getByRole('button', { name: 'Imprimer' })).toBeVisible();
  expect(holds(text, "Retour à l'espace animateur")).toBe(false);
  await printShots(page, 'run-sheet', ['.run-segment:nth-child(2)', '.run-segment:last-child']);
});
