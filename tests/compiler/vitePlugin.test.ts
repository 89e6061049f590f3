// @vitest-environment node
/**
 * The lessons plugin through the real bundler and dev server: a lesson's error is a log that
 * points at its line (`id`, `loc`) and links to its rule (`url`); lesson modules map back to their
 * .mdx; `vite` prints a saved lesson's errors in the terminal once, without a stack trace.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { SourceMapConsumer } from 'source-map';
import { createServer, type Logger, type Rolldown, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ruleIds } from '../../src/compiler/messages.ts';
import { lessonsPlugin } from '../../src/compiler/vite/lessonsPlugin.ts';
import { tempProject, type TempProject } from './tempProject.ts';

const fixtures = resolve('tests/compiler/fixtures/content');
const lesson = 'content/lessons/mini/fr.mdx';
const good = readFileSync(join(fixtures, 'lessons/mini/fr.mdx'), 'utf8');

/** Where `text` starts in the good lesson, Rollup's way: line 1-based, column 0-based. */
function locate(text: string) {
  const before = good.slice(0, good.indexOf(text)).split('\n');
  return { line: before.length, column: before.at(-1)!.length };
}

/** The lesson with a mistyped target, and where the checker reports it. */
const broken = {
  source: good.replace('target="caf.login.nir"', 'target="caf.login.nri"'),
  ...locate('target="caf.login.nir"'),
};
/** The terminal line of that mistake, its column 1-based as in `npm run check`. */
const brokenLine = new RegExp(
  `^${lesson.replaceAll('.', '\\.')}:${broken.line}:${broken.column + 1}  error  Unknown target \`caf\\.login\\.nri\`.*  unknown-target$`,
);

let project: TempProject;
let path: string;
beforeAll(() => {
  project = tempProject(fixtures);
  path = join(project.root, lesson);
});
afterAll(() => project.remove());

describe('vite build', () => {
  it("rejects a lesson's error as a log with the lesson's id, the mistake's loc and the rule's url", async () => {
    writeFileSync(path, broken.source);
    try {
      const failure = await project.build(path).then(
        () => undefined,
        (error: Error & { errors?: Rolldown.RolldownError[] }) => error,
      );
      // Vite 8 rejects with an aggregate error: the plugin's log, as the plugin made it, is in `errors`.
      const log = failure?.errors?.[0];
      expect(log).toMatchObject({
        plugin: 'pas-a-pas:lessons',
        id: path,
        loc: { file: path, line: broken.line, column: broken.column },
        url: 'docs/writing-lessons.md#unknown-target',
      });
      expect(log?.message.split('\n')).toEqual(
        expect.arrayContaining([expect.stringMatching(brokenLine), 'See docs/writing-lessons.md#unknown-target']),
      );
      // The aggregate's text keeps file:line:column, whatever wraps it.
      expect(failure?.message).toMatch(new RegExp(brokenLine.source.slice(1, -1), 'm'));
    } finally {
      writeFileSync(path, good);
    }
  });

  it('gives a lesson module a source map back to its .mdx', async () => {
    const chunk = await project.build(path);
    const map = chunk.map!;
    expect(map.sources.map((source) => resolve(project.root, 'dist', source))).toContain(path);
    // The text of the first step, in the module, maps to where it is written in the lesson.
    const before = chunk.code.slice(0, chunk.code.indexOf('"Cliquez sur "')).split('\n');
    const original = await SourceMapConsumer.with(map.toString(), null, (consumer) =>
      consumer.originalPositionFor({ line: before.length, column: before.at(-1)!.length }),
    );
    expect({ ...original, source: resolve(project.root, 'dist', original.source!) }).toMatchObject({
      source: path,
      ...locate('Cliquez sur '),
    });
  });
});

describe('vite (dev server)', () => {
  const printed: string[] = [];
  const print = (message: string) => void printed.push(...message.split('\n'));
  const logger: Logger = {
    info: print,
    warn: print,
    warnOnce: print,
    error: print,
    clearScreen: () => undefined,
    hasErrorLogged: () => false,
    hasWarned: false,
  };
  let server: ViteDevServer;
  beforeAll(async () => {
    server = await createServer({
      root: project.root,
      configFile: false,
      customLogger: logger,
      plugins: [lessonsPlugin()],
      server: { port: 0, hmr: false },
      optimizeDeps: { noDiscovery: true },
    });
    await server.listen();
    // The watcher reports changes only to the files it has scanned.
    await vi.waitFor(() => expect(server.watcher.getWatched()[dirname(path)]).toContain('fr.mdx'));
  });
  afterAll(() => server.close());

  it("prints a saved lesson's errors in the terminal, once and without a stack trace, then says when it is fixed", async () => {
    writeFileSync(path, broken.source);
    try {
      // No browser has asked for the lesson: saving it is enough.
      await vi.waitFor(() => expect(printed).toContainEqual(expect.stringMatching(brokenLine)), { timeout: 10_000 });
      expect(printed).toContain('See docs/writing-lessons.md#unknown-target');
      // A browser asking for it gets the overlay, pointing at the line; the terminal does not print the error again.
      const response = await fetch(new URL(`/${lesson}`, server.resolvedUrls!.local[0]));
      expect(response.status).toBe(500);
      const overlay: unknown = JSON.parse(/const error = (.*)\n/.exec(await response.text())![1]!);
      expect(overlay).toMatchObject({
        plugin: 'pas-a-pas:lessons',
        id: path,
        loc: { file: path, line: broken.line, column: broken.column },
      });
      expect(printed.filter((line) => line.includes('Unknown target'))).toHaveLength(1);
      expect(printed.filter((line) => /^\s+at /.test(line))).toEqual([]);
    } finally {
      writeFileSync(path, good);
    }
    await vi.waitFor(() => expect(printed).toContain(`${lesson}  fixed: the lesson compiles again.`), {
      timeout: 10_000,
    });
  });
});

describe('the rule links', () => {
  it('lead to a section of docs/writing-lessons.md for every rule id', () => {
    const guide = readFileSync(resolve('docs/writing-lessons.md'), 'utf8');
    // `### \`unknown-target\`` is the section whose anchor is `#unknown-target`.
    const sections = [...guide.matchAll(/^### `([a-z-]+)`$/gm)].map((match) => match[1]);
    expect(sections).toEqual(expect.arrayContaining([...ruleIds]));
  });
});
