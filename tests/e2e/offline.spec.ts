/**
 * Offline once loaded, in a real Chromium against the built app: after one visit, with the network
 * cut, a lesson is completed in every mode, a lesson's address reloads, and « Terminer et tout
 * effacer » erases every learner's data while the app keeps working offline. The advisor's
 * « Préparer cet ordinateur » page says when the computer is ready, and makes it ready again when
 * the app's files went missing. A new version waits while a tab of the app is open, and is taken
 * at the next visit.
 */
import { expect, test, type Page } from '@playwright/test';
import { doWithMouse, lessonPath, readCodeInMailbox } from './helpers.ts';

test.use({ reducedMotion: 'reduce' });

const lessonId = 'caf-se-connecter';
const guide = (page: Page) => page.locator('.guide-panel');
const done = (page: Page) => page.getByRole('heading', { level: 1, name: 'Bravo !' });
const offlineState = (page: Page) =>
  page.getByRole('region', { name: 'Travailler sans internet' }).locator('[data-offline]');

/** The advisor's page says the computer is ready to work without internet. */
async function expectReadyOffline(page: Page) {
  await page.goto('/animateur/preparer');
  await expect(offlineState(page)).toHaveText(
    'Prêt : cet ordinateur peut faire toutes les leçons sans internet.',
    // The first visit fills the cache with every file of the app (about 3 MB) before it is ready.
    { timeout: 60_000 },
  );
}

/** The network is really cut: a file the app never had does not load. */
async function expectNoNetwork(page: Page) {
  const answer = await page.evaluate(() =>
    fetch(`/not-in-the-app-${Date.now()}.txt`).then(
      () => 'answered',
      () => 'no network',
    ),
  );
  expect(answer).toBe('no network');
}

async function startLesson(page: Page, mode: 'Je regarde' | 'On fait ensemble' | 'Je fais seul') {
  await page.goto(`/lecons/${lessonId}`);
  await page.getByRole('button', { name: mode, exact: true }).click();
  await expect(page.locator('[data-target="caf.header.mon-compte"]')).toBeVisible();
}

/** « Je regarde »: « Suivant » until the end, each demonstration over before the next. */
async function watchIt(page: Page) {
  while (!(await done(page).isVisible())) {
    await guide(page).getByRole('button', { name: 'Suivant' }).click();
    await expect(
      guide(page)
        .getByRole('status')
        .filter({ hasText: /^Regardez/ }),
    ).toHaveCount(0, { timeout: 15_000 });
  }
}

/** Does the lesson as a learner who knows what to do (the path from the real compiler). */
async function doItMyself(page: Page) {
  let code = '';
  for (const step of await lessonPath(lessonId)) {
    await doWithMouse(page, step, async () => code);
    if (step.event.type === 'SITE' && step.event.target === 'mail.inbox.caf-code') code = await readCodeInMailbox(page);
  }
  await expect(done(page)).toBeVisible();
}

/** What the app could have stored in this browser, besides the worker's copy of the app's own files. */
async function learnerData(page: Page) {
  return page.evaluate(async () => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    databases: (await indexedDB.databases()).map((db) => db.name),
    caches: (await caches.keys()).filter((name) => !name.startsWith('pas-a-pas-app-files-')),
  }));
}

test('after one visit, the network cut: every mode, a reload, the wipe, and the app still works', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Les leçons' })).toBeVisible();
  await expectReadyOffline(page);

  await context.setOffline(true);
  await expectNoNetwork(page);

  await startLesson(page, 'Je regarde');
  await watchIt(page);
  await startLesson(page, 'On fait ensemble');
  await doItMyself(page);
  await startLesson(page, 'Je fais seul');
  await expect(guide(page)).toContainText('Votre mission');
  await doItMyself(page);

  await page.goto('/carnet');
  await expect(page.getByText('Mes leçons')).toBeVisible();
  await expect(page.locator('.skill-level strong').first()).toHaveText('Presque seul');

  // A lesson's address, reloaded with no network: its start screen comes back.
  await page.goto(`/lecons/${lessonId}`);
  await page.reload();
  await expect(page.getByRole('button', { name: 'On fait ensemble', exact: true })).toBeVisible();

  // What a learner's run leaves, and what a future version might keep: all of it goes.
  await page.evaluate(async () => {
    sessionStorage.setItem('pas-a-pas:test', '1');
    await caches.open('pas-a-pas-test');
  });
  const before = await learnerData(page);
  expect(before.local.length).toBeGreaterThan(0);
  expect(before.session).toEqual(['pas-a-pas:test']);
  expect(before.caches).toEqual(['pas-a-pas-test']);
  await page.getByRole('button', { name: 'Terminer et tout effacer' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Oui, tout effacer' }).click();
  await expect(page.getByText(/Tout est effacé/)).toBeVisible();
  await expect.poll(() => learnerData(page)).toEqual({ local: [], session: [], databases: [], caches: [] });

  // Still offline after the wipe: a fresh load of the app, then a whole lesson.
  await expectNoNetwork(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Les leçons' })).toBeVisible();
  await startLesson(page, 'On fait ensemble');
  await doItMyself(page);
  await page.goto('/carnet');
  await expect(page.locator('.skill-level strong').first()).toHaveText('Avec aide');
});

test('« Préparer pour travailler sans internet » brings back the files that went missing', async ({
  page,
  context,
}) => {
  await expectReadyOffline(page);
  // The browser lost the app's files (a cleared cache, a full disk): the page says it is not ready.
  await page.evaluate(async () => {
    for (const name of await caches.keys()) await caches.delete(name);
  });
  await page.reload();
  await expect(offlineState(page)).toHaveText(
    'Pas encore prêt : sans internet, les leçons ne marcheront pas sur cet ordinateur.',
  );
  await page.getByRole('button', { name: 'Préparer pour travailler sans internet' }).click();
  await expect(offlineState(page)).toHaveText('Prêt : cet ordinateur peut faire toutes les leçons sans internet.', {
    timeout: 60_000,
  });

  await context.setOffline(true);
  await startLesson(page, 'Je fais seul');
  await doItMyself(page);
});

test('a new version waits while a tab of the app is open: the run in progress keeps its version, the next visit takes the new one', async ({
  page,
  context,
}) => {
  // The version a learner first met: the same build, but its worker keeps a marked home page
  // (its own revision of index.html). The update check then finds the build's real worker: a new version.
  const oldRevision = 'version-in-use';
  await context.route('**/sw.js', async (route) => {
    const response = await route.fetch();
    const worker = (await response.text()).replace(
      /"revision":"[0-9a-f]+","url":"index\.html"/,
      `"revision":"${oldRevision}","url":"index.html"`,
    );
    expect(worker).toContain(oldRevision);
    await route.fulfill({ response, body: worker });
  });
  // Its worker fetches index.html to keep (the cache key carries the revision): a marked copy.
  await context.route('**/index.html', async (route) => {
    if (!route.request().serviceWorker()) return route.continue();
    const response = await route.fetch();
    const html = (await response.text()).replace('<head>', '<head><meta name="test-version" content="old">');
    await route.fulfill({ response, body: html });
  });
  const version = (at: Page) =>
    at.locator('meta[name="test-version"]').evaluateAll((metas) => metas[0]?.getAttribute('content') ?? 'new');

  await expectReadyOffline(page);
  await page.goto('/');
  expect(await version(page)).toBe('old');
  await context.unroute('**/sw.js');
  await context.unroute('**/index.html');

  // A run in progress when the new version is published.
  await startLesson(page, 'On fait ensemble');
  await guide(page).getByRole('button', { name: 'Montre-moi' }).click();
  await expect(guide(page).getByRole('heading', { name: /^Étape 2 sur \d+$/ })).toBeVisible();
  const waiting = await page.evaluate(async () => {
    const registration = (await navigator.serviceWorker.getRegistration())!;
    await registration.update();
    const next = registration.installing ?? registration.waiting;
    if (!next) return 'no new version';
    if (next.state !== 'installed')
      await new Promise<void>((done) =>
        next.addEventListener('statechange', () => next.state === 'installed' && done()),
      );
    return registration.waiting === next ? 'waiting' : next.state;
  });
  expect(waiting).toBe('waiting');

  // The run goes on to its end on the version it started with, lazy chunks and all.
  const done = page.getByRole('heading', { level: 1, name: 'Bravo !' });
  for (let step = 0; !(await done.isVisible()); step += 1) {
    const heading = guide(page).getByRole('heading', { name: /^Étape \d+ sur \d+$/ });
    const before = await heading.innerText();
    await guide(page).getByRole('button', { name: 'Montre-moi' }).click();
    const confirm = guide(page).getByRole('button', { name: 'Valider' });
    if (await confirm.isVisible()) await confirm.click();
    await expect(heading.or(done)).not.toHaveText(before);
    expect(step, 'the lesson ends').toBeLessThan(50);
  }
  // Still the old version in this tab, even across a navigation.
  await page.goto('/');
  expect(await version(page)).toBe('old');

  // Every tab closed, the next visit opens the new version.
  await page.close();
  const next = await context.newPage();
  await expect
    .poll(async () => {
      await next.goto('/');
      return version(next);
    })
    .toBe('new');
  await expect(next.getByRole('heading', { level: 1, name: 'Les leçons' })).toBeVisible();
});
