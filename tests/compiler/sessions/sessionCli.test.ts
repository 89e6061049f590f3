// @vitest-environment node
/**
 * The real commands in a copy of the content folder: `npm run new-session` writes a starter
 * script that `npm run check` passes, and refuses a malformed or taken id or an unknown lesson
 * with a clear message (exit 2), writing nothing; `npm run check` checks every session script
 * with the lessons, and a content folder without sessions checks as before.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileSession, lessonIdsIn } from '../../../src/compiler/compileSession.ts';
import { change, script } from './sessionFixture.ts';

const project = resolve('.');
const folder = mkdtempSync(join(realpathSync(tmpdir()), 'pas-a-pas-new-session-'));
// The app's lessons (they check clean), without its session scripts: this test writes its own.
cpSync(resolve('content'), join(folder, 'content'), { recursive: true });
rmSync(join(folder, 'content/sessions'), { recursive: true, force: true });
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs one of the project's commands (`src/compiler/cli/<name>.ts`) in the copy, as an author would. */
function run(name: string, ...args: string[]) {
  const result = spawnSync(
    process.execPath,
    [join(project, 'node_modules/tsx/dist/cli.mjs'), join(project, `src/compiler/cli/${name}.ts`), ...args],
    { cwd: folder, encoding: 'utf8' },
  );
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const lessons = lessonIdsIn(join(folder, 'content/lessons'));
/** The fixture script, on two of the app's lessons. */
const onAppLessons = (source: string) =>
  source
    .replaceAll('biblio-prolonger', 'caf-se-connecter')
    .replaceAll('biblio-justificatif', 'caf-declaration-trimestrielle');
const advice = String.raw`( \d+ warnings? \(advice: warnings never fail the check\)\.)?`;

describe('npm run check, before any session', () => {
  it('checks the lessons only, as before', () => {
    const { code, out } = run('check');
    expect(out).toMatch(new RegExp(String.raw`^✓ \d+ lesson files checked, no errors\.${advice}$`, 'm'));
    expect(out).not.toMatch(/session scripts? checked/);
    expect(code).toBe(0);
  });
});

describe('npm run new-session', () => {
  const path = join(folder, 'content/sessions/biblio-atelier/fr.mdx');

  it('writes a starter script with comments that explain each element', () => {
    const { code, out } = run('newSession', 'biblio-atelier', '--lesson', 'caf-se-connecter');
    expect(out).toContain(
      '✓ Created content/sessions/biblio-atelier/fr.mdx: 4 segments, 60 minutes, on the lesson `caf-se-connecter`.',
    );
    expect(code).toBe(0);
    const text = readFileSync(path, 'utf8');
    for (const element of ['<Segment', '<Ask>', '<Answer>', '<Checklist>'])
      expect(text).toMatch(new RegExp(`^#.*${element}`, 'm'));
  });

  it('whose script compiles without a message, to four segments on the lesson', async () => {
    const result = await compileSession({ path, value: readFileSync(path, 'utf8') }, { lessons });
    expect(result.file.messages).toEqual([]);
    expect(result.data?.meta).toMatchObject({ id: 'biblio-atelier', duration: 60, lessons: ['caf-se-connecter'] });
    expect(result.data?.segments.map((s) => [s.duration, s.lesson, s.mode])).toEqual([
      [10, undefined, undefined],
      [20, 'caf-se-connecter', 'watch'],
      [20, 'caf-se-connecter', 'guided'],
      [10, 'caf-se-connecter', 'alone'],
    ]);
  });

  it('which `npm run check` passes', () => {
    const { code, out } = run('check');
    expect(out).toMatch(
      new RegExp(
        String.raw`^✓ \d+ lesson files checked, no errors\. 1 session script checked, no errors\.${advice}$`,
        'm',
      ),
    );
    expect(code).toBe(0);
  });

  it('uses the first lesson when none is named', () => {
    const { code } = run('newSession', 'sans-lecon');
    expect(code).toBe(0);
    expect(readFileSync(join(folder, 'content/sessions/sans-lecon/fr.mdx'), 'utf8')).toContain(
      `lesson="${lessons[0]}"`,
    );
  });

  it.each([
    [
      ['biblio-atelier'],
      '✗ A session `biblio-atelier` already exists (content/sessions/biblio-atelier): choose another id, or edit that script.',
    ],
    [
      ['Atelier Biblio'],
      '✗ `Atelier Biblio` is not a valid session id: use lower-case letters and digits in words joined by single dashes, e.g. `caf-declarer`.',
    ],
    [
      ['autre', '--lesson', 'caf-se-conecter'],
      '✗ Unknown lesson `caf-se-conecter`. Did you mean `caf-se-connecter`? The lessons are the folders of content/lessons/.',
    ],
    [[], '✗ Give the new session an id, e.g. `caf-declarer`.'],
    [['autre', '--lessons', 'x'], '✗ Unknown option `--lessons`. Did you mean `--lesson`?'],
  ])('refuses %j with a clear message, writing nothing', (args, message) => {
    const before = readFileSync(path, 'utf8');
    const { code, err } = run('newSession', ...args);
    expect(err.split('\n')[0]).toBe(message);
    expect(code).toBe(2);
    expect(existsSync(join(folder, 'content/sessions/autre'))).toBe(false);
    expect(readFileSync(path, 'utf8')).toBe(before);
  });
});

describe('npm run check, with sessions', () => {
  it("reports a session script's errors with their rule's section, and fails", () => {
    const broken = join(folder, 'content/sessions/atelier-biblio');
    mkdirSync(broken, { recursive: true });
    writeFileSync(join(broken, 'fr.mdx'), onAppLessons(change(script, ['mode="watch"', 'mode="wach"'])));
    try {
      const { code, out } = run('check');
      expect(out).toContain(
        'content/sessions/atelier-biblio/fr.mdx:27:81  error  `mode="wach"` is not a mode. Did you mean `watch`? Use `watch`, `guided` or `alone`: the group watches the lesson on the projector, does it guided, or alone.  invalid-attribute',
      );
      expect(out).toMatch(/^See .*docs\/session-scripts\.md#invalid-attribute/m);
      expect(out).toMatch(/^✗ 1 error(?: and \d+ warnings?)? in \d+ lesson files and 3 session scripts\.$/m);
      expect(code).toBe(1);
      // One script named: only it is checked.
      const one = run('check', 'content/sessions/atelier-biblio/fr.mdx');
      expect(one.out).toMatch(/^✗ 1 error in 0 lesson files and 1 session script\.$/m);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});
