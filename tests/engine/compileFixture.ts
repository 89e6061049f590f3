import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compileLesson } from '../../src/compiler/compileLesson.ts';
import { createContentStore } from '../../src/compiler/content/contentStore.ts';
import type { LessonData } from '../../src/compiler/emit/lessonExports.ts';
import { formatMessages } from '../../src/compiler/messages.ts';

const content = resolve('tests/compiler/fixtures/content');

/** Compiles a fixture lesson with the real compiler (optionally changed), failing loudly on errors. */
export async function compileFixture(id = 'mini', edit: (source: string) => string = (s) => s): Promise<LessonData> {
  const path = join(content, 'lessons', id, 'fr.mdx');
  const result = await compileLesson(
    { path, value: edit(readFileSync(path, 'utf8')) },
    { store: createContentStore(content) },
  );
  if (!result.data) throw new Error(formatMessages(result.file).join('\n'));
  return result.data;
}
