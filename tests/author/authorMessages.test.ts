// @vitest-environment node
/**
 * The dev server gives the author preview every lesson file's messages
 * (`virtual:pas-a-pas/author-messages`), even when the lesson does not compile, and gives the new
 * ones as soon as the file is saved.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AuthorLessonFile } from 'virtual:pas-a-pas/author-messages';
import { lessonsPlugin } from '../../src/compiler/vite/lessonsPlugin.ts';
import { tempProject, type TempProject } from '../compiler/tempProject.ts';

const fixtures = resolve('tests/compiler/fixtures/content');
const lesson = 'content/lessons/mini/fr.mdx';
const good = readFileSync(join(fixtures, 'lessons/mini/fr.mdx'), 'utf8');
const broken = good.replace('target="caf.login.nir"', 'target="caf.login.nri"');
const brokenAt = broken.slice(0, broken.indexOf('target="caf.login.nri"')).split('\n');

let project: TempProject;
let server: ViteDevServer;
let path: string;

/** The lesson files as the preview receives them. */
async function lessonFiles(): Promise<AuthorLessonFile[]> {
  const result = await server.environments.client.transformRequest('virtual:pas-a-pas/author-messages');
  return JSON.parse(/^export const lessonFiles = (.*);$/m.exec(result!.code)![1]!) as AuthorLessonFile[];
}

beforeAll(async () => {
  project = tempProject(fixtures);
  path = join(project.root, lesson);
  server = await createServer({
    root: project.root,
    configFile: false,
    logLevel: 'silent',
    plugins: [lessonsPlugin()],
    server: { port: 0 },
    optimizeDeps: { noDiscovery: true },
  });
  await server.listen();
  // The watcher reports changes only to the files it has scanned.
  await vi.waitFor(() => expect(server.watcher.getWatched()[dirname(path)]).toContain('fr.mdx'));
});
afterAll(async () => {
  await server.close();
  project.remove();
});

describe('virtual:pas-a-pas/author-messages', () => {
  it('lists every lesson file with its messages, and gives the new ones when a file is saved', async () => {
    expect((await lessonFiles()).map(({ lessonId, locale, path }) => ({ lessonId, locale, path }))).toEqual([
      { lessonId: 'biblio-justificatif', locale: 'fr', path: 'content/lessons/biblio-justificatif/fr.mdx' },
      { lessonId: 'biblio-prolonger', locale: 'fr', path: 'content/lessons/biblio-prolonger/fr.mdx' },
      { lessonId: 'mini', locale: 'en', path: 'content/lessons/mini/en.mdx' },
      { lessonId: 'mini', locale: 'fr', path: lesson },
    ]);
    const mini = async () => (await lessonFiles()).find((file) => file.path === lesson)!;
    expect((await mini()).messages.filter((m) => m.severity === 'error')).toEqual([]);

    writeFileSync(path, broken);
    try {
      await vi.waitFor(async () => expect((await mini()).messages).not.toHaveLength(0), { timeout: 10_000 });
      expect((await mini()).messages).toContainEqual({
        line: brokenAt.length,
        column: brokenAt.at(-1)!.length + 1,
        severity: 'error',
        reason: expect.stringContaining('Unknown target `caf.login.nri`'),
        ruleId: 'unknown-target',
        url: 'docs/writing-lessons.md#unknown-target',
      });
    } finally {
      writeFileSync(path, good);
    }
    await vi.waitFor(async () => expect((await mini()).messages.filter((m) => m.severity === 'error')).toEqual([]), {
      timeout: 10_000,
    });
  });
});
