/** Dates as French sites write them, in local time: `12/11/2026` and `14:05`. */

const two = (n: number) => String(n).padStart(2, '0');

/** `12/11/2026` for a time in ms since the epoch. */
export function frenchDate(ms: number): string {
  const d = new Date(ms);
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** `14:05` for a time in ms since the epoch. */
export function frenchTime(ms: number): string {
  const d = new Date(ms);
  return `${two(d.getHours())}:${two(d.getMinutes())}`;
}
