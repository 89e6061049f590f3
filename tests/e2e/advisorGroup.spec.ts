/**
 * The group follow-up in a real Chromium: three learners, each in their own browser context, do a
 * short lesson and take their progress code in « Mon carnet »; the advisor's page, in another
 * browser whose fake camera films the third learner's QR code, builds its table from two typed
 * codes, the scanned QR code and a mistyped code (its own message, the others shown); axe-core;
 * the page printed to an A4 PDF read back with unpdf; « Terminer et tout effacer » leaves no group data.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { doWithMouse, expectNoAxeViolations, lessonPath, readCodeInMailbox } from './helpers.ts';

const out = 'test-results/advisor-group';
const skillLabel = 'Créer un mot de passe solide et le garder en sécurité';

type Mode = 'On fait ensemble' | 'Je fais seul';
interface Learner {
  name: string;
  lessonId: string;
  mode: Mode;
}
const learners: Learner[] = [
  { name: 'Amina', lessonId: 'mot-de-passe-solide', mode: 'On fait ensemble' },
  { name: 'Karim', lessonId: 'caf-se-connecter', mode: 'On fait ensemble' },
  { name: 'Inès', lessonId: 'mot-de-passe-solide', mode: 'Je fais seul' },
];

/** What a learner leaves with: the code as shown, a picture of its QR code, and their carnet's level in `skillLabel`. */
interface Taken {
  code: string;
  qr: Buffer;
  level: string;
}

/** A learner does `lessonId` in `mode` as someone who knows what to do, then opens « Mon code de progrès ». */
async function learnerTakesCode(browser: Browser, baseURL: string, learner: Learner): Promise<Taken> {
  const context = await browser.newContext({ baseURL, locale: 'fr-FR' });
  const page = await context.newPage();
  const path = await lessonPath(learner.lessonId);
  await page.goto(`/lecons/${learner.lessonId}`);
  await page.getByRole('button', { name: learner.mode, exact: true }).click();
  let mailCode = '';
  for (const step of path) {
    await doWithMouse(page, step, async () => mailCode);
    if (step.event.type === 'SITE' && step.event.target === 'mail.inbox.caf-code')
      mailCode = await readCodeInMailbox(page);
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Bravo !' })).toBeVisible();
  await page.goto('/carnet');
  await expect(page.getByRole('heading', { level: 1, name: 'Mon carnet' })).toBeVisible();
  const item = page
    .locator('.skill-item')
    .filter({ has: page.getByRole('heading', { name: skillLabel, exact: true }) });
  const level =
    (await item.count()) > 0 ? (await item.locator('.skill-level strong').innerText()).trim() : 'Découverte';
  await page.goto('/carnet/code');
  const code = (await page.locator('.progress-code [aria-hidden="true"]').innerText()).replace(/\s/g, '');
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  const qr = await page.locator('.code-card .progress-qr').screenshot();
  await context.close();
  return { code, qr, level };
}

/**
 * A Y4M video (what Chromium's fake camera plays) of one still frame: the QR code's picture on
 * white. The PNG is decoded by Chromium itself, on a blank page without the app's CSP.
 */
async function qrVideo(browser: Browser, png: Buffer, file: string) {
  const page = await browser.newPage();
  const { width, height, luma } = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = 640;
    canvas.height = 480;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, 640, 480);
    const scale = Math.min(400 / image.width, 400 / image.height);
    const [w, h] = [image.width * scale, image.height * scale];
    context.imageSmoothingEnabled = false;
    context.drawImage(image, (640 - w) / 2, (480 - h) / 2, w, h);
    const { data } = context.getImageData(0, 0, 640, 480);
    const y: number[] = [];
    for (let i = 0; i < data.length; i += 4)
      y.push(Math.round(0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!));
    return { width: 640, height: 480, luma: y };
  }, png.toString('base64'));
  await page.close();
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), Buffer.from(luma), chroma]);
  writeFileSync(
    file,
    Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), frame, frame]),
  );
}

/** The advisor adds a learner by typing (pasting) their code. */
async function addTyped(page: Page, name: string, code: string) {
  await page.getByRole('textbox', { name: 'Prénom ou surnom' }).fill(name);
  await page.getByRole('textbox', { name: 'Code de progrès ou lien' }).fill(code);
  await page.getByRole('button', { name: 'Ajouter' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `${name} fait maintenant partie de la liste.` }),
  ).toBeVisible();
}

test('the group page builds its table from three learners’ codes, one scanned, plus a mistyped one', async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(600_000);
  mkdirSync(out, { recursive: true });
  const taken: Taken[] = [];
  for (const learner of learners) taken.push(await learnerTakesCode(browser, baseURL!, learner));
  const [amina, karim, ines] = taken as [Taken, Taken, Taken];
  writeFileSync(join(out, 'ines-qr.png'), ines.qr);

  // The advisor's computer: a camera that films Inès's card.
  const video = join(out, 'ines-qr.y4m');
  await qrVideo(browser, ines.qr, video);
  const advisorBrowser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      ...(testInfo.project.use.launchOptions?.args ?? []),
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  try {
    const context = await advisorBrowser.newContext({
      baseURL: baseURL!,
      locale: 'fr-FR',
      viewport: { width: 1280, height: 800 },
      permissions: ['camera'],
    });
    const page = await context.newPage();
    await page.goto('/animateur/groupe');
    await expect(page.getByRole('heading', { level: 1, name: 'Le suivi du groupe' })).toBeVisible();
    await expectNoAxeViolations(page, 'the empty group page');

    await addTyped(page, 'Amina', amina.code);
    await addTyped(page, 'Karim', karim.code.toLowerCase().replace(/-/g, ' '));
    const mistyped = amina.code.slice(0, -1) + (amina.code.endsWith('0') ? '1' : '0');
    await addTyped(page, 'Sofia', mistyped);

    // Inès: her name typed, her code read from her QR code by the camera.
    await page.getByRole('textbox', { name: 'Prénom ou surnom' }).fill('Inès');
    await page.getByRole('button', { name: 'Scanner le code QR avec la caméra' }).click();
    const codeField = page.getByRole('textbox', { name: 'Code de progrès ou lien' });
    await expect(codeField).toHaveValue(new RegExp(`reprendre\\?code=${ines.code}`), { timeout: 60_000 });
    await expect(page.getByText('Code QR lu.')).toBeVisible();
    await page.getByRole('button', { name: 'Ajouter' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Inès fait maintenant partie de la liste.' }),
    ).toBeVisible();

    const table = page.getByRole('table', { name: /Le niveau de chaque personne/ });
    const row = (name: string) =>
      table.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
    await expect(table.getByRole('rowheader')).toHaveText(['Amina', 'Karim', 'Sofia', 'Inès']);
    await expect(row('Sofia')).toContainText(
      `Ce code ne peut pas être lu (${mistyped}). Il y a une erreur de frappe dans le code.`,
    );
    await expect(row('Sofia')).toContainText('Demandez à la personne de montrer son code encore une fois');

    // Each level is the one the learner's own carnet showed.
    const headers = await table.getByRole('columnheader').allInnerTexts();
    const column = headers.findIndex((text) => text.trim() === skillLabel);
    expect(column).toBeGreaterThan(1);
    for (const [name, mine] of [
      ['Amina', amina],
      ['Karim', karim],
      ['Inès', ines],
    ] as const) {
      await expect(
        row(name)
          .getByRole('cell')
          .nth(column - 1),
      ).toHaveText(mine.level);
    }
    await expect(
      row('Karim')
        .getByRole('cell')
        .nth(column - 1),
    ).toHaveText('Découverte');
    await expect(
      row('Amina')
        .getByRole('cell')
        .nth(column - 1),
    ).not.toHaveText('Découverte');
    await expect(page.getByRole('region', { name: 'À travailler ensemble' })).toContainText(
      'La leçon à faire ensemble :',
    );

    await expectNoAxeViolations(page, 'the group page with four learners');
    await page.screenshot({ path: join(out, 'group-page.png'), fullPage: true });

    // Stored under its own key, and kept across a reload.
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('pas-a-pas:group') ?? 'null'));
    expect(stored.version).toBe(1);
    expect(stored.learners.map((l: { name: string }) => l.name)).toEqual(['Amina', 'Karim', 'Sofia', 'Inès']);
    await page.reload();
    await expect(table.getByRole('rowheader')).toHaveText(['Amina', 'Karim', 'Sofia', 'Inès']);

    // Printed: A4 landscape, the names and the group's work, not the form.
    // What the sheet looks like: the print styles at the width of an A4 landscape page (297 − 2 × 12 mm).
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: Math.round((273 / 25.4) * 96), height: Math.round((186 / 25.4) * 96) });
    await page.screenshot({ path: join(out, 'group-print.png'), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      Math.round((273 / 25.4) * 96),
    );
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ media: null }); // page.pdf prints with the print styles
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    writeFileSync(join(out, 'group.pdf'), pdf);
    const sheet = await getDocumentProxy(new Uint8Array(pdf));
    const [width, height] = (await sheet.getPage(1)).view.slice(2);
    expect(Math.round(width!)).toBe(842); // A4 landscape, in points
    expect(Math.round(height!)).toBe(595);
    const { text } = await extractText(sheet, { mergePages: true });
    for (const expected of [
      'Le suivi du groupe',
      'Amina',
      'Karim',
      'Sofia',
      'Inès',
      'À travailler ensemble',
      skillLabel,
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain('Ajouter une personne');
    expect(text).not.toContain('Terminer et tout effacer');

    // Sofia shows her card again: « Modifier » corrects the code; it is Amina's, and both rows say so.
    await page.getByRole('button', { name: 'Modifier Sofia' }).click();
    const editForm = page.locator('form').filter({ has: page.getByRole('button', { name: 'Enregistrer' }) });
    await expect(editForm.getByRole('textbox', { name: 'Prénom ou surnom' })).toBeFocused();
    await editForm.getByRole('textbox', { name: 'Code de progrès ou lien' }).fill(amina.code);
    await page.screenshot({ path: join(out, 'group-edit.png'), fullPage: true });
    await editForm.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(row('Sofia')).not.toContainText('Ce code ne peut pas être lu');
    await expect(row('Sofia')).toContainText('Même code que Amina.');
    await expect(row('Amina')).toContainText('Même code que Sofia.');
    await expect(page.getByRole('button', { name: 'Modifier Sofia' })).toBeFocused();
    await expectNoAxeViolations(page, 'the group page with a code given twice');
    await page.screenshot({ path: join(out, 'group-duplicate.png'), fullPage: true });

    // « Terminer et tout effacer »: nothing of the group is left.
    await page.getByRole('button', { name: 'Terminer et tout effacer' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Oui, tout effacer' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect
      .poll(() => page.evaluate(() => [localStorage.getItem('pas-a-pas:group'), localStorage.length]))
      .toEqual([null, 0]);
    await page.goto('/animateur/groupe');
    await expect(page.getByText("Personne n'est encore dans la liste.")).toBeVisible();
    await context.close();
  } finally {
    await advisorBrowser.close();
  }
});
