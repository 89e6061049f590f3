/**
 * A lesson file is plain text in UTF-8: finds the first NUL byte or byte that is not UTF-8,
 * with its line and column, before anything parses the file.
 */
import type { Point } from 'unist';

export interface EncodingProblem {
  /** What is wrong and how to fix it. */
  reason: string;
  place: Point;
}

const resave =
  'save the file as UTF-8 in your editor (often « Encodage : UTF-8 » when saving), then check the accents on this line';

/** The length of the valid UTF-8 sequence starting at `at`, or 0 when the byte there starts none. */
function sequenceLength(bytes: Uint8Array, at: number): number {
  const first = bytes[at] ?? 0;
  if (first < 0x80) return 1;
  const [length, low, high] =
    first >= 0xc2 && first <= 0xdf
      ? [2, 0x80, 0xbf]
      : first === 0xe0
        ? [3, 0xa0, 0xbf]
        : first === 0xed
          ? [3, 0x80, 0x9f]
          : first >= 0xe1 && first <= 0xef
            ? [3, 0x80, 0xbf]
            : first === 0xf0
              ? [4, 0x90, 0xbf]
              : first === 0xf4
                ? [4, 0x80, 0x8f]
                : first >= 0xf1 && first <= 0xf3
                  ? [4, 0x80, 0xbf]
                  : [0, 0, 0];
  if (length === 0) return 0;
  for (let i = 1; i < length; i += 1) {
    const byte = bytes[at + i];
    const [min, max] = i === 1 ? [low, high] : [0x80, 0xbf];
    if (byte === undefined || byte < min || byte > max) return 0;
  }
  return length;
}

/** Line and column (1-based, columns in characters) of `index` in `text`. */
function pointIn(text: string, index: number): Point {
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

const nulReason =
  'The file holds a NUL byte, an invisible control character: delete it (lessons are plain text, saved as UTF-8).';

/**
 * The first encoding problem of a file: read as bytes (exact), or as text already decoded, where a
 * byte that was not UTF-8 became the replacement character `�`. `undefined` when the file is clean.
 */
export function encodingProblem(value: string | Uint8Array): EncodingProblem | undefined {
  if (typeof value === 'string') {
    const found = [value.indexOf('\0'), value.indexOf('\ufffd')].filter((i) => i !== -1);
    if (found.length === 0) return undefined;
    const index = Math.min(...found);
    const reason =
      value[index] === '\u0000'
        ? nulReason
        : `The file is not valid UTF-8 here (a byte of another encoding, shown as « � »): ${resave}.`;
    return { reason, place: pointIn(value, index) };
  }
  for (let at = 0; at < value.length;) {
    const length = value[at] === 0 ? 0 : sequenceLength(value, at);
    if (length === 0) {
      const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(value.subarray(0, at));
      const byte = (value[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
      const reason = value[at] === 0 ? nulReason : `The file is not valid UTF-8 here (byte 0x${byte}): ${resave}.`;
      return { reason, place: pointIn(before, before.length) };
    }
    at += length;
  }
  return undefined;
}
