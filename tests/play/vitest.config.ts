/**
 * Vitest's configuration for `npm run play` only: the app's (lesson compiler, React, jsdom, the
 * setup file) running one file, `tests/play/lesson.play.tsx`, which `npm test` never collects.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import app from '../../vite.config.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const lesson = process.env.PAS_A_PAS_PLAY_LESSON;

export default defineConfig({
  ...app,
  root,
  // The lesson may be outside the project (a lesson made in a temporary folder): allow its folder,
  // and resolve what its module imports (React) from the project.
  server: { fs: { allow: lesson ? [root, dirname(lesson)] : [root] } },
  resolve: { ...app.resolve, dedupe: ['react', 'react-dom'] },
  test: {
    ...app.test,
    include: ['tests/play/lesson.play.tsx'],
    // Each run is bounded by its steps (5 s at most each): this only ends a run that hangs.
    testTimeout: 300_000,
  },
});
