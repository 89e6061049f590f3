/** How the bench prints: sizes, durations, medians, and each figure with its target and verdict. */
import { gzipSync } from 'node:zlib';

/** Bytes as kilobytes, one decimal. */
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Milliseconds, rounded (a decimal under 10 ms). */
export const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;

/** The gzip size of a text, as a static server sends it. */
export const gz = (code: string | Uint8Array) => gzipSync(code, { level: 9 }).length;

/** The median of some values (the upper one of an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('The median of nothing: no value was measured.');
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

/** « met » or « not met ». */
export const verdict = (met: boolean) => (met ? 'met' : 'not met');

/** A section title. */
export function heading(title: string) {
  console.log(`\n${title}`);
}

/** One indented line: a label padded to `width`, then the rest. */
export function line(label: string, rest: string, width = 40) {
  console.log(`  ${label.padEnd(width)} ${rest}`);
}
