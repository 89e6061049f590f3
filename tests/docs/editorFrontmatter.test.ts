// @vitest-environment node
/**
 * The editor setting of docs/writing-lessons.md: the remark configuration a language server reads
 * (`.remarkrc.mjs`) checks a lesson's frontmatter against the generated schema, and underlines the
 * wrong field at its own line.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { expect, it } from 'vitest';
import config from '../../.remarkrc.mjs';

const path = 'content/lessons/caf-se-connecter/fr.mdx';

async function lint(value: string) {
  const file = new VFile({ path: resolve(path), cwd: resolve('.'), value });
  const processor = unified().use(remarkParse).use(config.plugins);
  await processor.run(processor.parse(file), file);
  return file.messages;
}

it('finds nothing wrong in a lesson of the project', async () => {
  expect(await lint(readFileSync(path, 'utf8'))).toEqual([]);
});

it('underlines a wrong field, at its line, as the author types', async () => {
  const source = readFileSync(path, 'utf8').replace(/^level: \d+$/m, 'level: deux');
  const line = source.split('\n').findIndex((l) => l.startsWith('level:')) + 1;
  const messages = await lint(source);
  expect(messages.length).toBeGreaterThan(0);
  expect(messages.map((m) => m.line)).toEqual(messages.map(() => line));
  expect(messages.map((m) => m.reason).join('\n')).toMatch(/#\/properties\/level/);
});

it('names a site that does not exist', async () => {
  const messages = await lint(readFileSync(path, 'utf8').replace(/^site: caf$/m, 'site: cafe'));
  expect(messages.map((m) => m.reason)).toEqual([expect.stringMatching(/allowed values: `caf`.*#\/properties\/site/)]);
});
