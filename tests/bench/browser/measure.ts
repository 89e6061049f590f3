/**
 * One cold load per call (a fresh browser context: empty cache, no storage, no open connection),
 * slowed by `throttle.ts`, measuring what a learner waits for. Times are read in the page's own
 * clock (`performance.timeOrigin` + `now()`/event time stamps), not around Playwright's calls.
 */
import type { Browser, CDPSession, Page } from '@playwright/test';
import { installProbe, type Probe } from './probe.ts';
import { taskDuration, throttle } from './throttle.ts';

/** Longest a single cold load may take before the bench reports it as broken. */
const loadTimeout = 180_000;

/**
 * In the page: the page's epoch time (`performance.timeOrigin + performance.now()`) once what it
 * waits for is on screen, `false` before. Evaluated at each animation frame.
 */
export type Predicate<A> = (arg: A) => number | false;

async function whenTrue<A>(page: Page, predicate: Predicate<A>, arg: A, timeout: number): Promise<number | undefined> {
  try {
    const handle = await page.waitForFunction(predicate as (arg: unknown) => number | false, arg, {
      polling: 'raf',
      timeout,
    });
    return (await handle.jsonValue()) as number;
  } catch {
    return undefined; // not yet, or the page navigated meanwhile
  }
}

/** The requests of a page in flight, and when the last one started or ended. */
interface Network {
  inFlight: Set<unknown>;
  last: number;
}

function trackNetwork(page: Page): Network {
  const network: Network = { inFlight: new Set(), last: Date.now() };
  page.on('request', (request) => {
    network.inFlight.add(request);
    network.last = Date.now();
  });
  const end = (request: unknown) => {
    network.inFlight.delete(request);
    network.last = Date.now();
  };
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  return network;
}

/** A fresh, throttled page with its probe, its DevTools session and its network. */
interface Cold {
  page: Page;
  probe: Probe;
  session: CDPSession;
  network: Network;
}

/** Runs `measure` on a fresh, throttled page in a fresh context, then closes the context. */
async function cold<T>(browser: Browser, measure: (cold: Cold) => Promise<T>) {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(loadTimeout);
    const network = trackNetwork(page);
    const probe = await installProbe(page);
    const session = await throttle(page);
    return await measure({ page, probe, session, network });
  } finally {
    await context.close();
  }
}

/** Opens `url` and returns its document's time origin (epoch ms). */
async function open(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit', timeout: loadTimeout });
  return page.evaluate(() => performance.timeOrigin);
}

/** Resolves once no request has been in flight for `quietMs`, and the main thread is idle. */
async function settled({ page, network }: Cold, quietMs = 1000) {
  const deadline = Date.now() + loadTimeout;
  while (network.inFlight.size > 0 || Date.now() - network.last < quietMs) {
    if (Date.now() > deadline) throw new Error(`${page.url()} never stopped loading.`);
    await new Promise((wake) => setTimeout(wake, 100));
  }
  await page.evaluate(() => new Promise((done) => requestIdleCallback(done, { timeout: 10_000 })));
}

/** First contentful paint and load event of `url`, in ms after navigation start. */
export async function paintAndLoad(browser: Browser, url: string): Promise<{ fcp: number; load: number }> {
  return cold(browser, async ({ page, probe }) => {
    const origin = await open(page, url);
    const fcp = await probe.first('fcp', origin);
    const load = await probe.first('load', origin);
    return { fcp: fcp.at, load: load.at };
  });
}

/** What to click and how to tell the page responded. */
export interface ClickProbe<A> {
  /** CSS selector of the element a learner clicks. */
  selector: string;
  /** In the page: the page's epoch time once the response is on screen (given `arg`), `false` before. */
  responded: Predicate<A>;
  /** Computes `arg` from the element once it is there (e.g. the link's address and text). */
  arg(page: Page): Promise<A>;
  /** Whether the page is already answering a click (e.g. its address changed): do not click again. */
  underWay(page: Page, arg: A): boolean;
}

/**
 * Time from navigation start until a click is answered on screen, with the first contentful paint
 * of the same load. The element is clicked as soon as it is visible; a click answered by nothing
 * (no script yet to handle it, no native behaviour) is tried again after 1.5 s, so the figure is
 * when the page *first* responds to a learner who clicks as soon as they see the element. Clicks
 * that land while the main thread is busy wait in the input queue: that wait is counted.
 */
export async function timeToRespond<A>(
  browser: Browser,
  url: string,
  probe: ClickProbe<A>,
): Promise<{ fcp: number; respond: number; clicks: number }> {
  return cold(browser, async ({ page, probe: reports }) => {
    let navigating = false;
    page.on('request', (request) => {
      if (request.isNavigationRequest() && request.frame() === page.mainFrame() && request.url() !== url)
        navigating = true;
    });
    const origin = await open(page, url);
    const element = page.locator(probe.selector).first();
    await element.waitFor({ state: 'visible' });
    const arg = await probe.arg(page);
    const deadline = Date.now() + loadTimeout;
    let clicks = 0;
    while (Date.now() < deadline) {
      if (!navigating && !probe.underWay(page, arg)) {
        clicks += 1;
        await element.click({ timeout: 5_000 }).catch(() => undefined);
      }
      const at = await whenTrue(page, probe.responded, arg, 1_500);
      if (at !== undefined) return { fcp: (await reports.first('fcp', origin)).at, respond: at - origin, clicks };
    }
    throw new Error(`${url}: no response to ${clicks} clicks on ${probe.selector}.`);
  });
}

/** The lesson whose start screen and first step are measured, as the compiler gives it. */
export interface LessonProbe {
  id: string;
  /** The mode button a learner chooses (its visible name). */
  mode: string;
  /** The first step's target (a click) and the number of steps, as « Étape n sur N » shows it. */
  firstTarget: string;
  steps: number;
}

/** The lesson figures of one cold load. */
export interface LessonFigures {
  /** From the mode chosen to the first step usable: its target painted, the guide at step 1. */
  usable: number;
  /** Main-thread work from a click on the first step's target to the guide at step 2, settled. */
  work: number;
  /** The same measure's work on an idle page, subtracted from `work`. */
  overhead: number;
  /** From that click to the guide showing step 2. */
  latency: number;
  /** Long tasks (over 50 ms) in that window. */
  longTasks: number[];
}

const stepText = (index: number, total: number) => `Étape ${index} sur ${total}`;

/**
 * Opens the lesson's start screen, lets the learner read it (the page is left until its network
 * is quiet for 1 s and its main thread idle, as a learner reading the screen would), chooses the
 * mode, then clicks the first step's target as a learner would.
 */
export async function lessonStart(browser: Browser, origin: string, lesson: LessonProbe): Promise<LessonFigures> {
  return cold(browser, async (loaded) => {
    const { page, probe: reports, session } = loaded;
    await open(page, `${origin}/lecons/${lesson.id}`);
    const mode = page.locator('.mode-choice button').filter({ hasText: lesson.mode });
    await mode.waitFor({ state: 'visible' });
    await settled(loaded);

    // 1. The mode chosen → the first step usable.
    const clickTime = () =>
      page.evaluate(() => {
        const w = window as unknown as { __benchClick?: number };
        w.__benchClick = undefined;
        addEventListener('click', (e) => (w.__benchClick ??= performance.timeOrigin + e.timeStamp), {
          capture: true,
          once: true,
        });
      });
    const clickedAt = () => page.evaluate(() => (window as unknown as { __benchClick?: number }).__benchClick);
    await clickTime();
    await mode.click();
    const ready = await whenTrue(
      page,
      ({ target, step }) => {
        const element = document.querySelector(`[data-target="${target}"]`);
        const box = element?.getBoundingClientRect();
        const guide = document.querySelector('.guide-panel .guide-step')?.textContent ?? '';
        return !!box && box.width > 0 && box.height > 0 && guide.includes(step)
          ? performance.timeOrigin + performance.now()
          : false;
      },
      { target: lesson.firstTarget, step: stepText(1, lesson.steps) },
      loadTimeout,
    );
    if (ready === undefined) throw new Error(`${lesson.id}: the first step never became usable.`);
    const usable = ready - (await clickedAt())!;
    await settled(loaded);

    // 2. A click on the practice site → the guide updated: main-thread work, instrument subtracted.
    const box = await page.locator(`[data-target="${lesson.firstTarget}"]`).first().boundingBox();
    if (!box) throw new Error(`${lesson.id}: the first step's target has no box.`);
    // A string: tsx would wrap a function's inner functions with a `__name` the page lacks.
    const watchGuide = (step: string) =>
      page.evaluate(`void (window.__benchGuide = new Promise((done) => {
        const check = () => {
          if (!(document.querySelector('.guide-panel .guide-step')?.textContent ?? '').includes(${JSON.stringify(step)})) return false;
          observer.disconnect();
          done(performance.timeOrigin + performance.now());
          return true;
        };
        const observer = new MutationObserver(check);
        if (!check()) observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      }))`);
    const settle = () =>
      page.evaluate(async () => {
        const at = await (window as unknown as { __benchGuide?: Promise<number> }).__benchGuide;
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        await new Promise((done) => requestIdleCallback(done, { timeout: 10_000 }));
        return at ?? 0;
      });
    // The instrument alone: the same calls, on the page at rest.
    await watchGuide(stepText(1, lesson.steps));
    let before = await taskDuration(session);
    await settle();
    const overhead = (await taskDuration(session)) - before;
    await watchGuide(stepText(2, lesson.steps));
    await clickTime();
    before = await taskDuration(session);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const updated = await settle();
    const work = (await taskDuration(session)) - before - overhead;
    const clicked = (await clickedAt())!;
    const longTasks = reports.reports
      .filter((r) => r.kind === 'longtask' && r.origin + r.at + r.duration >= clicked)
      .map((r) => r.duration);
    return { usable, work, overhead, latency: updated - clicked, longTasks };
  });
}
