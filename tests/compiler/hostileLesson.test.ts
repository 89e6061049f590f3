// @vitest-environment node
/**
 * A hostile lesson — a tracker image, `javascript:` links, a catastrophic pattern, a look-alike
 * link, a script in a `Case` — and a file that is not UTF-8 are rejected with positioned messages
 * by the compiler, by `npm run check` (without a stack trace) and by `vite build` alike.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileLesson } from '../../src/compiler/compileLesson.ts';
import { formatMessages } from '../../src/compiler/messages.ts';
import { fixtureContent, mini, store } from './miniFixture.ts';
import { tempProject, type TempProject } from './tempProject.ts';

const project = resolve('.');
const hostilePath = resolve('tests/compiler/fixtures/hostile/fr.mdx');
const hostile = readFileSync(hostilePath, 'utf8');

/** Each rejection of the hostile lesson, `line:column  error  message  rule`. */
const rejections = [
  '13:40  error  The image `https://tracker.example/p.gif?id=42` comes from another site, which would see every learner who opens the lesson: put the image file beside the lesson and write `![description](image.png)`.  external-image',
  "16:15  error  This link runs code or hides content (`javascript:fetch('https://tracker.exampl…`): remove it. A lesson links only to its own pages (a relative address) or to an official site.  unsafe-url",
  '18:27  error  This link runs code or hides content (`JaVaScRiPt:alert(1)`): remove it. A lesson links only to its own pages (a relative address) or to an official site.  unsafe-url',
  '21:84  error  `expect="matches:(\\d+)+x"` repeats `(\\d+)+`, a group that holds a repetition itself, which can make the check very slow: repeat the inside or the group, not both (`(a+)+` → `a+`).  value-pattern',
  '22:39  error  The link to `https://caf.fr.aide-en-ligne.example/connexion` leaves the practice for a site that is not on the list: link only to a relative address or, with https://, to `service-public.fr`, `caf.fr`, `francetravail.fr`, `impots.gouv.fr`, `ameli.fr`, `franceconnect.gouv.fr` or `legifrance.gouv.fr` (or one of their subdomains).  external-link',
  '29:5  error  Expressions in braces `{…}` are not allowed in a lesson: write plain text (escape a brace as `\\{`).  not-allowed',
  '30:5  error  Unknown element `<script>`. A lesson cannot run code. A lesson uses only `Step`, `Hint`, `Mistake`, `Branch`, `Case`, `Otherwise`, `Question`, `Answer`, `AdvisorNote` or `Term`.  unknown-element',
];
const latin1Rejection =
  '10:22  error  The file is not valid UTF-8 here (a byte of another encoding, shown as « � »): save the file as UTF-8 in your editor (often « Encodage : UTF-8 » when saving), then check the accents on this line.  file-encoding';

describe('the compiler', () => {
  it('rejects every hostile part, each at its place, and emits nothing', async () => {
    const result = await compileLesson({ path: hostilePath, value: hostile }, { store });
    expect(formatMessages(result.file)).toEqual(rejections.map((r) => `tests/compiler/fixtures/hostile/fr.mdx:${r}`));
    expect(result.code).toBeUndefined();
  });
});

describe('npm run check and vite build', () => {
  let temp: TempProject;
  let hostileCopy: string;
  let latin1Copy: string;
  beforeAll(() => {
    temp = tempProject(fixtureContent);
    const lessons = join(temp.root, 'content/lessons');
    hostileCopy = join(lessons, 'hostile/fr.mdx');
    latin1Copy = join(lessons, 'latin1/fr.mdx');
    mkdirSync(join(lessons, 'hostile'));
    mkdirSync(join(lessons, 'latin1'));
    writeFileSync(hostileCopy, hostile);
    writeFileSync(latin1Copy, Buffer.from(mini.replace('id: mini', 'id: latin1'), 'latin1'));
  });
  afterAll(() => temp.remove());

  it('npm run check prints each rejection at its place and fails', () => {
    const result = spawnSync(
      join(project, 'node_modules/.bin/tsx'),
      [join(project, 'src/compiler/cli/check.ts'), hostileCopy, latin1Copy],
      { cwd: temp.root, encoding: 'utf8' },
    );
    const out = result.stdout + result.stderr;
    for (const rejection of rejections) expect(out).toContain(`content/lessons/hostile/fr.mdx:${rejection}`);
    expect(out).toContain(`content/lessons/latin1/fr.mdx:${latin1Rejection}`);
    expect(out).not.toMatch(/\n\s+at /);
    expect(result.status).toBe(1);
  });

  it('vite build fails on the hostile lesson with the same messages', async () => {
    const message = await temp.build(hostileCopy).then(
      () => 'built',
      (error: Error) => error.message,
    );
    for (const rejection of rejections) expect(message).toContain(`content/lessons/hostile/fr.mdx:${rejection}`);
  });

  it('vite build fails on a file that is not UTF-8 with the same message', async () => {
    // Needs the lessons plugin to read lesson files itself (its `load` hook): Rolldown refuses
    // such a file before any plugin sees it.
    const message = await temp.build(latin1Copy).then(
      () => 'built',
      (error: Error) => error.message,
    );
    expect(message).toContain(`content/lessons/latin1/fr.mdx:${latin1Rejection}`);
  });
});
