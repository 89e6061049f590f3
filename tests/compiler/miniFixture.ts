/**
 * The `mini` fixture lesson, changed one exact edit at a time, and the messages the real compiler
 * gives for it (as `npm run check` prints them).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compileLesson, type CompileOptions } from '../../src/compiler/compileLesson.ts';
import { createContentStore } from '../../src/compiler/content/contentStore.ts';
import { formatMessages } from '../../src/compiler/messages.ts';

export const fixtureContent = resolve('tests/compiler/fixtures/content');
export const store = createContentStore(fixtureContent);
export const miniPath = join(fixtureContent, 'lessons/mini/fr.mdx');
export const mini = readFileSync(miniPath, 'utf8');
/** The path messages show. */
export const MINI = 'tests/compiler/fixtures/content/lessons/mini/fr.mdx';

/** The source with exact changes, in order (throws if one is not there, so a fixture edit cannot silently pass). */
export function change(source: string, ...edits: [from: string, to: string][]): string {
  return edits.reduce((text, [from, to]) => {
    if (!text.includes(from)) throw new Error(`fixture does not contain ${JSON.stringify(from)}`);
    return text.replace(from, to);
  }, source);
}

/** The messages of `value` compiled as the file at `path`, one line each. */
export async function messages(
  value: string | Uint8Array,
  path = miniPath,
  options: CompileOptions = {},
): Promise<string[]> {
  const result = await compileLesson({ path, value }, { store, ...options });
  return formatMessages(result.file);
}
