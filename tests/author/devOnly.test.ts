// @vitest-environment node
/**
 * The author preview is for `npm run dev` only: the learner's build holds none of `src/author/`
 * and never asks the dev server for the checker's messages.
 */
import { resolve } from 'node:path';
import { build, type Rollup } from 'vite';
import { expect, it } from 'vitest';

it('leaves the author preview out of the built app', async () => {
  // As `npm run build` does: Vitest's `NODE_ENV=test` would make `import.meta.env.DEV` true.
  const environment = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  const result = await build({
    root: resolve('.'),
    configFile: resolve('vite.config.ts'),
    logLevel: 'silent',
    build: { write: false, sourcemap: false },
  }).finally(() => {
    if (environment === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = environment;
  });
  const chunks = (Array.isArray(result) ? result[0]! : (result as Rollup.RollupOutput)).output.filter(
    (output) => output.type === 'chunk',
  );
  expect(chunks.length).toBeGreaterThan(1);
  const modules = chunks.flatMap((chunk) => Object.keys(chunk.modules));
  expect(modules.some((id) => id.includes('/src/app/App.tsx'))).toBe(true);
  expect(modules.filter((id) => /[\\/]src[\\/]author[\\/]/.test(id))).toEqual([]);
  for (const chunk of chunks) expect(chunk.code).not.toContain('author-messages');
});
