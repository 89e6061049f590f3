// @vitest-environment node
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileLesson } from '../../src/compiler/compileLesson.ts';
import { createContentStore } from '../../src/compiler/content/contentStore.ts';
import { formatMessages } from '../../src/compiler/messages.ts';

const fixtures = resolve('tests/compiler/fixtures/content');
const fr = readFileSync(join(fixtures, 'lessons/mini/fr.mdx'), 'utf8');
const en = readFileSync(join(fixtures, 'lessons/mini/en.mdx'), 'utf8');
const FR = 'tests/compiler/fixtures/content/lessons/mini/fr.mdx';
const EN = 'tests/compiler/fixtures/content/lessons/mini/en.mdx';

/** The source with one exact change (throws if `from` is not there, so a fixture edit cannot silently pass). */
function change(from: string, to: string, source: string): string {
  if (!source.includes(from)) throw new Error(`fixture does not contain ${JSON.stringify(from)}`);
  return source.replace(from, to);
}

/** The fixtures' content, in a temp folder whose persona `lea` has `date:` (a line of YAML). */
const copies: string[] = [];
function contentWithPersonaDate(line: string): string {
  const root = mkdtempSync(join(tmpdir(), 'pas-a-pas-date-'));
  copies.push(root);
  cpSync(fixtures, root, { recursive: true });
  appendFileSync(join(root, 'personas/lea.yaml'), `${line}\n`);
  return root;
}
afterAll(() => copies.forEach((root) => rmSync(root, { recursive: true, force: true })));

async function compile(content: string, locale: 'fr' | 'en', value: string) {
  const path = join(content, `lessons/mini/${locale}.mdx`);
  return compileLesson({ path, value }, { store: createContentStore(content) });
}

describe('the practice date of a lesson', () => {
  it('comes from the lesson’s `date`', async () => {
    const dated = change('duration: 5\n', 'duration: 5\ndate: 2026-11-12\n', fr);
    const french = await compile(fixtures, 'fr', dated);
    expect(formatMessages(french.file)).toEqual([]);
    expect(french.data!.meta.practiceDate).toBe('2026-11-12');
    expect(french.data!.meta).not.toHaveProperty('date');
    expect(french.code).toContain('"practiceDate":"2026-11-12"');
  });

  it('is absent without a date, so the sites show the real date', async () => {
    const result = await compile(fixtures, 'fr', fr);
    expect(result.data!.meta).not.toHaveProperty('practiceDate');
  });

  it('comes from the persona’s `date` when the lesson has none; the lesson’s wins', async () => {
    const content = contentWithPersonaDate('date: 2026-11-03');
    const fromPersona = await compile(content, 'fr', fr);
    expect(formatMessages(fromPersona.file)).toEqual([]);
    expect(fromPersona.data!.meta.practiceDate).toBe('2026-11-03');
    const fromLesson = await compile(content, 'fr', change('duration: 5\n', 'duration: 5\ndate: 2026-11-12\n', fr));
    expect(fromLesson.data!.meta.practiceDate).toBe('2026-11-12');
    const translated = await compile(content, 'en', en);
    expect(translated.data!.meta).toMatchObject({ locale: 'en', practiceDate: '2026-11-03' });
  });
});

describe('a wrong practice date is a positioned message that says the fix', () => {
  it('in the lesson’s frontmatter: not YYYY-MM-DD, or not a real day', async () => {
    const messages = async (date: string) =>
      formatMessages((await compile(fixtures, 'fr', change('duration: 5\n', `duration: 5\ndate: ${date}\n`, fr))).file);
    expect(await messages('12/11/2026')).toEqual([
      `${FR}:10:7  error  Frontmatter field \`date\` must be a real day written \`YYYY-MM-DD\`, e.g. \`2026-11-12\` (the day the lesson's story happens, shown by the sites; optional, default: the persona's \`date\`, else today); it is "12/11/2026".  frontmatter-field`,
    ]);
    expect(await messages('2026-11-31')).toEqual([
      `${FR}:10:7  error  Frontmatter field \`date\` must be a real day written \`YYYY-MM-DD\`, e.g. \`2026-11-12\` (the day the lesson's story happens, shown by the sites; optional, default: the persona's \`date\`, else today); it is "2026-11-31".  frontmatter-field`,
    ]);
  });

  it('in a translation, which takes the reference file’s date', async () => {
    const result = await compile(fixtures, 'en', change('goal:', 'date: 2026-11-12\ngoal:', en));
    expect(formatMessages(result.file)).toEqual([
      `${EN}:4:1  error  Unknown frontmatter field \`date\`: remove it, or check its spelling.  frontmatter-field`,
    ]);
  });

  it('in a persona', () => {
    const content = contentWithPersonaDate('date: 3 novembre 2026');
    const file = createContentStore(content).persona('lea').file;
    expect(formatMessages(file, content)).toEqual([
      'personas/lea.yaml:18:7  error  Persona field `date` must be a real day written `YYYY-MM-DD`, e.g. `2026-11-12` (the day this persona\'s lessons happen when a lesson gives no `date`; optional); it is "3 novembre 2026".  schema',
    ]);
  });
});
