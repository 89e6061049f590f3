/** The languages written right to left, among those a lesson or the UI may be in. */
const rightToLeftLanguages = new Set(['ar', 'fa', 'he', 'ur']);

/** Whether `locale` (`ar`, `ar-MA`…) is written right to left. */
export function rightToLeft(locale: string): boolean {
  return rightToLeftLanguages.has(locale.toLowerCase().split(/[-_]/)[0] ?? '');
}
