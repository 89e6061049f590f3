/**
 * The reference of a sent quarterly declaration: 15 digits, the date and time of sending
 * (`AAAAMMJJHHMM`, practice time, local clock) then 3 digits drawn at random, as
 * `202611121004123`. The CAF does not publish its format (docs/practice-sites.md, « Mon Compte,
 * faithful »): a long number made of the date and time is the common form of French online receipts.
 */

const two = (n: number) => String(n).padStart(2, '0');

/** The reference of a declaration sent at `at` (ms, practice time). */
export function dtrReference(at: number, random: () => number = Math.random): string {
  const d = new Date(at);
  const when = `${d.getFullYear()}${two(d.getMonth() + 1)}${two(d.getDate())}${two(d.getHours())}${two(d.getMinutes())}`;
  return `${when}${String(Math.floor(random() * 1000)).padStart(3, '0')}`;
}
