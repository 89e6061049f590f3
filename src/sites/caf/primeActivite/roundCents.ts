/** Amounts in euros rounded to the cent, half up, after cleaning binary floats (`261.2186…` → `261.22`). */
export function roundCents(euros: number): number {
  return Math.round(Math.round(euros * 10_000) / 100) / 100;
}
