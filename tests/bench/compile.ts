/**
 * Compile cost: each lesson against a bare `@mdx-js/mdx` compile of the same file, and how the
 * cost grows with a lesson's size, on synthetic lessons of 10, 100 and 1000 steps compiled by the
 * real `compileLesson`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compile } from '@mdx-js/mdx';
import { compileLesson } from '../../src/compiler/compileLesson.ts';
import { createContentStore } from '../../src/compiler/content/contentStore.ts';
import { heading, line, median, ms, verdict } from './report.ts';

const root = resolve('.');
const store = createContentStore(join(root, 'content'));

/** Each lesson file's compile time over a bare MDX compile (target ≤ 1.3×), median of `rounds` interleaved runs. */
export async function compileCost(rounds = 11) {
  const lessonsDir = join(root, 'content', 'lessons');
  const files = readdirSync(lessonsDir).flatMap((id) =>
    readdirSync(join(lessonsDir, id))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => join(lessonsDir, id, f)),
  );
  heading(
    `Compile cost, against a bare @mdx-js/mdx compile of the same file (median of ${rounds} interleaved runs; target ≤ 1.3×)`,
  );
  for (const path of files.sort()) {
    const value = readFileSync(path, 'utf8');
    const ours: number[] = [];
    const bare: number[] = [];
    for (let round = -2; round < rounds; round += 1) {
      let t = performance.now();
      await compile({ path, value });
      const bareTime = performance.now() - t;
      t = performance.now();
      const result = await compileLesson({ path, value }, { store });
      const ourTime = performance.now() - t;
      if (!result.code) throw new Error(`${path} does not compile: run npm run check.`);
      if (round >= 0) {
        bare.push(bareTime);
        ours.push(ourTime);
      }
    }
    const ratio = median(ours) / median(bare);
    line(path.slice(root.length + 1), `${ratio.toFixed(2)}×  ${verdict(ratio <= 1.3)}`, 52);
  }
}

/**
 * A lesson of `steps` steps on the CAF practice site, written as an author writes one (the
 * frontmatter of `caf-se-connecter`, each step with an instruction, a hint and a mistake),
 * going back and forth between the home page and the login page.
 */
export function syntheticLesson(steps: number): { path: string; value: string } {
  const model = readFileSync(join(root, 'content/lessons/caf-se-connecter/fr.mdx'), 'utf8');
  const frontmatter = model.slice(0, model.indexOf('\n---', 3) + 4).replace(/^id: .*$/m, 'id: bench-synthetique');
  const body = Array.from({ length: steps }, (_, i) => {
    const [target, other] =
      i % 2 === 0 ? ['caf.header.mon-compte', 'caf.home.simulateur'] : ['caf.header.logo', 'caf.login.create-account'];
    return `<Step id="etape-${i + 1}" skill="se-connecter" action="click" target="${target}">
  Étape numéro ${i + 1}. Cliquez sur le bouton indiqué, en haut de la page.

  <Hint>Regardez tout en haut de la page.</Hint>
  <Mistake on="${other}">Ce n'est pas le bon endroit. Cliquez sur le bouton indiqué, en haut de la page.</Mistake>
</Step>
`;
  }).join('\n');
  return {
    path: join(root, 'content/lessons/bench-synthetique/fr.mdx'),
    value: `${frontmatter}\n\nUne leçon de ${steps} étapes, pour mesurer le compilateur.\n\n${body}`,
  };
}

/**
 * Compile time per step at 10, 100 and 1000 steps. Linear growth is judged on the cost of the
 * steps *added*: (t1000 − t100) / 900 against (t100 − t10) / 90, at most 1.5×. (Time per step
 * alone would hide a quadratic term behind the fixed cost of a small lesson.)
 */
export async function compileGrowth() {
  const sizes = [
    { steps: 10, rounds: 15 },
    { steps: 100, rounds: 9 },
    { steps: 1000, rounds: 5 },
  ];
  heading('Compile cost growth with lesson size (synthetic lessons compiled by compileLesson; median of 5–15 runs)');
  const times: number[] = [];
  for (const { steps, rounds } of sizes) {
    const file = syntheticLesson(steps);
    const runs: number[] = [];
    for (let round = -1; round < rounds; round += 1) {
      const t = performance.now();
      const result = await compileLesson(file, { store });
      const time = performance.now() - t;
      if (!result.code) {
        const messages = result.file.messages.slice(0, 3).map(String).join('\n    ');
        throw new Error(`The synthetic lesson of ${steps} steps does not compile:\n    ${messages}`);
      }
      if (round >= 0) runs.push(time);
    }
    times.push(median(runs));
    line(`${steps} steps`, `${ms(median(runs)).padStart(8)}  ${(median(runs) / steps).toFixed(2)} ms per step`, 12);
  }
  const [t10, t100, t1000] = times as [number, number, number];
  const small = (t100 - t10) / 90;
  const large = (t1000 - t100) / 900;
  const ratio = large / Math.max(small, 1e-3);
  line(
    'growth',
    `a step added between 100 and 1000 steps costs ${large.toFixed(2)} ms, between 10 and 100 ${small.toFixed(2)} ms: ${ratio.toFixed(2)}×  (linear: target ≤ 1.5×)  ${verdict(ratio <= 1.5)}`,
    12,
  );
}
