// @vitest-environment node
/**
 * The progress code: known vectors, then properties over the real skill catalogue
 * (content/skills.yaml): every code round-trips, every single-character change and every swap of
 * two adjacent characters is refused, truncated and padded codes are refused, and what a person
 * may type differently (groups, case, look-alikes) is accepted. Last, the proof behind the
 * checksum: every error confined to two adjacent characters, all 15 × 1023 of them, is caught.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { levels, type Level } from '../../src/engine/learner/types.ts';
import {
  CODE_ALPHABET,
  decodeProgressCode,
  encodeProgressCode,
  groupProgressCode,
  normaliseProgressCode,
  PROGRESS_CODE_CAPACITY,
  PROGRESS_CODE_LENGTH,
  type ProgressCodeResult,
} from '../../src/progress/progressCode.ts';
import { otherVersionCode } from './fixtures.ts';

const skillIds: string[] = (parse(readFileSync('content/skills.yaml', 'utf8')) as { id: string }[]).map(
  (skill) => skill.id,
);

const allAt = (level: Level) => Object.fromEntries(skillIds.map((id) => [id, level]));
const levelsRecord = fc.record(
  Object.fromEntries(skillIds.map((id) => [id, fc.constantFrom(...levels)])) as Record<string, fc.Arbitrary<Level>>,
);
const codeOf = (record: Record<string, Level>) => encodeProgressCode(record, skillIds);
const raw = (code: string) => code.replace(/-/g, '');

/**
 * Known vectors. Each code was computed once, with `encodeProgressCode` as it stood when these
 * vectors were written (cross-checked then against a by-hand build of the documented layout),
 * and is written here as a literal: a change to the layout, the alphabet, the CRC or the order of
 * content/skills.yaml makes these fail, as it would make every printed card unreadable. Do not
 * update a literal to make a test pass: a new layout is a new format version.
 * The known-bad codes were made from them by hand (a character changed, two swapped, one left
 * out or added); those of another version, whose CRC is right, were computed once with a
 * throwaway script that wrote the version field and the CRC-12 by hand.
 */
const vectors: [name: string, levels: Record<string, Level>, code: string][] = [
  ['a new learner', {}, '2000-0000-0000-02ZW'],
  ['the first skill of the catalogue', { 'utiliser-messagerie': 'autonome' }, '3G00-0000-0000-03RD'],
  ['the 25th skill', { 'se-deconnecter': 'presque-seul' }, '2000-0000-0040-00ES'],
  [
    'a mix of levels',
    {
      'utiliser-messagerie': 'autonome',
      'trouver-identifiant': 'avec-aide',
      'se-connecter': 'presque-seul',
      'code-unique': 'autonome',
      'se-deconnecter': 'avec-aide',
    },
    '3H5G-0000-0020-01TY',
  ],
];
/** A catalogue that fills every slot of a version-1 code, all at the highest level. */
const fullCatalogue = Array.from({ length: PROGRESS_CODE_CAPACITY }, (_, i) => `skill-${i}`);
const fullCode = '3ZZZ-ZZZZ-ZZZZ-ZXKB';
/** `3H5G-0000-0020-01TY` (« a mix of levels »), damaged as a person might. */
const damaged: [what: string, code: string, result: ProgressCodeResult][] = [
  ['one character changed', '3H6G-0000-0020-01TY', { ok: false, error: 'checksum' }],
  ['its last character changed', '3H5G-0000-0020-01TZ', { ok: false, error: 'checksum' }],
  ['two adjacent characters swapped', '3HG5-0000-0020-01TY', { ok: false, error: 'checksum' }],
  ['its first two characters swapped', 'H35G-0000-0020-01TY', { ok: false, error: 'checksum' }],
  ['one character left out', '3H5G-0000-0020-01T', { ok: false, error: 'too-short' }],
  ['one character added', '3H5G-0000-0020-01TY0', { ok: false, error: 'too-long' }],
  ['a U, which codes do not use', '3H5G-0000-0020-01TU', { ok: false, error: 'alphabet', character: 'U' }],
  ['an accented letter', '3H5G-é000-0020-01TY', { ok: false, error: 'alphabet', character: 'É' }],
];
/** Codes of format versions 0, 2 and 15, with a right CRC (both first slots at Autonome). */
const otherVersions = ['1W00-0000-0000-00MC', otherVersionCode, 'ZW00-0000-0000-03KT'];

describe('progress code: known vectors', () => {
  it('reads the real catalogue, which fits in a code', () => {
    expect(skillIds.length).toBeGreaterThan(20);
    expect(skillIds.length).toBeLessThanOrEqual(PROGRESS_CODE_CAPACITY);
  });

  it.each(vectors)(
    'encodes %s as its known code, and reads it back, Découverte for every skill not named',
    (_name, record, code) => {
      expect(codeOf(record)).toBe(code);
      expect(decodeProgressCode(code, skillIds)).toEqual({ ok: true, levels: { ...allAt('decouverte'), ...record } });
    },
  );

  it('encodes a full catalogue, every slot at Autonome, as its known code', () => {
    const record = Object.fromEntries(fullCatalogue.map((id) => [id, 'autonome'])) as Record<string, Level>;
    expect(encodeProgressCode(record, fullCatalogue)).toBe(fullCode);
    expect(decodeProgressCode(fullCode, fullCatalogue)).toEqual({ ok: true, levels: record });
  });

  it('is 16 characters of the Crockford alphabet, shown in 4 groups of 4', () => {
    for (const [, , code] of vectors) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(raw(codeOf(allAt('presque-seul')))).toHaveLength(PROGRESS_CODE_LENGTH);
    expect(CODE_ALPHABET).not.toMatch(/[ILOU]/);
    expect(CODE_ALPHABET).toHaveLength(32);
  });

  it('leaves out a skill that is not in the catalogue', () => {
    expect(codeOf({ 'utiliser-messagerie': 'autonome', 'not-a-skill': 'autonome' })).toBe('3G00-0000-0000-03RD');
  });

  it('forgives case, spaces, missing or other dashes, and the look-alikes O, I and L', () => {
    const mixed = { ok: true, levels: { ...allAt('decouverte'), ...vectors[3]![1] } };
    for (const typed of [
      '3H5G-0000-0020-01TY',
      '3H5G0000002001TY',
      '3h5g-0000-0020-01ty',
      '3H5G 0000 0020 01TY',
      ' 3H5G – 0000 – 0020 – 01TY ',
      '3H 5G 00 00 00 20 01 TY',
    ])
      expect(decodeProgressCode(typed, skillIds)).toEqual(mixed);
    expect(decodeProgressCode('3h5g-oooo-oo2o-olty', skillIds)).toEqual(mixed);
    expect(decodeProgressCode('3H5G-OOOO-OO2O-OITY', skillIds)).toEqual(mixed);
    expect(decodeProgressCode('2ooo oooo OOOO o2zw', skillIds)).toEqual({ ok: true, levels: allAt('decouverte') });
    expect(normaliseProgressCode('o0 Il-1 u')).toBe('00111U');
    expect(groupProgressCode('ABCDEFGHJK')).toBe('ABCD-EFGH-JK');
  });

  it.each(damaged)('refuses the code with %s, and says why', (_what, code, result) => {
    expect(decodeProgressCode(code, skillIds)).toEqual(result);
  });

  it('says why a code is refused', () => {
    expect(decodeProgressCode('', skillIds)).toEqual({ ok: false, error: 'empty' });
    expect(decodeProgressCode(' - - ', skillIds)).toEqual({ ok: false, error: 'empty' });
    expect(decodeProgressCode('ABCD-EFGH-JKMN-PQRS', skillIds)).toEqual({ ok: false, error: 'checksum' });
    expect(decodeProgressCode('0000-0000-0000-0000', skillIds)).toEqual({ ok: false, error: 'checksum' });
  });

  it.each(otherVersions)('refuses %s, a code of another format version, even with a right checksum', (code) => {
    expect(decodeProgressCode(code, skillIds)).toEqual({ ok: false, error: 'version' });
  });

  it('reads a code made with a shorter catalogue, and a longer one, on their common skills', () => {
    expect(decodeProgressCode(fullCode, skillIds)).toEqual({ ok: true, levels: allAt('autonome') });
    const older = skillIds.slice(0, 20);
    expect(decodeProgressCode('2000-0000-0040-00ES', older)).toEqual({
      ok: true,
      levels: Object.fromEntries(older.map((id) => [id, 'decouverte'])),
    });
    const fromOlder = encodeProgressCode({ [older[19]!]: 'autonome' }, older);
    expect(decodeProgressCode(fromOlder, skillIds)).toEqual({
      ok: true,
      levels: { ...allAt('decouverte'), [older[19]!]: 'autonome' },
    });
    const newer = [...skillIds, 'future-skill'];
    const fromNewer = encodeProgressCode({ 'future-skill': 'autonome', [skillIds[1]!]: 'avec-aide' }, newer);
    expect(decodeProgressCode(fromNewer, skillIds)).toEqual({
      ok: true,
      levels: { ...allAt('decouverte'), [skillIds[1]!]: 'avec-aide' },
    });
  });

  it('fails loudly, with the fix, when the catalogue outgrows a code, repeats an id or a level is unknown', () => {
    const tooMany = Array.from({ length: PROGRESS_CODE_CAPACITY + 1 }, (_, i) => `skill-${i}`);
    expect(() => encodeProgressCode({}, tooMany)).toThrow(
      /has 33 skills, but a version-1 progress code holds 32\. Add a version 2/,
    );
    expect(() => decodeProgressCode('x', tooMany)).toThrow(/holds 32/);
    expect(() => encodeProgressCode({}, ['a', 'a'])).toThrow(/repeat an id/);
    expect(() => encodeProgressCode({ a: 'expert' as Level }, ['a'])).toThrow(/Unknown level "expert" for skill "a"/);
  });
});

describe('progress code: properties over the real skill catalogue', () => {
  /** A code and a position in it. */
  const codeAndPosition = levelsRecord.chain((record) =>
    fc.tuple(fc.constant(raw(codeOf(record))), fc.integer({ min: 0, max: PROGRESS_CODE_LENGTH - 1 })),
  );

  it('round-trips every learner model it can hold', () => {
    fc.assert(
      fc.property(levelsRecord, (record) => {
        expect(decodeProgressCode(codeOf(record), skillIds)).toEqual({ ok: true, levels: record });
      }),
      { numRuns: 500 },
    );
  });

  it('refuses every change of a single character, to any other character', () => {
    const replacement = fc.constantFrom(...CODE_ALPHABET, ...'UÀ!?+*#');
    fc.assert(
      fc.property(codeAndPosition, replacement, ([code, at], character) => {
        fc.pre(CODE_ALPHABET.includes(character) ? character !== code[at] : true);
        const changed = code.slice(0, at) + character + code.slice(at + 1);
        expect(decodeProgressCode(changed, skillIds).ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses every swap of two adjacent, different characters', () => {
    fc.assert(
      fc.property(codeAndPosition, ([code, at]) => {
        const i = Math.min(at, PROGRESS_CODE_LENGTH - 2);
        fc.pre(code[i] !== code[i + 1]);
        const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
        expect(decodeProgressCode(swapped, skillIds)).toEqual({ ok: false, error: 'checksum' });
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses every truncated code, and every code with characters added', () => {
    fc.assert(
      fc.property(
        codeAndPosition,
        fc.string({ unit: fc.constantFrom(...CODE_ALPHABET), minLength: 1, maxLength: 4 }),
        ([code, at], extra) => {
          expect(decodeProgressCode(code.slice(0, at), skillIds)).toEqual({
            ok: false,
            error: at === 0 ? 'empty' : 'too-short',
          });
          expect(decodeProgressCode(code.slice(at + 1), skillIds).ok).toBe(false);
          expect(decodeProgressCode(code + extra, skillIds)).toEqual({ ok: false, error: 'too-long' });
        },
      ),
    );
  });

  it('accepts any grouping and case of a good code', () => {
    fc.assert(
      fc.property(
        levelsRecord,
        fc.array(fc.constantFrom('', ' ', '-', ' - '), { minLength: 16, maxLength: 16 }),
        fc.boolean(),
        (record, separators, lower) => {
          const code = codeOf(record);
          const typed = [...raw(code)].map((c, i) => c + separators[i]).join('');
          expect(decodeProgressCode(lower ? typed.toLowerCase() : typed, skillIds)).toEqual({
            ok: true,
            levels: record,
          });
        },
      ),
    );
  });
});

describe('progress code: the checksum catches every error within two adjacent characters', () => {
  /**
   * The CRC is linear over a fixed length: a changed code passes only if the error pattern
   * itself (the XOR of the two codes) passes a zero-start CRC. So checking every non-zero
   * pattern within every pair of adjacent characters on one code checks them on all codes. A
   * single-character change and an adjacent swap are such patterns. Here, on a few codes.
   */
  const flip = (code: string, at: number, pattern: number) => {
    const chars = [...code];
    const high = pattern >> 5;
    const low = pattern & 31;
    chars[at] = CODE_ALPHABET[CODE_ALPHABET.indexOf(chars[at]!) ^ high]!;
    chars[at + 1] = CODE_ALPHABET[CODE_ALPHABET.indexOf(chars[at + 1]!) ^ low]!;
    return chars.join('');
  };

  it.each([
    ['all Découverte', allAt('decouverte')],
    ['all Autonome', allAt('autonome')],
    ['mixed', Object.fromEntries(skillIds.map((id, i) => [id, levels[(i * 7) % 4]!]))],
  ])('%s', (_name, record) => {
    const code = raw(codeOf(record));
    let checked = 0;
    for (let at = 0; at < PROGRESS_CODE_LENGTH - 1; at++) {
      for (let pattern = 1; pattern < 1 << 10; pattern++) {
        const result = decodeProgressCode(flip(code, at, pattern), skillIds);
        if (result.ok) throw new Error(`Not caught: pattern ${pattern.toString(2)} at characters ${at}–${at + 1}`);
        checked++;
      }
    }
    expect(checked).toBe(15 * 1023);
  });
});
