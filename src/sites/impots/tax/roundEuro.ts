/**
 * Rounding as the administration does: the taxable income, the elements that make it up and the
 * tax are rounded to the nearest euro, 0,50 € counting for 1 (CGI art. 193 and 1657; docs/procedures.md
 * section 2b). Amounts are first cleaned to the cent, so that a binary float such as 1 977,6899…
 * counts as 1 977,69.
 */

/** An amount of euros rounded to the cent (`1977.6900000000001` → `1977.69`). */
export function roundCents(euros: number): number {
  return Math.round(Math.round(euros * 1000) / 10) / 100;
}

/** An amount of euros rounded to the nearest euro, half up (`5230.96` → `5231`, `0.5` → `1`). */
export function roundEuro(euros: number): number {
  return Math.round(roundCents(euros));
}
