/**
 * `npm run bench`: the figures of DESIGN.md section 7, each printed with its target and whether
 * it is met, each timing as a ratio to a baseline built and measured in the same run:
 * - sizes: the learner entry chunk and each lazy chunk (gzip);
 * - compile: each lesson against a bare MDX compile, and the growth with a lesson's size;
 * - browser: in Chromium with a slow CPU and line, the home page's first paint and first answered
 *   click, a lesson's first step after the mode is chosen, and the work of a click on a site;
 * - lighthouse: Lighthouse's scores of the home page and of a lesson's start screen.
 * It never fails on a figure: it exits 0 unless a measure could not be taken.
 */
import { browserFigures, chromiumPath, lessonId } from './browser/figures.ts';
import { buildBaseline } from './browser/baselines.ts';
import { categories, lighthouseScores } from './browser/lighthouse.ts';
import { serveFolder } from './browser/server.ts';
import { buildApp, type Built } from './build.ts';
import { compileCost, compileGrowth } from './compile.ts';
import { heading, line, verdict } from './report.ts';
import { bundleSizes } from './sizes.ts';

const parts = ['sizes', 'compile', 'browser', 'lighthouse'] as const;
type Part = (typeof parts)[number];

const usage = `Usage: npm run bench -- [--only <part>[,<part>…]] [--runs <n>]

Prints the performance figures of DESIGN.md section 7, each with its target and « met » or
« not met »; timings are ratios to baseline pages built and measured in the same run. It never
fails on a figure (exit 0), only when a measure cannot be taken.

Parts (all by default):
  sizes        the learner entry chunk and each lesson's and site's chunk (JS, gzip)
  compile      each lesson's compile cost against a bare MDX compile, and its growth
               with the lesson's size (synthetic lessons of 10, 100 and 1000 steps)
  browser      in Chromium (CHROMIUM_PATH, default /usr/bin/chromium), CPU slowed 4× and
               a slow 3G line, cold loads: the home page's first paint against a bare
               React page, its first answered click against a dependency-only page, a
               lesson's first step after the mode is chosen, and a click's main-thread work
  lighthouse   Lighthouse's performance, accessibility and best-practices scores of the
               home page and of a lesson's start screen

Options:
  --only <parts>   the parts to run, comma-separated (e.g. --only browser,lighthouse)
  --runs <n>       cold loads per browser figure (default 5; the median is printed)
  --help           show this help`;

function parseArgs(args: string[]): { only: Set<Part>; runs: number } {
  const only = new Set<Part>(parts);
  let runs = 5;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') {
      console.log(usage);
      process.exit(0);
    } else if (arg === '--only' || arg.startsWith('--only=')) {
      const value = arg.includes('=') ? arg.slice('--only='.length) : args[++i];
      const chosen = (value ?? '').split(',').filter(Boolean);
      const unknown = chosen.find((p) => !(parts as readonly string[]).includes(p));
      if (unknown !== undefined || chosen.length === 0)
        fail(`\`--only\` takes ${parts.join(', ')}; got \`${value ?? ''}\`.`);
      only.clear();
      for (const p of chosen) only.add(p as Part);
    } else if (arg === '--runs' || arg.startsWith('--runs=')) {
      const value = arg.includes('=') ? arg.slice('--runs='.length) : args[++i];
      runs = Number(value);
      if (!Number.isInteger(runs) || runs < 1)
        fail(`\`--runs\` takes a whole number of loads; got \`${value ?? ''}\`.`);
    } else {
      fail(`Unknown option \`${arg}\`.`);
    }
  }
  return { only, runs };
}

function fail(message: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(2);
}

const { only, runs } = parseArgs(process.argv.slice(2));
const started = Date.now();
const builds: Built[] = [];
try {
  if (only.has('compile')) {
    await compileCost();
    await compileGrowth();
  }
  if (only.has('sizes') || only.has('browser') || only.has('lighthouse')) {
    const buildStart = Date.now();
    const app = await buildApp();
    builds.push(app);
    const dependencies = await buildBaseline('dependencies');
    builds.push(dependencies);
    console.log(`\n(the app and the dependency-only page built in ${Math.round((Date.now() - buildStart) / 1000)} s)`);
    if (only.has('sizes')) bundleSizes(app.output, dependencies.output);
    if (only.has('browser')) {
      const bareReact = await buildBaseline('bare-react');
      builds.push(bareReact);
      if (runs < 5) console.log(`\n(--runs ${runs}: fewer than the 5 cold loads the figures are defined with)`);
      await browserFigures({ app, bareReact, dependencies }, runs);
    }
    if (only.has('lighthouse')) {
      const server = await serveFolder(app.outDir, { spaFallback: true });
      try {
        const pages = {
          'home page': `${server.origin}/`,
          'lesson start screen': `${server.origin}/lecons/${lessonId}`,
        };
        const results = await lighthouseScores(chromiumPath, Object.values(pages));
        heading("Lighthouse 12 (its default mobile settings: simulated « Slow 4G », 4× CPU) on the app's build");
        for (const [name, url] of Object.entries(pages)) {
          const { scores, accessibilityFailures } = results.get(url)!;
          line(
            name,
            `${categories.map((c) => `${c} ${scores[c]}`).join(', ')}  (accessibility target 100)  ${verdict(scores.accessibility === 100)}`,
            22,
          );
          for (const failure of accessibilityFailures) console.log(`     fails ${failure}`);
        }
      } finally {
        await server.close();
      }
    }
  }
  console.log(`\nBench done in ${Math.round((Date.now() - started) / 1000)} s.`);
} finally {
  for (const built of builds) built.remove();
}
