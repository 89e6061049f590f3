/**
 * `npm run bench`: the figures of DESIGN.md section 7 that can be measured without a browser,
 * each as a ratio to a baseline measured in the same run, never as an absolute timing:
 * - the learner entry chunk (JS, gzip) against a dependency-only page (React + XState + i18next);
 * - each lazy chunk (a lesson, a site) against its 15 KB budget;
 * - the compile cost of each lesson against a bare `@mdx-js/mdx` compile of the same file.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { compile } from '@mdx-js/mdx';
import { build, type Rollup } from 'vite';
import { compileLesson } from '../../src/compiler/compileLesson.ts';
import { createContentStore } from '../../src/compiler/content/contentStore.ts';

const usage = `Usage: npm run bench

Prints the performance figures of DESIGN.md section 7, each as a ratio to a baseline measured
in the same run: the learner entry chunk, each lazy chunk against its budget, and the compile
cost of each lesson. It takes no options.

  --help   show this help`;
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(usage);
  process.exit(0);
}
if (args.length > 0) {
  console.error(`Unknown option \`${args[0]}\`.\n\n${usage}`);
  process.exit(2);
}

const root = resolve('.');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (code: string) => gzipSync(code, { level: 9 }).length;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

type Output = Rollup.RollupOutput['output'];

async function buildOnce(options: Parameters<typeof build>[0]): Promise<Output> {
  const result = await build({ logLevel: 'silent', ...options, build: { write: false, ...options?.build } });
  return (Array.isArray(result) ? result[0]! : (result as Rollup.RollupOutput)).output;
}

/** The JS a first visit downloads: the entry chunk and what it imports statically. */
function entryBytes(output: Output): { bytes: number; files: string[] } {
  const chunks = new Map(output.flatMap((o) => (o.type === 'chunk' ? [[o.fileName, o] as const] : [])));
  const entry = [...chunks.values()].find((c) => c.isEntry);
  if (!entry) throw new Error('The build has no entry chunk.');
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const imported of chunks.get(name)?.imports ?? []) visit(imported);
  };
  visit(entry.fileName);
  return { bytes: [...seen].reduce((sum, name) => sum + gz(chunks.get(name)!.code), 0), files: [...seen] };
}

async function dependencyBaseline(): Promise<number> {
  // Inside the project, so that the page resolves the same node_modules.
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
  const dir = mkdtempSync(join(root, 'node_modules/.cache/bench-baseline-'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><div id="root"></div><script type="module" src="./main.js"></script>',
  );
  writeFileSync(
    join(dir, 'main.js'),
    `import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { createMachine } from 'xstate';
import { useMachine } from '@xstate/react';
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
i18next.use(initReactI18next).init({ lng: 'fr', resources: { fr: { translation: { hi: 'Bonjour' } } } });
const machine = createMachine({ initial: 'a', states: { a: { on: { NEXT: 'b' } }, b: {} } });
function App() { const [state] = useMachine(machine); const { t } = useTranslation(); return createElement('p', null, t('hi'), String(state.value)); }
createRoot(document.getElementById('root')).render(createElement(App));`,
  );
  try {
    const output = await buildOnce({
      root: dir,
      configFile: false,
      build: { rollupOptions: { input: join(dir, 'index.html') } },
    });
    return entryBytes(output).bytes;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function chunkFigures() {
  const output = await buildOnce({ root, configFile: resolve('vite.config.ts') });
  const entry = entryBytes(output);
  const baseline = await dependencyBaseline();
  console.log('Learner entry chunk (JS, gzip), against a dependency-only page built in this run');
  console.log(`  dependency-only page   ${kb(baseline)}`);
  console.log(
    `  learner entry          ${kb(entry.bytes)}  = ${(entry.bytes / baseline).toFixed(2)}× the dependencies  (target ≤ 110 KB ≈ ${((110 * 1024) / baseline).toFixed(2)}×)  ${entry.bytes <= 110 * 1024 ? 'OK' : 'OVER'}`,
  );
  console.log('Lazy chunks (JS, gzip): a lesson or a site against the 15 KB budget; the others for information');
  for (const chunk of output) {
    if (chunk.type !== 'chunk' || entry.files.includes(chunk.fileName)) continue;
    const bytes = gz(chunk.code);
    const budgeted =
      chunk.facadeModuleId &&
      (/[\\/]content[\\/]lessons[\\/]/.test(chunk.facadeModuleId) ||
        /[\\/]src[\\/]sites[\\/]/.test(chunk.facadeModuleId));
    const verdict = budgeted
      ? `= ${(bytes / (15 * 1024)).toFixed(2)}× budget  ${bytes <= 15 * 1024 ? 'OK' : 'OVER'}`
      : '(shared code, loaded with a lesson)';
    const name = chunk.facadeModuleId ? chunk.facadeModuleId.slice(root.length + 1) : chunk.fileName;
    console.log(`  ${name.padEnd(48)} ${kb(bytes).padStart(9)}  ${verdict}`);
  }
}

async function compileFigures(rounds = 31) {
  const store = createContentStore(join(root, 'content'));
  const lessonsDir = join(root, 'content', 'lessons');
  const files = readdirSync(lessonsDir).flatMap((id) =>
    readdirSync(join(lessonsDir, id))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => join(lessonsDir, id, f)),
  );
  console.log(
    `Compile cost, against a bare @mdx-js/mdx compile of the same file (median of ${rounds} interleaved runs; target ≤ 1.3×)`,
  );
  for (const path of files.sort()) {
    const value = readFileSync(path, 'utf8');
    const ours: number[] = [];
    const bare: number[] = [];
    for (let round = -3; round < rounds; round += 1) {
      let t = performance.now();
      await compile({ path, value });
      const bareTime = performance.now() - t;
      t = performance.now();
      const result = await compileLesson({ path, value }, { store });
      const ourTime = performance.now() - t;
      if (!result.code) throw new Error(`${path} does not compile: run npm run check.`);
      if (round >= 0) {
        bare.push(bareTime);
        ours.push(ourTime);
      }
    }
    const ratio = median(ours) / median(bare);
    console.log(`  ${path.slice(root.length + 1).padEnd(52)} ${ratio.toFixed(2)}×  ${ratio <= 1.3 ? 'OK' : 'OVER'}`);
  }
}

await compileFigures();
await chunkFigures();
