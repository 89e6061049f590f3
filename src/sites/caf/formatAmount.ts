/** `1 012,40 €` for 101240 cents (non-breaking spaces, as French sites print amounts). */
export function formatAmount(cents: number): string {
  const euros = String(Math.floor(Math.abs(cents) / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  const rest = String(Math.abs(cents) % 100).padStart(2, '0');
  return `${cents < 0 ? '-' : ''}${euros},${rest}\u00a0€`;
}
