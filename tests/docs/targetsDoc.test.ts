// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { targetsDoc, targetsDocPath } from '../../src/compiler/cli/targetsDoc.ts';
import { registry } from '../../src/sites/registry.ts';

const script = resolve('src/compiler/cli/targetsDoc.ts');
const tsx = resolve('node_modules/.bin/tsx');
const committed = readFileSync(resolve(targetsDocPath), 'utf8');

/** Runs the real command in `cwd`. */
function run(args: string[], cwd: string) {
  const result = spawnSync(tsx, [script, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

describe('docs/targets.md', () => {
  it('is current: it is what the practice sites declare today', () => {
    expect(
      committed === targetsDoc(),
      'docs/targets.md is stale: run `npx tsx src/compiler/cli/targetsDoc.ts` and commit it',
    ).toBe(true);
  });

  it('lists every target a lesson can use, with its label and actions, under its site', () => {
    for (const [id, spec] of Object.entries(registry.targets)) {
      const row = committed.split('\n').find((line) => line.startsWith(`| \`${id}\` |`));
      expect(row, id).toBeDefined();
      expect(row).toContain(spec.label);
      for (const action of spec.actions) expect(row).toContain(`\`${action}\``);
      for (const option of spec.options ?? []) expect(row).toContain(`\`${option}\``);
    }
    expect(committed).toContain('## Site `caf`');
    expect(committed).toContain('## Site `mail`');
    expect(committed).toContain('## Practice browser');
    expect(committed).toMatch(/\| `browser\.back` \| Bouton « Précédent » du navigateur \| `click` \| {2}\| yes \|/);
    expect(committed).toMatch(/\| `caf\.dtr\.add\.type` \|[^\n]*`salaire`, `chomage`/);
  });

  it("shows each site's navigation places", () => {
    for (const site of registry.sites)
      for (const [id, place] of Object.entries(site.navigation?.places ?? {}))
        expect(committed).toContain(`| \`${id}\` | ${place.label.replace(/\|/g, '\\|')} |`);
  });
});

describe('npx tsx src/compiler/cli/targetsDoc.ts', () => {
  const root = mkdtempSync(join(tmpdir(), 'targets-doc-'));
  mkdirSync(join(root, 'docs'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('--check fails, saying what to run, when the catalogue is stale; writing it makes it pass', () => {
    writeFileSync(join(root, targetsDocPath), committed.replace('caf.login.nir', 'caf.login.old-name'));
    const stale = run(['--check'], root);
    expect(stale.status).toBe(1);
    expect(stale.out).toContain(
      '✗ docs/targets.md is not current: the practice sites changed. Run `npx tsx src/compiler/cli/targetsDoc.ts` and commit the file.',
    );
    expect(run([], root)).toEqual({ status: 0, out: '✓ docs/targets.md written.\n' });
    expect(readFileSync(join(root, targetsDocPath), 'utf8')).toBe(committed);
    expect(run(['--check'], root)).toEqual({ status: 0, out: '✓ docs/targets.md is current.\n' });
  });

  it('--help says what it does; an unknown option is refused', () => {
    const help = run(['--help'], root);
    expect(help.status).toBe(0);
    expect(help.out).toContain('Usage: npx tsx src/compiler/cli/targetsDoc.ts [--check]');
    const wrong = run(['--chek'], root);
    expect(wrong.status).toBe(2);
    expect(wrong.out).toContain('Unknown option `--chek`.');
  });
});
