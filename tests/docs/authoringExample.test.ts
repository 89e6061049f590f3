// @vitest-environment node
/**
 * docs/authoring.md's examples, as a newcomer would use them: each whole lesson, written to a new
 * content folder, compiles with the real compiler and passes `npm run check` with no error and no
 * warning; the error it shows is the one the checker prints; each excerpt is still in the lesson
 * it quotes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileLesson } from '../../src/compiler/compileLesson.ts';
import { createContentStore } from '../../src/compiler/content/contentStore.ts';
import { formatMessages } from '../../src/compiler/messages.ts';
import { lessonPaths } from '../../src/engine/lessonPaths.ts';
import { createWorld } from '../../src/lesson/world.ts';
import { docExamples, exampleId, missingExcerptLines } from './docExamples.ts';

const doc = 'docs/authoring.md';
const text = readFileSync(resolve(doc), 'utf8');
const { marked, unmarked } = docExamples(doc);
const lessons = marked.filter((e) => e.kind === 'lesson').map((e) => ({ ...e, id: exampleId(e) }));
const excerpts = marked.filter((e) => e.kind === 'excerpt');

/** A new project folder holding a copy of the real content, as a newcomer's checkout. */
const root = mkdtempSync(join(tmpdir(), 'authoring-'));
cpSync(resolve('content'), join(root, 'content'), { recursive: true });
const store = createContentStore(join(root, 'content'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes `value` as the lesson `id` of the new project and compiles it. */
async function compile(id: string, value: string) {
  const path = join(root, 'content/lessons', id, 'fr.mdx');
  mkdirSync(join(root, 'content/lessons', id), { recursive: true });
  writeFileSync(path, value);
  return { path, result: await compileLesson({ path, value }, { store }) };
}

describe(doc, () => {
  it('has its whole-lesson examples and excerpts marked for checking, and no unchecked lesson text', () => {
    expect(lessons.map((l) => l.id)).toEqual(['caf-premiere-lecon', 'caf-mot-de-passe-oublie']);
    expect(excerpts.length).toBeGreaterThan(10);
    expect(unmarked.filter((b) => b.language === 'mdx').map((b) => `line ${b.line}`)).toEqual([]);
  });

  it.each(lessons)('lesson example `$id` compiles with no message', async ({ id, text: value }) => {
    const { result } = await compile(id, value);
    expect(formatMessages(result.file, root)).toEqual([]);
    expect(result.data?.meta.id).toBe(id);
  });

  it('the first lesson has three steps and a question, on the CAF site and its mailbox, with Amina', async () => {
    const first = lessons[0]!;
    const { result } = await compile(first.id, first.text);
    expect(result.data!.units.map((u) => `${u.kind}:${u.id}`)).toEqual([
      'step:ouvrir-mon-compte',
      'question:ou-est-le-numero',
      'step:numero-secu',
      'step:mot-de-passe',
    ]);
    expect(result.data!.sites).toEqual(['caf', 'mail']);
    expect(result.data!.persona.id).toBe('amina');
  });

  it('the branch example has two paths: one through « Mot de passe oublié ? », one straight to the password', async () => {
    const branch = lessons[1]!;
    const { result } = await compile(branch.id, branch.text);
    const paths = lessonPaths(result.data!, { ...createWorld(0), otp: '000000' });
    expect(paths.map((path) => path.map((step) => step.unit.id).join(' → ')).sort()).toEqual([
      'ouvrir-mon-compte → voir-le-lien → lien-oublie → retour-connexion → mot-de-passe',
      'ouvrir-mon-compte → voir-le-lien → mot-de-passe',
    ]);
  });

  it('the error the guide shows is the one the checker gives for `caf.login.nri`', async () => {
    const first = lessons[0]!;
    const broken = first.text.replace('target="caf.login.nir" expect', 'target="caf.login.nri" expect');
    expect(broken).not.toBe(first.text);
    const { result } = await compile(first.id, broken);
    const [line, ...others] = formatMessages(result.file, root);
    expect(others).toEqual([]);
    expect(text).toContain(`\n${line}\nSee docs/writing-lessons.md#unknown-target\n`);
  });

  it.each(lessons)('`npm run check` on lesson example `$id` reports no error and no warning', ({ id, text: value }) => {
    const path = join(root, 'content/lessons', id, 'fr.mdx');
    mkdirSync(join(root, 'content/lessons', id), { recursive: true });
    writeFileSync(path, value);
    const run = spawnSync(resolve('node_modules/.bin/tsx'), [resolve('src/compiler/cli/check.ts'), path], {
      encoding: 'utf8',
    });
    const output = `${run.stdout}${run.stderr}`;
    expect(output.split('\n').filter((l) => /:\d+:\d+\s+(error|warning)\s/.test(l))).toEqual([]);
    expect(run.status).toBe(0);
    expect(output).toContain('✓ 1 lesson file checked, no errors.');
    expect(text).toContain('it says `✓ 1 lesson file checked, no errors.`');
  });

  it.each(excerpts.map((e) => ({ ...e, at: `${doc}:${e.line}` })))(
    'the excerpt at $at is still in $source',
    ({ source, text: excerpt }) => {
      expect(missingExcerptLines(excerpt, readFileSync(resolve(source!), 'utf8'))).toEqual([]);
    },
  );
});
