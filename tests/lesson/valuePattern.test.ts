// @vitest-environment node
/**
 * `matches:` patterns: the subset matches exactly as the browser's regular expressions would (on
 * the whole value), patterns outside it are refused with the fix, and no pattern or value can
 * make a check slow.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseValuePattern, ValuePatternError, valuePatternLimits } from '../../src/lesson/valuePattern.ts';

const isInSubset = (source: string) => {
  try {
    parseValuePattern(source);
    return true;
  } catch (error) {
    if (error instanceof ValuePatternError) return false;
    throw error;
  }
};

const matches = (pattern: string, value: string) => parseValuePattern(pattern).test(value);

describe('patterns in the subset', () => {
  it('match the whole value, as a regular expression anchored at both ends', () => {
    expect(matches('\\d{5}', '75011')).toBe(true);
    expect(matches('\\d{5}', '750112')).toBe(false);
    expect(matches('^\\d{5}$', '75011')).toBe(true);
    expect(matches('0[67](\\s?\\d{2}){4}', '06 12 34 56 78')).toBe(true);
    expect(matches('0[67](\\s?\\d{2}){4}', '05 12 34 56 78')).toBe(false);
    expect(matches('[A-Z]{2}\\d{2}[^\\s]{0,30}', 'FR7630006000011234567890189')).toBe(true);
    expect(matches('(?:oui|non)', 'non')).toBe(true);
    expect(matches('(?:oui|non)', 'nonoui')).toBe(false);
    expect(matches('.+@.+\\..+', 'a@b.fr')).toBe(true);
    expect(matches('é+\\u{1F600}?', 'éé😀')).toBe(true);
    expect(matches('a|', '')).toBe(true);
  });

  it('agree with the browser on any pattern of the subset and any value', () => {
    const atom = fc.oneof(
      fc.constantFrom('a', 'b', '.', '\\d', '\\w', '\\s', '\\D', '[ab]', '[^a]', '[a-c0-9]', '\\.', '-', ' ', '1'),
    );
    const pattern: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        atom,
        fc.tuple(atom, fc.constantFrom('?', '*', '+', '{2}', '{1,3}', '{0,}', '*?')).map(([a, q]) => a + q),
        fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((items) => items.join('')),
        fc.array(tie('node'), { minLength: 2, maxLength: 3 }).map((items) => `(${items.join('|')})`),
        fc.tuple(tie('node'), fc.constantFrom('?', '{2}', '{0,2}', '+', '*')).map(([n, q]) => `(?:${n})${q}`),
      ),
    })).node;
    const value = fc
      .array(fc.constantFrom('a', 'b', 'c', '1', ' ', '.', '-', '\n'), { maxLength: 8 })
      .map((cs) => cs.join(''));
    fc.assert(
      fc.property(pattern, value, (source, text) => {
        // Unbounded groups holding a repetition are refused (tested below): not compared.
        fc.pre(isInSubset(source));
        const ours = parseValuePattern(source);
        expect(ours.test(text)).toBe(new RegExp(`^(?:${source})$`, 'u').test(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('check values on which a backtracking RegExp would never finish', () => {
    // `(a|a)*b` and `a*a*a*a*a*b` take exponential or polynomial time in a RegExp: these calls
    // would not return. Here each character costs at most the automaton's size.
    const longest = 'a'.repeat(valuePatternLimits.value - 1);
    expect(matches('(a|a)*b', `${longest}c`)).toBe(false);
    expect(matches('(a|a)*b', `${'a'.repeat(40)}b`)).toBe(true);
    expect(matches('a*a*a*a*a*b', `${longest}c`)).toBe(false);
  });

  it('never match a value longer than any field holds', () => {
    expect(matches('.*', 'x'.repeat(valuePatternLimits.value))).toBe(true);
    expect(matches('.*', 'x'.repeat(valuePatternLimits.value + 1))).toBe(false);
  });
});

describe('patterns outside the subset are refused with the fix', () => {
  it.each([
    [
      '(a+)+b',
      '`expect="matches:(a+)+b"` repeats `(a+)+`, a group that holds a repetition itself, which can make the check very slow: repeat the inside or the group, not both (`(a+)+` → `a+`)',
    ],
    [
      '(\\d*-?)*',
      '`expect="matches:(\\d*-?)*"` repeats `(\\d*-?)*`, a group that holds a repetition itself, which can make the check very slow: repeat the inside or the group, not both (`(a+)+` → `a+`)',
    ],
    [
      '(a)\\1',
      '`expect="matches:(a)\\1"` uses `\\1`, a backreference, which value patterns do not allow: write the characters again',
    ],
    [
      '(?=a)a',
      '`expect="matches:(?=a)a"` uses `(?=…)`, a lookahead or lookbehind, which value patterns do not allow: describe the value with characters, classes and repetitions',
    ],
    [
      '(?<!a)b',
      '`expect="matches:(?<!a)b"` uses `(?<!…)`, a lookahead or lookbehind, which value patterns do not allow: describe the value with characters, classes and repetitions',
    ],
    ['(?<n>a)', '`expect="matches:(?<n>a)"` uses a named group `(?<name>…)`: write `(…)` instead'],
    [
      '\\d{1,500}',
      '`expect="matches:\\d{1,500}"` repeats 500 times in `{1,500}`: counts go up to 100, use a smaller count or `+`',
    ],
    [
      '(\\d{100}){100}',
      '`expect="matches:(\\d{100}){100}"` is too long once its repetitions are counted: use smaller counts or `+`',
    ],
    [
      '\\bmot\\b',
      '`expect="matches:\\bmot\\b"` uses `\\b` (a word boundary): the pattern always matches the whole value, leave it out',
    ],
    [
      'a^b',
      '`expect="matches:a^b"` uses `^` after its start: `^` and `$` may only start and end the pattern, which always matches the whole value',
    ],
    [
      '\\p{L}+',
      '`expect="matches:\\p{L}+"` uses `\\p{…}`, a Unicode property, which value patterns do not allow: list the characters in `[…]`',
    ],
    [
      '(',
      '`expect="matches:("` is not a valid regular expression (Invalid regular expression: /(/u: Unterminated group)',
    ],
  ])('%s', (source, message) => {
    expect(() => parseValuePattern(source)).toThrow(message);
  });

  it('a pattern longer than 200 characters', () => {
    expect(() => parseValuePattern('a'.repeat(201))).toThrow(
      '`expect="matches:aaaaaaaaaaaaaaaaaaaa…"` is too long: a pattern has at most 200 characters',
    );
  });
});
