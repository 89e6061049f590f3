/**
 * Bundle sizes (JS, gzip): the learner entry chunk against a dependency-only page built in the
 * same run (target ≤ 110 KB), each lesson's and each site's lazy chunk against 15 KB.
 */
import { resolve } from 'node:path';
import { entryBytes, type Output } from './build.ts';
import { gz, heading, kb, line, verdict } from './report.ts';

const budget = { entry: 110 * 1024, chunk: 15 * 1024 };

export function bundleSizes(app: Output, dependencies: Output) {
  const root = resolve('.');
  const entry = entryBytes(app);
  const baseline = entryBytes(dependencies).bytes;
  heading('Learner entry chunk (JS, gzip), against a dependency-only page built in this run');
  line('dependency-only page', kb(baseline), 48);
  line(
    'learner entry',
    `${kb(entry.bytes)}  = ${(entry.bytes / baseline).toFixed(2)}× the dependencies  (target ≤ 110 KB ≈ ${(budget.entry / baseline).toFixed(2)}×)  ${verdict(entry.bytes <= budget.entry)}`,
    48,
  );
  heading('Lazy chunks (JS, gzip): a lesson or a site against the 15 KB budget; the others for information');
  for (const chunk of app) {
    if (chunk.type !== 'chunk' || entry.files.includes(chunk.fileName)) continue;
    const bytes = gz(chunk.code);
    const budgeted =
      chunk.facadeModuleId &&
      (/[\\/]content[\\/]lessons[\\/]/.test(chunk.facadeModuleId) ||
        /[\\/]src[\\/]sites[\\/]/.test(chunk.facadeModuleId));
    const figure = budgeted
      ? `= ${(bytes / budget.chunk).toFixed(2)}× budget  ${verdict(bytes <= budget.chunk)}`
      : '(shared code, loaded with a lesson)';
    const name = chunk.facadeModuleId ? chunk.facadeModuleId.slice(root.length + 1) : chunk.fileName;
    line(name, `${kb(bytes).padStart(9)}  ${figure}`, 48);
  }
}
