// @vitest-environment node
/**
 * The parts of the family quotient (CGI art. 194): the tables of service-public.fr F2705 (a married
 * or PACS couple), F2702 (a person alone) and F35120 (a single parent) [S60][S71].
 */
import { describe, expect, it } from 'vitest';
import { householdParts } from '../../../../src/sites/impots/tax/index.ts';

describe('householdParts', () => {
  it('gives a couple 2 parts, + ½ for each of the first two children, + 1 from the third', () => {
    const parts = [0, 1, 2, 3, 4].map((children) => householdParts({ couple: true, children }));
    expect(parts).toEqual([2, 2.5, 3, 4, 5]);
  });

  it('gives a person alone 1 part and the same steps for children', () => {
    const parts = [0, 1, 2, 3, 4].map((children) => householdParts({ couple: false, children }));
    expect(parts).toEqual([1, 1.5, 2, 3, 4]);
  });

  it('adds ½ part for a single parent living alone with the children (case T)', () => {
    const parts = [0, 1, 2, 3, 4].map((children) => householdParts({ couple: false, children, singleParent: true }));
    // No child, no case T: the half-part goes with a dependent child.
    expect(parts).toEqual([1, 2, 2.5, 3.5, 4.5]);
  });
});
