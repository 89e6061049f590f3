/**
 * What a learner waits for, in Chromium under `throttle.ts`'s conditions: each page served from
 * its build, loaded cold `runs` times, the pages in turn (so that a busy moment of the machine
 * falls on all of them), and each figure the median of its runs, as a ratio to a baseline page
 * measured in the same run.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium as playwright, type Browser } from '@playwright/test';
import { compileLesson } from '../../../src/compiler/compileLesson.ts';
import { createContentStore } from '../../../src/compiler/content/contentStore.ts';
import type { Built } from '../build.ts';
import { heading, line, median, ms, verdict } from '../report.ts';
import { dependenciesClicked } from './baselines.ts';
import { lessonStart, paintAndLoad, timeToRespond, type ClickProbe, type LessonProbe } from './measure.ts';
import { serveFolder, type StaticServer } from './server.ts';
import { conditions } from './throttle.ts';

/** The Chromium every browser figure uses: Debian's, never a downloaded one. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The lesson whose start screen and first step are measured (and Lighthouse's lesson page): the first of the course. */
export const lessonId = 'caf-se-connecter';
const mode = 'On fait ensemble';

async function lessonProbe(id: string): Promise<LessonProbe> {
  const path = resolve('content/lessons', id, 'fr.mdx');
  const { data } = await compileLesson(
    { path, value: readFileSync(path, 'utf8') },
    { store: createContentStore(resolve('content')) },
  );
  const first = data?.units[0];
  if (!data || first?.kind !== 'step' || first.action !== 'click' || data.units.length < 2)
    throw new Error(`${id}: the bench needs a lesson that compiles and starts with a click step.`);
  return { id, mode, firstTarget: first.target, steps: data.units.length };
}

/** The home page answers a click on its first lesson link when the lesson's page shows its title. */
const homeClick: ClickProbe<{ href: string; title: string }> = {
  selector: '.lesson-list a',
  arg: (page) =>
    page
      .locator('.lesson-list a')
      .first()
      .evaluate((a) => ({ href: a.getAttribute('href') ?? '', title: (a.textContent ?? '').trim() })),
  responded: ({ href, title }) =>
    location.pathname === href && [...document.querySelectorAll('h1')].some((h) => h.textContent?.trim() === title)
      ? performance.timeOrigin + performance.now()
      : false,
  underWay: (page, { href }) => new URL(page.url()).pathname === href,
};

/** The dependency-only page answers a click on its button when its text changes. */
const dependenciesClick: ClickProbe<typeof dependenciesClicked> = {
  selector: dependenciesClicked.button,
  arg: async () => dependenciesClicked,
  responded: ({ state, text }) =>
    document.querySelector(state)?.textContent === text ? performance.timeOrigin + performance.now() : false,
  underWay: () => false,
};

const spread = (values: number[]) =>
  `(${values.length} runs: ${[...values]
    .sort((a, b) => a - b)
    .map((v) => Math.round(v))
    .join(', ')})`;

/** Runs the loads and prints the browser figures. */
export async function browserFigures(builds: { app: Built; bareReact: Built; dependencies: Built }, runs: number) {
  const lesson = await lessonProbe(lessonId);
  const servers: StaticServer[] = [];
  let browser: Browser | undefined;
  try {
    const app = await serveFolder(builds.app.outDir, { spaFallback: true });
    servers.push(app);
    const bare = await serveFolder(builds.bareReact.outDir);
    servers.push(bare);
    const dependencies = await serveFolder(builds.dependencies.outDir);
    servers.push(dependencies);
    browser = await playwright.launch({ executablePath: chromiumPath, args: chromiumArgs });

    heading(`In Chromium ${browser.version()}: ${conditions}; median of ${runs} cold loads`);
    // One load first, not counted: the machine's first start of these files and of the browser.
    await paintAndLoad(browser, `${bare.origin}/`);
    const results = {
      bare: [] as { fcp: number; load: number }[],
      dependencies: [] as { fcp: number; respond: number; clicks: number }[],
      home: [] as { fcp: number; load: number }[],
      homeClick: [] as { fcp: number; respond: number; clicks: number }[],
      lesson: [] as Awaited<ReturnType<typeof lessonStart>>[],
    };
    const start = Date.now();
    for (let run = 0; run < runs; run += 1) {
      results.bare.push(await paintAndLoad(browser, `${bare.origin}/`));
      results.dependencies.push(await timeToRespond(browser, `${dependencies.origin}/`, dependenciesClick));
      results.home.push(await paintAndLoad(browser, `${app.origin}/`));
      results.homeClick.push(await timeToRespond(browser, `${app.origin}/`, homeClick));
      results.lesson.push(await lessonStart(browser, app.origin, lesson));
      console.log(`  … run ${run + 1} of ${runs} done (${Math.round((Date.now() - start) / 1000)} s)`);
    }
    const m = <T>(list: T[], pick: (item: T) => number) => median(list.map(pick));
    const all = <T>(list: T[], pick: (item: T) => number) => list.map(pick);

    const bareFcp = m(results.bare, (r) => r.fcp);
    const homeFcp = m(results.home, (r) => r.fcp);
    const homeLoad = m(results.home, (r) => r.load);
    const depsRespond = m(results.dependencies, (r) => r.respond);
    const homeRespond = m(results.homeClick, (r) => r.respond);
    const usable = m(results.lesson, (r) => r.usable);
    const work = m(results.lesson, (r) => r.work);
    const width = 44;

    heading('Baselines, built and measured in this run');
    line('bare React page: first contentful paint', `${ms(bareFcp)} ${spread(all(results.bare, (r) => r.fcp))}`, width);
    line(
      'dependency-only page: first contentful paint',
      `${ms(m(results.dependencies, (r) => r.fcp))} ${spread(all(results.dependencies, (r) => r.fcp))}`,
      width,
    );
    line(
      'dependency-only page: a click answered',
      `${ms(depsRespond)} after navigation start ${spread(all(results.dependencies, (r) => r.respond))}`,
      width,
    );

    heading('What a learner waits for');
    line(
      '1. home page: first contentful paint',
      `${ms(homeFcp)} = ${(homeFcp / bareFcp).toFixed(2)}× the bare React page  (target ≤ 0.5×)  ${verdict(homeFcp <= 0.5 * bareFcp)}  ${spread(all(results.home, (r) => r.fcp))}`,
      width,
    );
    line('   home page: load event', `${ms(homeLoad)} ${spread(all(results.home, (r) => r.load))}`, width);
    line(
      '2. home page: a click answered',
      `${ms(homeRespond)} = ${(homeRespond / depsRespond).toFixed(2)}× the dependency-only page  (target ≤ 1.2×)  ${verdict(homeRespond <= 1.2 * depsRespond)}  ${spread(all(results.homeClick, (r) => r.respond))}`,
      width,
    );
    console.log(
      `     (from navigation start, clicking the first lesson link as soon as it shows, until the lesson's page shows its title; ${m(results.homeClick, (r) => r.clicks)} click(s), median)`,
    );
    line(
      `3. « ${mode} » → first step usable`,
      `${ms(usable)} = ${(usable / homeLoad).toFixed(2)}× the home page's load  ${spread(all(results.lesson, (r) => r.usable))}`,
      width,
    );
    console.log(
      `     (${lesson.id}: from the click on the mode to its first target painted and the guide at « Étape 1 »)`,
    );
    const longTasks = results.lesson.flatMap((r) => r.longTasks);
    line(
      '4. a click on the site → guide updated',
      `${ms(work)} of main-thread work at 4× CPU  (target ≤ 16 ms)  ${verdict(work <= 16)}  ${spread(all(results.lesson, (r) => r.work))}`,
      width,
    );
    console.log(
      `     (click on ${lesson.firstTarget} to « Étape 2 » shown and the page idle: Chromium's TaskDuration, less ${ms(m(results.lesson, (r) => r.overhead))} the instrument costs at rest; guide shown after ${ms(m(results.lesson, (r) => r.latency))}; long tasks over 50 ms in ${runs} runs: ${longTasks.length}${longTasks.length ? `, longest ${ms(Math.max(...longTasks))}` : ''})`,
    );
  } finally {
    await browser?.close();
    for (const server of servers) await server.close();
  }
}
