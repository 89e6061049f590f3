// @vitest-environment node
/**
 * The numéro fiscal's key (the last 3 digits are the first 10 modulo 511) against the examples
 * published with the rule (docs/procedures.md section 2, [S7]): python-stdnum's `stdnum/fr/nif.py`,
 * which follows the European Commission's TIN algorithms, and the ports and test suites that reuse
 * those vectors.
 */
import { describe, expect, it } from 'vitest';
import { isValidNif } from '../../src/french/index.ts';

describe('numéro fiscal: published vectors', () => {
  it('accepts the published valid numbers, written plain or grouped as on a notice', () => {
    // python-stdnum: validate('3023217600053'), format → '30 23 217 600 053'.
    expect(isValidNif('3023217600053')).toBe(true);
    expect(isValidNif('30 23 217 600 053')).toBe(true);
    // stdnum-js (the JavaScript port): '0701987765493' is valid (0701987765 mod 511 = 493).
    expect(isValidNif('0701987765493')).toBe(true);
    expect(isValidNif('07 01 987 765 493')).toBe(true);
  });

  it('refuses a wrong key', () => {
    // python-stdnum: '3023217600054' raises InvalidChecksum; TIN-check test suites add '…052'.
    expect(isValidNif('3023217600054')).toBe(false);
    expect(isValidNif('3023217600052')).toBe(false);
    // An older python-stdnum example without the key rule: 0701987765 mod 511 is 493, not 432.
    expect(isValidNif('0701987765432')).toBe(false);
    // A Java TIN validator's control-sum cases.
    expect(isValidNif('1230967654123')).toBe(false);
    expect(isValidNif('0001123456789')).toBe(false);
  });

  it('refuses a first digit above 3 and a wrong length', () => {
    // python-stdnum: '9701987765432' raises InvalidComponent, '070198776543' InvalidLength.
    expect(isValidNif('9701987765432')).toBe(false);
    expect(isValidNif('070198776543')).toBe(false);
    expect(isValidNif('30232176000531')).toBe(false);
  });
});
