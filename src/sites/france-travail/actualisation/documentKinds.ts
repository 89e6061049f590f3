/** The kinds of document « Transmettre un document » offers, and the months it lists. */

/** Kind ids: the options of `france-travail.documents.type`. */
export const documentKinds = [
  'bulletin-salaire',
  'attestation-employeur',
  'arret-travail',
  'attestation-formation',
  'autre',
] as const;
export type DocumentKind = (typeof documentKinds)[number];

/** Each kind as the list shows it. */
export const documentKindLabels: Record<DocumentKind, string> = {
  'bulletin-salaire': 'Bulletin de salaire',
  'attestation-employeur': 'Attestation employeur',
  'arret-travail': 'Arrêt de travail',
  'attestation-formation': 'Attestation de formation ou de stage',
  autre: 'Autre document',
};

/** `2026-11`: a month as the « Mois concerné » list's values write it. */
export function monthValue(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** Every month value a lesson may choose (2025 to 2028): the target's options. */
export const monthOptions: readonly string[] = Array.from({ length: 48 }, (_, i) => monthValue(new Date(2025, i, 1)));

const monthLabel = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric' });

/** « novembre 2026 » for `2026-11`. */
export function monthText(value: string): string {
  const [year, month] = value.split('-').map(Number);
  return year && month ? monthLabel.format(new Date(year, month - 1, 1)) : value;
}

/** The months the list offers at `now`: this month and the five before, newest first. */
export function recentMonths(now: Date): string[] {
  return Array.from({ length: 6 }, (_, i) => monthValue(new Date(now.getFullYear(), now.getMonth() - i, 1)));
}
