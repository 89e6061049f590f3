/**
 * Papers of the practice card that belong to no site: what a person keeps at home whatever the
 * procedure (a carte Vitale, payslips). Sites add their own (`SiteSpec.papers`).
 */
export const commonPapers = {
  'carte-vitale': { title: 'Carte Vitale' },
  bulletins: { title: 'Bulletins de salaire' },
} as const;
