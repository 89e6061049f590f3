/**
 * The official sites a lesson may link to (https only, the domain or any of its subdomains):
 * the learner may need them after practising. Any other external link or image is refused.
 * Listed in docs/writing-lessons.md#external-link: change both together.
 */
export const officialSites = [
  'service-public.fr',
  'caf.fr',
  'francetravail.fr',
  'impots.gouv.fr',
  'ameli.fr',
  'franceconnect.gouv.fr',
  'legifrance.gouv.fr',
] as const;
