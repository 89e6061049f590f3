// @vitest-environment node
/**
 * The sessions plugin through the real Vite: `virtual:pas-a-pas/sessions` lists the scripts of
 * content/sessions/ sorted by id, with their texts per locale and loaders that give the compiled
 * script; an absent folder gives an empty list; a script's error fails the build with a log that
 * points at its line and links to its rule.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, createServer, type Rolldown, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionEntry } from '../../../src/advisor/sessionTypes.ts';
import { sessionsPlugin } from '../../../src/compiler/vite/sessionsPlugin.ts';
import { change, script } from './sessionFixture.ts';

/** A throwaway project: the fixture lessons, and the session scripts given (none: no sessions folder). */
function project(sessions: Record<string, Record<string, string>> | undefined) {
  // Inside the project, so that the compiled scripts resolve `react/jsx-runtime` as the app does.
  const parent = resolve('tests/fixtures/.compiled');
  mkdirSync(parent, { recursive: true });
  const root = mkdtempSync(join(parent, 'sessions-'));
  cpSync(resolve('tests/compiler/fixtures/content'), join(root, 'content'), { recursive: true });
  for (const [id, files] of Object.entries(sessions ?? {})) {
    mkdirSync(join(root, 'content/sessions', id), { recursive: true });
    for (const [file, text] of Object.entries(files)) writeFileSync(join(root, 'content/sessions', id, file), text);
  }
  return root;
}

/** The catalogue as the app imports it, through a real dev server. */
async function catalogue(root: string): Promise<{ sessions: SessionEntry[]; server: ViteDevServer }> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [sessionsPlugin()],
    server: { middlewareMode: true, watch: null, ws: false },
    appType: 'custom',
  });
  const module = (await server.ssrLoadModule('virtual:pas-a-pas/sessions')) as { sessions: SessionEntry[] };
  return { sessions: module.sessions, server };
}

const english = change(
  script,
  ['title: "Atelier bibliothèque : prolonger un prêt"', 'title: "Library workshop: renew a loan"'],
  [
    'audience: Des lecteurs qui empruntent des livres et veulent les garder plus longtemps.',
    'audience: Readers who borrow books and want to keep them longer.',
  ],
);
const shorter = change(script, ['duration: 30', 'duration: 15'], ['duration={15}', 'duration={0}']);

describe('virtual:pas-a-pas/sessions', () => {
  let root: string;
  let server: ViteDevServer;
  let sessions: SessionEntry[];
  beforeAll(async () => {
    root = project({
      'atelier-biblio': { 'fr.mdx': script, 'en.mdx': english },
      // Sorted by id: this one comes first. A file that is not a locale is left out.
      'accueil-biblio': { 'fr.mdx': script.replace('title: "Atelier', 'title: "Accueil'), 'notes.md': 'x' },
      // No reference file: not a session.
      brouillon: { 'en.mdx': english },
    });
    ({ sessions, server } = await catalogue(root));
  });
  afterAll(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('lists each session with a French file, sorted by id, with its texts per locale', () => {
    expect(sessions.map(({ load, ...entry }) => ({ ...entry, locales: Object.keys(load) }))).toEqual([
      {
        id: 'accueil-biblio',
        duration: 30,
        lessons: ['biblio-prolonger', 'biblio-justificatif'],
        texts: {
          fr: {
            title: 'Accueil bibliothèque : prolonger un prêt',
            audience: 'Des lecteurs qui empruntent des livres et veulent les garder plus longtemps.',
          },
        },
        locales: ['fr'],
      },
      {
        id: 'atelier-biblio',
        duration: 30,
        lessons: ['biblio-prolonger', 'biblio-justificatif'],
        texts: {
          en: {
            title: 'Library workshop: renew a loan',
            audience: 'Readers who borrow books and want to keep them longer.',
          },
          fr: {
            title: 'Atelier bibliothèque : prolonger un prêt',
            audience: 'Des lecteurs qui empruntent des livres et veulent les garder plus longtemps.',
          },
        },
        locales: ['en', 'fr'],
      },
    ]);
  });

  it('loads a compiled script per locale', async () => {
    const entry = sessions.find((s) => s.id === 'atelier-biblio')!;
    const [fr, en] = await Promise.all([entry.load.fr!(), entry.load.en!()]);
    expect(fr.meta).toMatchObject({ id: 'atelier-biblio', locale: 'fr', duration: 30 });
    expect(en.meta).toMatchObject({ id: 'atelier-biblio', locale: 'en', title: 'Library workshop: renew a loan' });
    expect(fr.segments.map((s) => s.title)).toEqual(['Accueil', 'Prolonger : je regarde', 'Le justificatif, seul']);
    expect(typeof fr.default).toBe('function');
  });

  it('is empty when content/sessions/ is absent', async () => {
    const bare = project(undefined);
    const { sessions: none, server: other } = await catalogue(bare);
    try {
      expect(none).toEqual([]);
    } finally {
      await other.close();
      rmSync(bare, { recursive: true, force: true });
    }
  });
});

describe('vite build', () => {
  it("fails on a script's error, with a log that points at its line and links to its rule", async () => {
    const root = project({ 'atelier-biblio': { 'fr.mdx': shorter } });
    const path = join(root, 'content/sessions/atelier-biblio/fr.mdx');
    try {
      const failure = await build({
        root,
        configFile: false,
        logLevel: 'silent',
        plugins: [sessionsPlugin()],
        build: {
          write: false,
          lib: { entry: path, formats: ['es'], fileName: 'session' },
          rollupOptions: { external: [/^react/] },
        },
      }).then(
        () => undefined,
        (error: Error & { errors?: Rolldown.RolldownError[] }) => error,
      );
      const log = failure?.errors?.[0];
      // `duration={0}` of the third segment: line 31, column 39 (0-based, Rollup's way).
      expect(log).toMatchObject({
        plugin: 'pas-a-pas:sessions',
        id: path,
        loc: { file: path, line: 31, column: 39 },
        url: 'docs/session-scripts.md#invalid-attribute',
      });
      expect(log?.message.split('\n')).toEqual(
        expect.arrayContaining([
          'Session script content/sessions/atelier-biblio/fr.mdx has errors:',
          'content/sessions/atelier-biblio/fr.mdx:31:40  error  `duration` on `<Segment>` must be a whole number of minutes, more than 0: write duration={10}; it is `0`.  invalid-attribute',
          'See docs/session-scripts.md#invalid-attribute',
        ]),
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('builds a valid script into a module with its meta and segments', async () => {
    const root = project({
      'atelier-biblio': { 'fr.mdx': readFileSync(resolve('tests/fixtures/sessions/atelier-biblio/fr.mdx'), 'utf8') },
    });
    try {
      const result = await build({
        root,
        configFile: false,
        logLevel: 'silent',
        plugins: [sessionsPlugin()],
        build: {
          write: false,
          minify: false,
          lib: { entry: join(root, 'content/sessions/atelier-biblio/fr.mdx'), formats: ['es'], fileName: 'session' },
          rollupOptions: { external: [/^react/] },
        },
      });
      const [output] = [result].flat() as Rolldown.RolldownOutput[];
      const code = output!.output[0].code;
      expect(code).toContain('"segment/1/ask/1/answer"');
      expect(code).toMatch(/export \{[^}]*\bmeta\b[^}]*\}/);
      expect(code).toMatch(/export \{[^}]*\bsegments\b[^}]*\}/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
