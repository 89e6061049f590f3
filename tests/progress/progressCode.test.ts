/**
 * The progress code: examples, then properties over the real skill catalogue
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
import { forge } from './fixtures.ts';
import {
  CODE_ALPHABET,
  decodeProgressCode,
  encodeProgressCode,
  groupProgressCode,
  normaliseProgressCode,
  PROGRESS_CODE_CAPACITY,
  PROGRESS_CODE_LENGTH,
} from '../../src/progress/progressCode.ts';

const skillIds: string[] = (parse(readFileSync('content/skills.yaml', 'utf8')) as { id: string }[]).map((skill) => skill.id);

const allAt = (level: Level) => Object.fromEntries(skillIds.map((id) => [id, level]));
const levelsRecord = fc.record(Object.fromEntries(skillIds.map((id) => [id, fc.constantFrom(...levels)])) as Record<string, fc.Arbitrary<Level>>);
const codeOf = (record: Record<string, Level>) => encodeProgressCode(record, skillIds);
const raw = (code: string) => code.replace(/-/g, '');

describe('progress code: examples', () => {
  it('reads the real catalogue, which fits in a code', () => {
    expect(skillIds.length).toBeGreaterThan(20);
    expect(skillIds.length).toBeLessThanOrEqual(PROGRESS_CODE_CAPACITY);
  });

  it('is 16 characters of the Crockford alphabet, shown in 4 groups of 4', () => {
    const code = codeOf(allAt('presque-seul'));
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(raw(code)).toHaveLength(PROGRESS_CODE_LENGTH);
    expect(CODE_ALPHABET).not.toMatch(/[ILOU]/);
    expect(CODE_ALPHABET).toHaveLength(32);
  });

  it('matches the documented layout, bit for bit', () => {
    const record = { ...allAt('decouverte'), [skillIds[0]!]: 'autonome', [skillIds[2]!]: 'avec-aide', [skillIds.at(-1)!]: 'presque-seul' } as Record<string, Level>;
    const slots = skillIds.map((id) => levels.indexOf(record[id]!));
    expect(codeOf(record)).toBe(forge(1, slots));
  });

  it('gives back every level of the catalogue, Découverte for a skill never met', () => {
    const record: Record<string, Level> = { [skillIds[0]!]: 'autonome', [skillIds[5]!]: 'avec-aide', 'not-a-skill': 'autonome' };
    const decoded = decodeProgressCode(codeOf(record), skillIds);
    expect(decoded).toEqual({ ok: true, levels: { ...allAt('decouverte'), [skillIds[0]!]: 'autonome', [skillIds[5]!]: 'avec-aide' } });
  });

  it('forgives case, spaces, missing or other dashes, and the look-alikes O, I and L', () => {
    const code = forge(1, [3, 1, 0, 2]);
    const variants = [code, raw(code), code.toLowerCase(), code.replace(/-/g, ' '), ` ${code.replace(/-/g, ' – ')} `, raw(code).replace(/(.{2})/g, '$1 ')];
    for (const variant of variants) expect(decodeProgressCode(variant, skillIds).ok).toBe(true);
    expect(normaliseProgressCode('o0 Il-1 u')).toBe('00111U');
    expect(groupProgressCode('ABCDEFGHJK')).toBe('ABCD-EFGH-JK');
    const withOne = forge(1, [1, 1, 1, 1, 1, 1, 1, 1]);
    const index = raw(withOne).search(/[01]/);
    if (index >= 0) {
      const lookAlike = raw(withOne)[index] === '0' ? 'o' : 'l';
      const typed = raw(withOne).slice(0, index) + lookAlike + raw(withOne).slice(index + 1);
      expect(decodeProgressCode(typed, skillIds)).toEqual(decodeProgressCode(withOne, skillIds));
    }
  });

  it('says why a code is refused', () => {
    const code = raw(codeOf(allAt('autonome')));
    expect(decodeProgressCode('', skillIds)).toEqual({ ok: false, error: 'empty' });
    expect(decodeProgressCode(' - - ', skillIds)).toEqual({ ok: false, error: 'empty' });
    expect(decodeProgressCode(code.slice(0, 15), skillIds)).toEqual({ ok: false, error: 'too-short' });
    expect(decodeProgressCode(`${code}A`, skillIds)).toEqual({ ok: false, error: 'too-long' });
    expect(decodeProgressCode(`U${code.slice(1)}`, skillIds)).toEqual({ ok: false, error: 'alphabet', character: 'U' });
    expect(decodeProgressCode(`${code.slice(0, 4)}é${code.slice(5)}`, skillIds)).toEqual({ ok: false, error: 'alphabet', character: 'É' });
    expect(decodeProgressCode('ABCD-EFGH-JKMN-PQRS', skillIds)).toEqual({ ok: false, error: 'checksum' });
    expect(decodeProgressCode('0000-0000-0000-0000', skillIds)).toEqual({ ok: false, error: 'checksum' });
  });

  it('refuses a code of another format version, even with a right checksum', () => {
    for (const version of [0, 2, 15]) expect(decodeProgressCode(forge(version, [3, 3]), skillIds)).toEqual({ ok: false, error: 'version' });
  });

  it('reads a code made with a shorter catalogue, and a longer one, on their common skills', () => {
    const older = skillIds.slice(0, 20);
    const fromOlder = encodeProgressCode({ [older[19]!]: 'autonome' }, older);
    expect(decodeProgressCode(fromOlder, skillIds)).toEqual({ ok: true, levels: { ...allAt('decouverte'), [older[19]!]: 'autonome' } });
    const newer = [...skillIds, 'future-skill'];
    const fromNewer = encodeProgressCode({ 'future-skill': 'autonome', [skillIds[1]!]: 'avec-aide' }, newer);
    expect(decodeProgressCode(fromNewer, skillIds)).toEqual({ ok: true, levels: { ...allAt('decouverte'), [skillIds[1]!]: 'avec-aide' } });
  });

  it('fails loudly, with the fix, when the catalogue outgrows a code, repeats an id or a level is unknown', () => {
    const tooMany = Array.from({ length: PROGRESS_CODE_CAPACITY + 1 }, (_, i) => `skill-${i}`);
    expect(() => encodeProgressCode({}, tooMany)).toThrow(/has 33 skills, but a version-1 progress code holds 32\. Add a version 2/);
    expect(() => decodeProgressCode('x', tooMany)).toThrow(/holds 32/);
    expect(() => encodeProgressCode({}, ['a', 'a'])).toThrow(/repeat an id/);
    expect(() => encodeProgressCode({ a: 'expert' as Level }, ['a'])).toThrow(/Unknown level "expert" for skill "a"/);
  });
});

describe('progress code: properties over the real skill catalogue', () => {
  /** A code and a position in it. */
  const codeAndPosition = levelsRecord.chain((record) => fc.tuple(fc.constant(raw(codeOf(record))), fc.integer({ min: 0, max: PROGRESS_CODE_LENGTH - 1 })));

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
      fc.property(codeAndPosition, fc.string({ unit: fc.constantFrom(...CODE_ALPHABET), minLength: 1, maxLength: 4 }), ([code, at], extra) => {
        expect(decodeProgressCode(code.slice(0, at), skillIds)).toEqual({ ok: false, error: at === 0 ? 'empty' : 'too-short' });
        expect(decodeProgressCode(code.slice(at + 1), skillIds).ok).toBe(false);
        expect(decodeProgressCode(code + extra, skillIds)).toEqual({ ok: false, error: 'too-long' });
      }),
    );
  });

  it('accepts any grouping and case of a good code', () => {
    fc.assert(
      fc.property(levelsRecord, fc.array(fc.constantFrom('', ' ', '-', ' - '), { minLength: 16, maxLength: 16 }), fc.boolean(), (record, separators, lower) => {
        const code = codeOf(record);
        const typed = [...raw(code)].map((c, i) => c + separators[i]).join('');
        expect(decodeProgressCode(lower ? typed.toLowerCase() : typed, skillIds)).toEqual({ ok: true, levels: record });
      }),
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
