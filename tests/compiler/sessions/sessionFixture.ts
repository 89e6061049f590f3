/**
 * The `atelier-biblio` fixture script, changed one exact edit at a time, and the messages the real
 * session compiler gives for it (as `npm run check` prints them). Its lessons are the fixture
 * lessons of tests/compiler/fixtures/content.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CompiledSession } from '../../../src/advisor/sessionTypes.ts';
import { compileSession, lessonIdsIn } from '../../../src/compiler/compileSession.ts';
import { formatMessages } from '../../../src/compiler/messages.ts';

export const fixtureLessons = lessonIdsIn(resolve('tests/compiler/fixtures/content/lessons'));
export const scriptPath = resolve('tests/fixtures/sessions/atelier-biblio/fr.mdx');
export const script = readFileSync(scriptPath, 'utf8');
/** The path messages show. */
export const SCRIPT = 'tests/fixtures/sessions/atelier-biblio/fr.mdx';

/** The source with exact changes, in order (throws if one is not there, so a fixture edit cannot silently pass). */
export function change(source: string, ...edits: [from: string, to: string][]): string {
  return edits.reduce((text, [from, to]) => {
    if (!text.includes(from)) throw new Error(`fixture does not contain ${JSON.stringify(from)}`);
    return text.replace(from, to);
  }, source);
}

/** The messages of `value` compiled as the fixture script, one line each. */
export async function messages(value: string, lessons: readonly string[] = fixtureLessons): Promise<string[]> {
  const result = await compileSession({ path: scriptPath, value }, { lessons });
  return formatMessages(result.file);
}

/** Compiles `value` and loads the module the bundler would serve; `unload` removes its file. */
export async function loadSession(
  value: string,
  path = scriptPath,
): Promise<{ session: CompiledSession; unload(): void }> {
  const result = await compileSession({ path, value }, { lessons: fixtureLessons });
  if (!result.code) throw new Error(formatMessages(result.file).join('\n'));
  // Inside the project, so that Vitest transforms it and resolves `react/jsx-runtime` as usual.
  const folder = resolve('tests/fixtures/.compiled');
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `session-${process.pid}-${Math.random().toString(36).slice(2)}.js`);
  writeFileSync(file, result.code);
  const session = (await import(/* @vite-ignore */ file)) as CompiledSession;
  return { session, unload: () => rmSync(file, { force: true }) };
}
