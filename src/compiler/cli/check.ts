/**
 * `npm run check [files…]`: checks lessons (default: every `content/lessons/*\/*.mdx`) and the
 * shared content (skills, personas, glossaries) exactly as the build does, and prints one line
 * per problem: `path:line:column  error  <message>  <rule-id>`, then `See docs/writing-lessons.md#<rule-id>, …`
 * for the rules broken. Exits 1 on any error, else 0.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compileLesson } from '../compileLesson.ts';
import { createContentStore } from '../content/contentStore.ts';
import type { VFile } from 'vfile';
import { formatMessages, ruleLinks } from '../messages.ts';

function lessonFiles(content: string): string[] {
  const lessons = join(content, 'lessons');
  if (!existsSync(lessons)) return [];
  return readdirSync(lessons, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(lessons, d.name))
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => join(lessons, d.name, f)),
    )
    .sort();
}

function yamlFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => f.slice(0, -5))
    : [];
}

async function main(args: string[]): Promise<number> {
  const content = resolve('content');
  const store = createContentStore(content);
  const files = args.length > 0 ? args.map((a) => resolve(a)) : lessonFiles(content);
  const lines: string[] = [];
  const reported: VFile[] = [];
  let errors = 0;
  for (const path of files) {
    if (!existsSync(path)) {
      lines.push(`${path}:1:1  error  No such file: check the path.  missing-file`);
      errors += 1;
      continue;
    }
    const result = await compileLesson({ path, value: readFileSync(path, 'utf8') }, { store });
    lines.push(...formatMessages(result.file));
    reported.push(result.file);
    errors += result.file.messages.filter((m) => m.fatal).length;
  }
  // Shared content is checked even when no lesson uses it yet.
  const shared = [
    store.skills(),
    ...yamlFiles(join(content, 'personas')).map(store.persona),
    ...yamlFiles(join(content, 'glossary')).map(store.glossary),
  ];
  for (const loaded of shared) {
    lines.push(...formatMessages(loaded.file));
    reported.push(loaded.file);
    errors += loaded.file.messages.filter((m) => m.fatal).length;
  }
  // Each rule is explained in the lesson-writing guide.
  for (const line of [...lines, ...ruleLinks(reported)]) console.log(line);
  const checked = `${files.length} lesson file${files.length === 1 ? '' : 's'}`;
  console.log(
    errors === 0 ? `✓ ${checked} checked, no errors.` : `✗ ${errors} error${errors === 1 ? '' : 's'} in ${checked}.`,
  );
  return errors === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    // Not an author mistake: a bug of the checker itself. Say so plainly, without a stack trace.
    console.error(`The checker itself failed: ${(error as Error).message ?? String(error)}. Please report it.`);
    process.exit(2);
  },
);
