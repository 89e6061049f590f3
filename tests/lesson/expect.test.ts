// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { demoValue, meetsExpect, parseExpect } from '../../src/lesson/expect.ts';
import { createWorld } from '../../src/lesson/world.ts';

const persona = {
  id: 'p',
  nir13: '2951099126111',
  caf: { mot_de_passe: 'Jasmin2026!' },
  bulletins: { m2: { net_social: '1012,40' } },
};
const world = { ...createWorld(0), otp: '482913' };

// How typed values are compared (`sameValue`): tests/french/amount.test.ts.
describe('expectations', () => {
  it('read persona fields by dotted path', () => {
    expect(meetsExpect(parseExpect('persona:bulletins.m2.net_social'), '1 012,40', persona, world)).toBe(true);
    expect(meetsExpect(parseExpect('persona:bulletins.m2.net_social'), '1 284,00', persona, world)).toBe(false);
    expect(demoValue(parseExpect('persona:caf.mot_de_passe'), persona, world)).toBe('Jasmin2026!');
  });

  it('check rules, including the one-time code of the practice world', () => {
    expect(meetsExpect(parseExpect('rule:otp'), '482 913', persona, world)).toBe(true);
    expect(meetsExpect(parseExpect('rule:otp'), '482914', persona, world)).toBe(false);
    expect(meetsExpect(parseExpect('rule:otp'), '', persona, createWorld(0))).toBe(false);
    expect(meetsExpect(parseExpect('rule:strong-password'), 'Soleil-Bleu-2026', persona, world)).toBe(true);
    expect(meetsExpect(parseExpect('rule:strong-password'), 'soleil', persona, world)).toBe(false);
    expect(meetsExpect(parseExpect('rule:email'), 'a@b.fr', persona, world)).toBe(true);
    expect(meetsExpect(parseExpect('matches:\\d{3}'), '123', persona, world)).toBe(true);
    expect(meetsExpect(parseExpect('matches:\\d{3}'), '1234', persona, world)).toBe(false);
    expect(demoValue(parseExpect('rule:otp'), persona, world)).toBe('482913');
  });

  it('say the fix when an expectation is malformed', () => {
    expect(() => parseExpect('persona:')).toThrow('`expect="persona:"` needs a field name, e.g. `persona:nir13`');
    expect(() => parseExpect('rule:pin')).toThrow(
      'unknown rule `pin`: use one of `rule:strong-password`, `rule:email`, `rule:code6`, `rule:otp`',
    );
    expect(() => parseExpect('value:1')).toThrow(
      '`expect="value:1"` must start with `persona:`, `equals:`, `matches:`, `rule:`',
    );
    expect(() => parseExpect('matches:(')).toThrow(/is not a valid regular expression/);
  });
});
