/**
 * The job titles that match what the learner typed in « Métier recherché », accents, case and
 * apostrophes ignored (`agent d entretien` finds « Agent / Agente d’entretien de locaux »): titles
 * whose words start with the typed words come first, then those that contain the text.
 */

/** Lower case, without accents, `’` as `'`, runs of spaces as one. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, ' ')
    .replace(/[^a-z0-9/()+-]+/g, ' ')
    .trim();
}

/** At most `limit` titles of `titles` that match `typed` (none for fewer than 2 letters). */
export function matchJobTitles(typed: string, titles: readonly string[], limit = 10): string[] {
  const query = fold(typed);
  if (query.replace(/\s/g, '').length < 2) return [];
  const words = query.split(' ');
  const starts: string[] = [];
  const contains: string[] = [];
  for (const title of titles) {
    const folded = fold(title);
    const titleWords = folded.split(/[\s/()-]+/);
    if (words.every((word) => titleWords.some((w) => w.startsWith(word)))) starts.push(title);
    else if (folded.includes(query)) contains.push(title);
  }
  return [...starts, ...contains].slice(0, limit);
}

/** The title `typed` names exactly (accents and case ignored), if any. */
export function exactJobTitle(typed: string, titles: readonly string[]): string | undefined {
  const query = fold(typed);
  return query === '' ? undefined : titles.find((title) => fold(title) === query);
}
