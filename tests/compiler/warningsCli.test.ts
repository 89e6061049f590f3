// @vitest-environment node
/**
 * `npm run check` with warnings, through the real CLI in a throwaway project: warnings alone pass,
 * `--format json` prints only a JSON array, `--translations` reports what translators have left,
 * `--help` documents every option and an unknown option is refused.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainLesson, plainLessonEn } from './plainLesson.ts';

const project = resolve('.');

const secondHint = "  <Hint>C'est le bouton « Mon Compte ».</Hint>\n";
const advisorNote = '  <AdvisorNote>Beaucoup confondent les deux boutons.</AdvisorNote>\n';

/** The plain lesson with an advisor note in its first step, and only one hint there unless `twoHints`. */
const lesson = (id: string, twoHints: boolean) =>
  plainLesson(id).replace(secondHint, `${twoHints ? secondHint : ''}${advisorNote}`);

/**
 * The English file of `mini`: its advisor note is missing, one hint is still in French and one
 * answer says far more than the French.
 */
const english = plainLessonEn
  .replace(secondHint.replace("C'est le bouton « Mon Compte ».", 'It is the « Mon Compte » button.'), '')
  .replace('<Hint>Look at the practice card.</Hint>', "<Hint>Regardez la carte d'entraînement.</Hint>")
  .replace(
    'In a letter.</Answer>',
    'In a letter sent by post to your home address, which may take several days to arrive.</Answer>',
  );

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'pas-a-pas-check-'));
  const content = join(root, 'content');
  cpSync(resolve('tests/compiler/fixtures/content/personas'), join(content, 'personas'), { recursive: true });
  cpSync(resolve('tests/compiler/fixtures/content/glossary'), join(content, 'glossary'), { recursive: true });
  cpSync(resolve('tests/compiler/fixtures/content/skills.yaml'), join(content, 'skills.yaml'));
  appendFileSync(join(content, 'glossary/fr.yaml'), '\nressources:\n  term: ressources\n  definition: Votre argent.\n');
  for (const [id, files] of Object.entries({
    mini: { 'fr.mdx': lesson('mini', false), 'en.mdx': english },
    seul: { 'fr.mdx': lesson('seul', true) },
  })) {
    mkdirSync(join(content, 'lessons', id), { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(content, 'lessons', id, name), text);
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function check(args: string[], cwd = root) {
  const result = spawnSync(
    join(project, 'node_modules/.bin/tsx'),
    [join(project, 'src/compiler/cli/check.ts'), ...args],
    {
      cwd,
      encoding: 'utf8',
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const fewHints =
  'content/lessons/mini/fr.mdx:13:1  warning  Step `ouvrir` has only one `<Hint>`: give it two, from vague (where to look) to precise (what to do), before « Montre-moi ».  few-hints';

describe('npm run check with warnings', () => {
  it('passes with warnings alone, printing each with its place and rule, and counting them', () => {
    const { status, stdout, stderr } = check([]);
    expect(stdout.split('\n')).toEqual([
      fewHints,
      '',
      'Translations (fr.mdx is the reference):',
      '  fr (French): 2 of 2 lessons: mini, seul',
      '  ar (Arabic): 0 of 2 lessons; missing: mini, seul',
      '  en (English): 1 of 2 lessons: mini; missing: seul; texts: 2 missing, 1 left in French, 1 much longer than the French (npm run check -- --translations)',
      '  es (Spanish): 0 of 2 lessons; missing: mini, seul',
      '  uk (Ukrainian): 0 of 2 lessons; missing: mini, seul',
      'See docs/writing-lessons.md#few-hints',
      '✓ 3 lesson files checked, no errors. 1 warning (advice: warnings never fail the check).',
      '',
    ]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });

  it('fails on errors only, and counts both', () => {
    const broken = join(root, 'content/lessons/mini/fr.mdx');
    const { status, stdout } = check([broken, join(root, 'content/lessons/nulle-part/fr.mdx')]);
    expect(stdout).toContain(`${fewHints}\n`);
    expect(stdout).toContain(
      'content/lessons/nulle-part/fr.mdx:1:1  error  No such file: check the path.  missing-file\n',
    );
    expect(stdout).toMatch(/✗ 1 error and 1 warning in 2 lesson files\.\n$/);
    expect(status).toBe(1);
  });
});

describe('--format json', () => {
  it('prints one JSON array, and nothing else, with every field of every message', () => {
    const { status, stdout } = check(['--format', 'json', join(root, 'content/lessons/mini/fr.mdx'), 'absent.mdx']);
    const records = JSON.parse(stdout) as Record<string, unknown>[];
    expect(records).toEqual([
      {
        file: 'content/lessons/mini/fr.mdx',
        line: 13,
        column: 1,
        severity: 'warning',
        rule: 'few-hints',
        url: 'docs/writing-lessons.md#few-hints',
        message:
          'Step `ouvrir` has only one `<Hint>`: give it two, from vague (where to look) to precise (what to do), before « Montre-moi ».',
      },
      {
        file: 'absent.mdx',
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'missing-file',
        url: 'docs/writing-lessons.md#missing-file',
        message: 'No such file: check the path.',
      },
    ]);
    expect(status).toBe(1);
  });

  it('passes on the real lessons, where every message is a warning at most', () => {
    const { status, stdout } = check(['--format=json'], project);
    const records = JSON.parse(stdout) as { severity: string; url: string }[];
    expect(records.filter((r) => r.severity === 'error')).toEqual([]);
    for (const record of records) expect(record.url).toMatch(/^docs\/writing-lessons\.md#[a-z-]+$/);
    expect(status).toBe(0);
  });
});

describe('--translations', () => {
  it('says which locales cover which lessons, and what each translation lacks, without failing', () => {
    const { status, stdout } = check(['--translations']);
    const lines = stdout.split('\n');
    const report = lines.slice(lines.indexOf('Translations (fr.mdx is the reference):'), -3);
    expect(report).toEqual([
      'Translations (fr.mdx is the reference):',
      '  fr (French): 2 of 2 lessons: mini, seul',
      '  ar (Arabic): 0 of 2 lessons; missing: mini, seul',
      '  en (English): 1 of 2 lessons: mini; missing: seul',
      '  es (Spanish): 0 of 2 lessons; missing: mini, seul',
      '  uk (Ukrainian): 0 of 2 lessons; missing: mini, seul',
      'content/lessons/mini/fr.mdx:1:1  info  `mini` has no Arabic translation: add content/lessons/mini/ar.mdx (until then, learners who chose Arabic see it in French).  missing-translation',
      'content/lessons/mini/fr.mdx:1:1  info  `mini` has no Spanish translation: add content/lessons/mini/es.mdx (until then, learners who chose Spanish see it in French).  missing-translation',
      'content/lessons/mini/fr.mdx:1:1  info  `mini` has no Ukrainian translation: add content/lessons/mini/uk.mdx (until then, learners who chose Ukrainian see it in French).  missing-translation',
      'content/lessons/mini/en.mdx:7:1  info  The advisor note of step `ouvrir` of fr.mdx has no English text here: add it.  missing-text',
      'content/lessons/mini/en.mdx:15:28  info  Answer `courrier` of question `ou-code` has 85 characters, 16 in fr.mdx: say the same in fewer words (short sentences, common words), without adding to it.  longer-text',
      "content/lessons/mini/en.mdx:20:9  info  Hint 1 of step `numero` is the same as in fr.mdx (« Regardez la carte d'entraînement. »): translate it into English.  untranslated-text",
      'content/lessons/seul/fr.mdx:1:1  info  `seul` has no Arabic translation: add content/lessons/seul/ar.mdx (until then, learners who chose Arabic see it in French).  missing-translation',
      'content/lessons/seul/fr.mdx:1:1  info  `seul` has no English translation: add content/lessons/seul/en.mdx (until then, learners who chose English see it in French).  missing-translation',
      'content/lessons/seul/fr.mdx:1:1  info  `seul` has no Spanish translation: add content/lessons/seul/es.mdx (until then, learners who chose Spanish see it in French).  missing-translation',
      'content/lessons/seul/fr.mdx:1:1  info  `seul` has no Ukrainian translation: add content/lessons/seul/uk.mdx (until then, learners who chose Ukrainian see it in French).  missing-translation',
      'content/glossary/en.yaml:1:1  info  The English glossary has no entry for `ressources` (in fr.yaml): add them, so that English lessons can explain these words.  missing-text',
    ]);
    expect(lines.at(-3)).toBe(
      'See docs/writing-lessons.md#few-hints, docs/writing-lessons.md#missing-translation, docs/writing-lessons.md#missing-text, docs/writing-lessons.md#longer-text, docs/writing-lessons.md#untranslated-text',
    );
    expect(status).toBe(0);
  });
});

describe('options', () => {
  it('--help prints every option and exits 0', () => {
    for (const flag of ['--help', '-h']) {
      const { status, stdout, stderr } = check([flag, 'anything.mdx']);
      expect(stdout).toMatch(/^Usage: npm run check -- \[options\] \[files…\]\n/);
      for (const option of ['--format text|json', '--translations', '-h, --help']) expect(stdout).toContain(option);
      expect(stdout).toContain('Exit status: 0 when there is no error (warnings allowed), 1 when there are errors,');
      expect(stderr).toBe('');
      expect(status).toBe(0);
    }
  });

  it('refuses an unknown option or format with a message, exit status 2 and nothing checked', () => {
    const unknown = check(['--fromat', 'json']);
    expect(unknown.stderr).toBe(
      'Unknown option `--fromat`. Did you mean `--format`? Run `npm run check -- --help` for the options.\n',
    );
    expect(unknown.stdout).toBe('');
    expect(unknown.status).toBe(2);
    const format = check(['--format', 'xml']);
    expect(format.stderr).toBe(
      '`--format` takes `text` or `json`, not `xml`. Run `npm run check -- --help` for the options.\n',
    );
    expect(format.status).toBe(2);
  });
});
