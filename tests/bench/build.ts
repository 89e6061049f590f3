/**
 * Builds with Vite into a temporary folder, so that the bench can both weigh the chunks and serve
 * the pages: the app with its own config, and the baseline pages (`browser/baselines.ts`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type InlineConfig, type Rollup } from 'vite';
import { gz } from './report.ts';

export type Output = Rollup.RollupOutput['output'];

/** A build written to disk: its files and Rollup's account of them. */
export interface Built {
  /** The folder holding the built files (a temporary one). */
  outDir: string;
  output: Output;
  /** Removes the folder. */
  remove(): void;
}

/** Builds `config` into a fresh temporary folder named after `name`. */
export async function buildInto(name: string, config: InlineConfig): Promise<Built> {
  const outDir = mkdtempSync(join(tmpdir(), `pas-a-pas-bench-${name}-`));
  const result = await build({
    logLevel: 'silent',
    ...config,
    build: { ...config.build, outDir, emptyOutDir: true },
  });
  const output = (Array.isArray(result) ? result[0]! : (result as Rollup.RollupOutput)).output;
  return { outDir, output, remove: () => rmSync(outDir, { recursive: true, force: true }) };
}

/** The app, as `npm run build` makes it (its own `vite.config.ts`), in a temporary folder. */
export function buildApp(): Promise<Built> {
  return buildInto('app', { root: resolve('.'), configFile: resolve('vite.config.ts') });
}

/** The JS a first visit downloads: the entry chunk and what it imports statically, gzip. */
export function entryBytes(output: Output): { bytes: number; files: string[] } {
  const chunks = new Map(output.flatMap((o) => (o.type === 'chunk' ? [[o.fileName, o] as const] : [])));
  const entry = [...chunks.values()].find((c) => c.isEntry);
  if (!entry) throw new Error('The build has no entry chunk.');
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const imported of chunks.get(name)?.imports ?? []) visit(imported);
  };
  visit(entry.fileName);
  return { bytes: [...seen].reduce((sum, name) => sum + gz(chunks.get(name)!.code), 0), files: [...seen] };
}
