/**
 * The progress code: a learner's skill levels in 16 characters a person can copy from a card and
 * type on another computer (docs/public-computer.md, "The progress code").
 *
 * Version 1 holds 80 bits, written as 16 Crockford base-32 characters (5 bits each) and shown
 * in four groups of four (`ABCD-EFGH-JKMN-PQRS`):
 *
 * | bits  | what |
 * |---|---|
 * | 0–3   | the format version (1) |
 * | 4–67  | 32 skill slots of 2 bits: the level's index in `levels`, in the skill catalogue's order |
 * | 68–79 | a CRC-12 of bits 0–67 |
 *
 * The CRC's generator has degree 12 and a non-zero constant term, so it catches every error
 * burst of 12 bits or fewer. A mistyped character changes at most 5 consecutive bits, a swap of
 * two adjacent characters at most 10: every such error is caught, whatever the code.
 */
import { levelIndex } from '../engine/learner/levelIndex.ts';
import { levels, type Level } from '../engine/learner/types.ts';

/** Crockford's base-32 alphabet: digits and capitals without I, L, O and U. */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** The format version written in every code this app makes. */
export const PROGRESS_CODE_VERSION = 1;
/** Characters in a version-1 code, dashes aside. */
export const PROGRESS_CODE_LENGTH = 16;
/** Skills a version-1 code holds: (80 bits − 4 version − 12 CRC) / 2 bits. */
export const PROGRESS_CODE_CAPACITY = 32;
/** Characters per group when a code is shown. */
export const CODE_GROUP = 4;

const BITS = PROGRESS_CODE_LENGTH * 5;
const CRC_BITS = 12;
/** x¹² + x¹¹ + x³ + x² + x + 1 (CRC-12), without its x¹² term. */
const CRC_POLY = 0x80f;
/** A non-zero start, so that a code of zeros is not valid. */
const CRC_INIT = 0xfff;

/** Why a typed code was refused. */
export type ProgressCodeError = 'empty' | 'too-short' | 'too-long' | 'alphabet' | 'checksum' | 'version';

/** The result of reading a typed code. */
export type ProgressCodeResult =
  | {
      ok: true;
      /** A level for every skill of the catalogue (`decouverte` for a skill never practised). */
      levels: Record<string, Level>;
    }
  | {
      ok: false;
      error: ProgressCodeError;
      /** For `alphabet`: the first character that is not in a code. */
      character?: string;
    };

/** Throws, with the fix, when a catalogue outgrows what a code holds (a developer error). */
function checkCatalogue(skillIds: readonly string[]): void {
  if (skillIds.length > PROGRESS_CODE_CAPACITY) {
    throw new Error(
      `The skill catalogue has ${skillIds.length} skills, but a version-${PROGRESS_CODE_VERSION} progress code holds ${PROGRESS_CODE_CAPACITY}. ` +
        'Add a version 2 to src/progress/progressCode.ts (20 characters hold 42 skills with the same CRC-12; tell a version-2 code by its length), ' +
        'keep reading version 1, and update docs/public-computer.md.',
    );
  }
  if (new Set(skillIds).size !== skillIds.length) {
    throw new Error(
      'The skill ids given to the progress code repeat an id: pass the skill catalogue as it is, in its order.',
    );
  }
}

/** The CRC-12 of `bits` (0s and 1s, most significant first). */
function crc12(bits: readonly number[]): number {
  let register = CRC_INIT;
  for (const bit of bits) {
    const top = ((register >> (CRC_BITS - 1)) & 1) ^ bit;
    register = (register << 1) & ((1 << CRC_BITS) - 1);
    if (top) register ^= CRC_POLY;
  }
  return register;
}

function pushBits(bits: number[], value: number, count: number): void {
  for (let i = count - 1; i >= 0; i--) bits.push((value >> i) & 1);
}

function readBits(bits: readonly number[], from: number, count: number): number {
  const read = bits.slice(from, from + count);
  if (read.length !== count)
    throw new RangeError(
      `Cannot read bits ${from}–${from + count - 1} of a ${bits.length}-bit code: check its length first.`,
    );
  return read.reduce((value, bit) => (value << 1) | bit, 0);
}

/** `ABCDEFGH…` as `ABCD-EFGH-…`. */
export function groupProgressCode(code: string): string {
  return code.match(new RegExp(`.{1,${CODE_GROUP}}`, 'g'))?.join('-') ?? '';
}

/**
 * What the learner typed, as code characters: spaces and dashes dropped, capitals, and the
 * look-alikes read as Crockford does (O → 0, I and L → 1).
 */
export function normaliseProgressCode(text: string): string {
  return text
    .replace(/[\s\-‐‑‒–—―_.]/g, '')
    .toUpperCase()
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

/**
 * The progress code of `levels`, grouped for display (`ABCD-EFGH-JKMN-PQRS`).
 * @param levels a level per skill id; a skill that is missing counts as `decouverte`, an id that
 *   is not in `skillIds` is left out
 * @param skillIds the skill catalogue, in its order (`virtual:pas-a-pas/skills`): a skill's
 *   position is its slot in the code, so the catalogue may only grow at its end
 * @throws when the catalogue holds more than `PROGRESS_CODE_CAPACITY` skills or a level is unknown
 */
export function encodeProgressCode(levels_: Readonly<Record<string, Level>>, skillIds: readonly string[]): string {
  checkCatalogue(skillIds);
  const bits: number[] = [];
  pushBits(bits, PROGRESS_CODE_VERSION, 4);
  for (let slot = 0; slot < PROGRESS_CODE_CAPACITY; slot++) {
    const id = skillIds[slot];
    const level = id === undefined ? undefined : levels_[id];
    const index = level === undefined ? 0 : levelIndex(level);
    if (index < 0)
      throw new Error(`Unknown level "${String(level)}" for skill "${id}": use one of ${levels.join(', ')}.`);
    pushBits(bits, index, 2);
  }
  pushBits(bits, crc12(bits), CRC_BITS);
  let code = '';
  for (let i = 0; i < BITS; i += 5) code += CODE_ALPHABET[readBits(bits, i, 5)];
  return groupProgressCode(code);
}

/**
 * Reads a typed progress code. Case, spaces, dashes and the look-alikes O, I and L are forgiven;
 * anything else that is wrong is refused with the reason, and nothing is guessed.
 * @param skillIds the skill catalogue, in its order (as for `encodeProgressCode`); slots beyond
 *   it (a code from a newer catalogue) are ignored
 */
export function decodeProgressCode(text: string, skillIds: readonly string[]): ProgressCodeResult {
  checkCatalogue(skillIds);
  const code = normaliseProgressCode(text);
  if (code === '') return { ok: false, error: 'empty' };
  const stray = [...code].find((c) => !CODE_ALPHABET.includes(c));
  if (stray !== undefined) return { ok: false, error: 'alphabet', character: stray };
  if (code.length < PROGRESS_CODE_LENGTH) return { ok: false, error: 'too-short' };
  if (code.length > PROGRESS_CODE_LENGTH) return { ok: false, error: 'too-long' };

  const bits: number[] = [];
  for (const c of code) pushBits(bits, CODE_ALPHABET.indexOf(c), 5);
  const data = bits.slice(0, BITS - CRC_BITS);
  if (crc12(data) !== readBits(bits, BITS - CRC_BITS, CRC_BITS)) return { ok: false, error: 'checksum' };
  if (readBits(bits, 0, 4) !== PROGRESS_CODE_VERSION) return { ok: false, error: 'version' };

  const decoded: Record<string, Level> = {};
  skillIds.forEach((id, slot) => {
    const index = readBits(bits, 4 + slot * 2, 2);
    const level = levels[index];
    // Two bits always name one of the four levels; this fails only if `levels` loses one.
    if (level === undefined) throw new Error(`No level at index ${index}: \`levels\` must keep its four entries.`);
    decoded[id] = level;
  });
  return { ok: true, levels: decoded };
}
