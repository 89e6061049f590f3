/** The three months the simulator asks about: the three before the practice month, oldest first. */

const monthNames = [
  'Janvier',
  'Février',
  'Mars',
  'Avril',
  'Mai',
  'Juin',
  'Juillet',
  'Août',
  'Septembre',
  'Octobre',
  'Novembre',
  'Décembre',
];

/** `['Août 2026', 'Septembre 2026', 'Octobre 2026']` on a day of November 2026 (ms since the epoch). */
export function referenceMonths(at: number): [string, string, string] {
  const today = new Date(at);
  const label = (back: number) => {
    const d = new Date(today.getFullYear(), today.getMonth() - back, 1);
    return `${monthNames[d.getMonth()] ?? ''} ${d.getFullYear()}`;
  };
  return [label(3), label(2), label(1)];
}
