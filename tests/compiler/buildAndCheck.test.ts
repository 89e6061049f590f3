// @vitest-environment node
/**
 * The same author mistakes fail `npm run check` and `vite build`, both naming the file and the
 * line of the mistake — on every real lesson, through the real CLI and the real bundler.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempProject, type TempProject } from './tempProject.ts';

const project = resolve('.');
const lessonIds = readdirSync(join(project, 'content/lessons'));

/** A mistake an author makes, and the line (1-based) and rule it must be reported with. */
interface Mistake {
  name: string;
  apply(source: string): { source: string; line: number; rule: string };
}

const lineOf = (source: string, index: number) => source.slice(0, index).split('\n').length;

const mistakes: Mistake[] = [
  {
    name: 'a duplicated step',
    apply(source) {
      const start = source.indexOf('<Step ');
      const end = source.indexOf('</Step>', start) + '</Step>'.length;
      const copy = `\n\n${source.slice(start, end)}`;
      return {
        source: source.slice(0, end) + copy + source.slice(end),
        line: lineOf(source, end) + 2,
        rule: 'duplicate-id',
      };
    },
  },
  {
    name: 'a mistyped target',
    apply(source) {
      const index = source.indexOf('target="') + 'target="'.length;
      return {
        source: `${source.slice(0, index)}x${source.slice(index)}`,
        line: lineOf(source, index),
        rule: 'unknown-target',
      };
    },
  },
  {
    name: 'a Hint moved out of its Step',
    apply(source) {
      const match = /^[ \t]*<Hint>.*<\/Hint>[ \t]*\n/m.exec(source)!;
      const without = source.slice(0, match.index) + source.slice(match.index + match[0].length);
      const end = without.indexOf('</Step>', match.index) + '</Step>'.length;
      return {
        source: `${without.slice(0, end)}\n\n${match[0].trim()}${without.slice(end)}`,
        line: lineOf(without, end) + 2,
        rule: 'misplaced-element',
      };
    },
  },
  {
    name: 'a broken frontmatter',
    apply(source) {
      const index = source.indexOf('title:');
      return {
        source: `${source.slice(0, index)}title: [oops\n${source.slice(index)}`,
        line: lineOf(source, index) + 1,
        rule: 'yaml-syntax',
      };
    },
  },
];

let temp: TempProject;
let workspace: string;
beforeAll(() => {
  temp = tempProject(join(project, 'content'));
  workspace = temp.root;
});
afterAll(() => temp.remove());

function check(...files: string[]) {
  const result = spawnSync(
    join(project, 'node_modules/.bin/tsx'),
    [join(project, 'src/compiler/cli/check.ts'), ...files],
    { cwd: workspace, encoding: 'utf8' },
  );
  return { status: result.status, out: result.stdout + result.stderr };
}

describe('npm run check', () => {
  it('passes on the real lessons', () => {
    const result = spawnSync(join(project, 'node_modules/.bin/tsx'), [join(project, 'src/compiler/cli/check.ts')], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(result.stdout).toMatch(/✓ \d+ lesson files checked, no errors\./);
    expect(result.status).toBe(0);
  });

  // One run of the CLI per kind of mistake, over every lesson at once: the cost stays flat as lessons are added.
  for (const mistake of mistakes) {
    it(`fails on ${mistake.name} in every lesson, naming each file and its line, without a stack trace`, () => {
      const edits = lessonIds.map((id) => {
        const path = join(workspace, 'content/lessons', id, 'fr.mdx');
        const original = readFileSync(join(project, 'content/lessons', id, 'fr.mdx'), 'utf8');
        const { source, line, rule } = mistake.apply(original);
        writeFileSync(path, source);
        return { id, path, original, line, rule };
      });
      try {
        const { status, out } = check(...edits.map((e) => e.path));
        for (const { id, line, rule } of edits) {
          expect(out).toMatch(new RegExp(`^content/lessons/${id}/fr\\.mdx:${line}:\\d+  error  .+  ${rule}$`, 'm'));
        }
        expect(out).not.toMatch(/\n\s+at /);
        expect(status).toBe(1);
      } finally {
        for (const { path, original } of edits) writeFileSync(path, original);
      }
    });
  }
});

describe('vite build', () => {
  for (const mistake of mistakes) {
    it(`fails on ${mistake.name} with the same positioned message`, async () => {
      const id = lessonIds[0]!;
      const path = join(workspace, 'content/lessons', id, 'fr.mdx');
      const original = readFileSync(join(project, 'content/lessons', id, 'fr.mdx'), 'utf8');
      const { source, line, rule } = mistake.apply(original);
      writeFileSync(path, source);
      try {
        const failure = await temp.build(path).then(
          () => undefined,
          (error: Error) => error.message,
        );
        expect(failure).toMatch(new RegExp(`content/lessons/${id}/fr\\.mdx:${line}:\\d+  error  .+  ${rule}`));
      } finally {
        writeFileSync(path, original);
      }
    });
  }

  it('builds a good lesson into a module whose machine is plain JSON', async () => {
    const path = join(workspace, 'content/lessons', lessonIds[0]!, 'fr.mdx');
    const { code } = await temp.build(path);
    expect(code).toMatch(/"type":\s*"expectedAction"/);
    expect(code).toContain('MDXContent');
  });
});
