/**
 * A throwaway project for the real CLI, bundler and dev server: a temp folder holding a copy of a
 * content folder, and `vite build` of one lesson module, in memory, through the lessons plugin.
 */
import { cpSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { lessonsPlugin } from '../../src/compiler/vite/lessonsPlugin.ts';

export interface TempProject {
  /** The project's root (a real path, as module ids are), holding `content/`. */
  root: string;
  /** Builds the module of `lesson` (a file path) with its source map; rejects on the lesson's errors. */
  build(lesson: string): Promise<Rolldown.OutputChunk>;
  /** Deletes the project. */
  remove(): void;
}

export function tempProject(content: string): TempProject {
  const root = mkdtempSync(join(realpathSync(tmpdir()), 'pas-a-pas-'));
  cpSync(content, join(root, 'content'), { recursive: true });
  return {
    root,
    async build(lesson) {
      const result = await build({
        root,
        configFile: false,
        logLevel: 'silent',
        plugins: [lessonsPlugin()],
        build: {
          write: false,
          minify: false,
          sourcemap: true,
          lib: { entry: lesson, formats: ['es'], fileName: 'lesson' },
          rollupOptions: { external: [/^react/] },
        },
      });
      const [output] = [result].flat() as Rolldown.RolldownOutput[];
      return output!.output[0];
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
