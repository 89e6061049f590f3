// @vitest-environment node
/**
 * `npm run new-lesson`, the real command in a copy of the content folder: the starter lesson of
 * each practice site checks without a message and plays to « Bravo ! » in every mode; a taken or
 * malformed id, an unknown site or persona are refused with a clear message (exit 2), and nothing
 * is written.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { starters } from '../../src/compiler/cli/newLesson.ts';
import { compileLesson } from '../../src/compiler/compileLesson.ts';
import { createContentStore } from '../../src/compiler/content/contentStore.ts';
import { registry } from '../../src/sites/registry.ts';

const project = resolve('.');
const folder = mkdtempSync(join(realpathSync(tmpdir()), 'pas-a-pas-new-lesson-'));
cpSync(join(project, 'content'), join(folder, 'content'), { recursive: true });
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

const lessons = () => readdirSync(join(folder, 'content/lessons')).sort();
/** A persona with every field the site reads (Amina has no tax return to declare). */
const personaFor = (site: string) => (site === 'impots' ? 'famille-martin' : 'amina');
/** The sites a lesson can start on: those with a tab. */
const tabSites = registry.sites.filter((s) => s.tab !== false).map((s) => s.id);

describe('npm run new-lesson', () => {
  it('has a starter for every practice site', () => {
    expect(Object.keys(starters).sort()).toEqual(tabSites.slice().sort());
  });

  describe.each(tabSites)('a starter lesson on %s', (site) => {
    const id = `${site}-premiere-lecon`;
    const path = join(folder, 'content/lessons', id, 'fr.mdx');

    it('is created, with comments that explain each element', () => {
      const { code, out } = run('newLesson', id, '--site', site, '--persona', personaFor(site));
      expect(out).toContain(`✓ Created content/lessons/${id}/fr.mdx`);
      expect(out).toContain(`npm run play -- ${id}`);
      expect(code).toBe(0);
      const text = readFileSync(path, 'utf8');
      for (const element of ['<Step', '<Hint>', '<Mistake', '<Question', '<Answer', '<Branch', '<Term']) {
        expect(text).toMatch(new RegExp(`^#.*${element}`, 'm'));
      }
      expect(text.match(/^<Step /gm)).toHaveLength(3);
      expect(text.match(/^ {2}<Hint>/gm)).toHaveLength(6);
      expect(text).toMatch(/<Answer value="[a-z-]+" correct>/);
      expect(text).toContain('<Mistake on=');
    });

    it('checks without an error or a warning', async () => {
      const { code, out } = run('check', '--format', 'json', `content/lessons/${id}/fr.mdx`);
      expect(JSON.parse(out)).toEqual([]);
      expect(code).toBe(0);
      const result = await compileLesson(
        { path, value: readFileSync(path, 'utf8') },
        { store: createContentStore(join(folder, 'content')) },
      );
      expect(result.data?.units.map((u) => u.kind)).toEqual(['step', 'question', 'step', 'step']);
    });

    it('plays to « Bravo ! » in every mode', { timeout: 240_000 }, () => {
      const { code, out } = run('play', id);
      expect(out).toMatch(new RegExp(`✓ ${id} plays to the end in 3 modes`));
      expect(code).toBe(0);
    });
  });

  it('refuses a taken or malformed id, an unknown site or persona, and writes nothing', () => {
    const before = lessons();
    const cases: [string[], string][] = [
      [
        ['caf-se-connecter', '--site', 'caf', '--persona', 'amina'],
        'A lesson `caf-se-connecter` already exists (content/lessons/caf-se-connecter): choose another id, or edit that lesson.',
      ],
      [
        ['Caf_Adresse', '--site', 'caf', '--persona', 'amina'],
        '`Caf_Adresse` is not a valid lesson id: use lower-case letters and digits in words joined by single dashes',
      ],
      [
        ['caf-adresse', '--site', 'cfa', '--persona', 'amina'],
        `Unknown site \`cfa\`. Did you mean \`caf\`? Sites: ${tabSites.join(', ')}.`,
      ],
      [
        ['caf-adresse', '--site', 'franceconnect', '--persona', 'amina'],
        `The site \`franceconnect\` has no tab: a lesson starts on the site that leads there. Sites: ${tabSites.join(', ')}.`,
      ],
      [['caf-adresse', '--site', 'caf', '--persona', 'amena'], 'Unknown persona `amena`. Did you mean `amina`?'],
      [['caf-adresse', '--site', 'caf'], 'Name the persona: `--persona amina`.'],
      [['caf-adresse', '--site', 'caf', '--persona', 'amina', '--level', '2'], 'Unknown option `--level`.'],
    ];
    for (const [args, message] of cases) {
      const { code, err } = run('newLesson', ...args);
      expect(err, args.join(' ')).toContain(`✗ ${message}`);
      expect(code).toBe(2);
    }
    expect(lessons()).toEqual(before);
    expect(existsSync(join(folder, 'content/lessons/caf-adresse'))).toBe(false);
  });

  it('--help says how to use it', () => {
    const { code, out } = run('newLesson', '--help');
    expect(out).toContain('Usage: npm run new-lesson -- <lesson-id> --site <site> --persona <persona>');
    expect(code).toBe(0);
  });
});
