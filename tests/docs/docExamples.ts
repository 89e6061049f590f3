/**
 * The examples of a doc that the tests check, each marked by an HTML comment before its fenced
 * block: `<!-- check: lesson … -->` (a whole lesson, compiled and played) or
 * `<!-- check: excerpt of <path> … -->` (lines quoted from a file of the repository, `…` for lines
 * left out).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface DocExample {
  kind: 'lesson' | 'excerpt';
  /** For an excerpt: the quoted file, from the repository's root. */
  source?: string;
  /** The fence's language (`mdx`, `yaml`…). */
  language: string;
  /** The block's text, without its fences. */
  text: string;
  /** The line of the doc where the block starts (1-based). */
  line: number;
}

/** Every fenced block of `doc` (a path from the repository's root), marked or not. */
export function docExamples(doc: string): { marked: DocExample[]; unmarked: Omit<DocExample, 'kind'>[] } {
  const lines = readFileSync(resolve(doc), 'utf8').split('\n');
  const marked: DocExample[] = [];
  const unmarked: Omit<DocExample, 'kind'>[] = [];
  let mark: { kind: DocExample['kind']; source?: string } | undefined;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    const comment = /^<!-- check: (lesson|excerpt of (\S+))/.exec(line);
    if (comment) {
      mark = comment[2] ? { kind: 'excerpt', source: comment[2] } : { kind: 'lesson' };
      continue;
    }
    const fence = /^```(\w*)\s*$/.exec(line);
    if (!fence) continue;
    const end = lines.findIndex((l, j) => j > i && l.startsWith('```'));
    if (end === -1) throw new Error(`${doc}:${i + 1}: a fenced block is not closed`);
    const block = { language: fence[1] ?? '', text: lines.slice(i + 1, end).join('\n'), line: i + 2 };
    if (mark) marked.push({ ...mark, ...block });
    else unmarked.push(block);
    mark = undefined;
    i = end;
  }
  return { marked, unmarked };
}

/** The lesson id of a lesson example (its frontmatter's `id`). */
export function exampleId(example: DocExample): string {
  const id = /^id: (\S+)$/m.exec(example.text)?.[1];
  if (!id) throw new Error(`The lesson example at line ${example.line} has no \`id:\``);
  return id;
}

/**
 * The lines of `excerpt` that are not in `source` as quoted: each non-blank line (trimmed) must
 * be the next non-blank line of the file, except after a line `…`, which stands for any lines.
 */
export function missingExcerptLines(excerpt: string, source: string): string[] {
  const file = source
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const missing: string[] = [];
  let at = -1;
  let gap = true;
  for (const line of excerpt.split('\n').map((l) => l.trim())) {
    if (line === '') continue;
    if (line === '…') {
      gap = true;
      continue;
    }
    const found = gap ? file.indexOf(line, at + 1) : file[at + 1] === line ? at + 1 : -1;
    if (found === -1) missing.push(line);
    else at = found;
    gap = false;
  }
  return missing;
}
