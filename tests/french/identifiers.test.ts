// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isNir13Shape, isTemporaryNir, isValidNif, isValidNir15, nirKey } from '../../src/french/index.ts';

describe('NIR', () => {
  it('accepts the public test vectors and rejects a wrong key', () => {
    expect(isValidNir15('295109912611193')).toBe(true);
    expect(isValidNir15('295109912611199')).toBe(false);
    expect(isValidNir15('255081416802538')).toBe(true);
    expect(isValidNir15('2 55 08 14 168 025 38')).toBe(true);
  });
  it('counts Corsica 2A as 19 and 2B as 18', () => {
    expect(isValidNir15('253072B07300470')).toBe(true);
    expect(isValidNir15('253072A07300443')).toBe(true);
    expect(nirKey('253072B073004')).toBe('70');
  });
  it('rejects impossible shapes and spots temporary numbers', () => {
    expect(isNir13Shape('2951399126111')).toBe(false); // month 13
    expect(isNir13Shape('2951099126000')).toBe(false); // order 000
    expect(isTemporaryNir('7951099126111')).toBe(true);
  });
});

describe('numéro fiscal', () => {
  it('checks the mod-511 key', () => {
    expect(isValidNif('3023217600053')).toBe(true);
    expect(isValidNif('30 23 217 600 053')).toBe(true);
    expect(isValidNif('3023217600054')).toBe(false);
    expect(isValidNif('1234567890066')).toBe(true);
    expect(isValidNif('5023217600053')).toBe(false);
  });
});
