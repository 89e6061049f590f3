// @vitest-environment node
/**
 * `npm run play`, the real command: it names the step where a broken lesson stalls, in each mode,
 * with the reason a learner would see; a real lesson plays to « Bravo ! » in every mode; a wrong
 * command is refused with its usage (exit 2).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const fixture = 'tests/fixtures/play/content/lessons/caf-connexion-trop-vite/fr.mdx';

/** Runs `npm run play -- …args` as an author would. */
function play(...args: string[]) {
  const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/compiler/cli/play.ts', ...args], {
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('npm run play', () => {
  it('names the step that stalls, in each mode, and why', { timeout: 240_000 }, () => {
    const { code, out } = play(fixture);
    const line = 'step `me-connecter` (line 30) stalls: the site refused it, saying « Le formulaire contient 2 erreurs';
    expect(out).toContain(`✗ Je regarde: ${line}`);
    expect(out).toContain(`✗ On fait ensemble: ${line}`);
    expect(out).toContain(`✗ Je fais seul: ${line}`);
    expect(out).toContain('Saisissez votre numéro de sécurité sociale. Saisissez votre mot de passe. »');
    // The steps before it play: only this one is named.
    expect(out).not.toContain('ouvrir-mon-compte');
    expect(out).toContain('✗ 3 stalls in caf-connexion-trop-vite');
    expect(code).toBe(1);
  });

  it('plays a real lesson to « Bravo ! » in every mode', { timeout: 240_000 }, () => {
    const { code, out } = play('caf-se-connecter');
    expect(out).toContain('✓ Je regarde: 1 run, to « Bravo ! ».');
    expect(out).toContain('✓ On fait ensemble: 1 path, to « Bravo ! ».');
    expect(out).toContain('✓ Je fais seul: 1 path, to « Bravo ! ».');
    expect(out).toMatch(/✓ caf-se-connecter plays to the end in 3 modes \(3 runs, [\d.]+ s\)\./);
    expect(code).toBe(0);
  });

  it('does not play a lesson with errors: it prints them, as npm run check does', () => {
    const folder = mkdtempSync(join(tmpdir(), 'pas-a-pas-play-test-'));
    try {
      const file = join(folder, 'content/lessons/caf-connexion-trop-vite/fr.mdx');
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, readFileSync(fixture, 'utf8').replace('caf.login.submit', 'caf.login.submitt'));
      const { code, out } = play(file);
      expect(out).toMatch(
        /fr\.mdx:30:\d+ {2}error {2}Unknown target `caf\.login\.submitt`\. Did you mean `caf\.login\.submit`\?/,
      );
      expect(out).toContain('has errors: fix them first');
      expect(code).toBe(1);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('says what is wrong with the command, then how to use it', () => {
    expect(play('--help')).toMatchObject({
      code: 0,
      out: expect.stringContaining('Usage: npm run play -- <lesson-id>'),
    });
    const cases: [string[], string][] = [
      [[], 'Name the lesson to play.'],
      [['caf-se-connecter', '--fast'], 'Unknown option `--fast`.'],
      [['caf-se-connecter', '--mode', 'seul'], '`--mode` takes watch, guided or alone, not `seul`.'],
      [['caf-se-conecter'], 'No lesson `caf-se-conecter`: content/lessons/caf-se-conecter/fr.mdx does not exist.'],
      [['Caf'], '`Caf` is not a lesson id'],
    ];
    for (const [args, message] of cases) {
      const { code, err } = play(...args);
      expect(err, args.join(' ')).toContain(message);
      expect(err).toContain('Usage: npm run play');
      expect(code).toBe(2);
    }
  });
});
