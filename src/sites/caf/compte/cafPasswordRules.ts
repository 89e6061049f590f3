/**
 * The rules of a CAF password, shown under the field and ticked while the learner types. The
 * CAF asks for letters and digits (docs/procedures.md section 1.1 A); its exact length and case
 * rules are unverified (section 1.5), so the copy keeps them here, the same as
 * `rule:strong-password` (src/lesson/rules.ts): a lesson's example always passes.
 */

export interface CafPasswordRule {
  id: string;
  /** As the list under the field shows it. */
  label: string;
  test(password: string): boolean;
}

export const cafPasswordRules: readonly CafPasswordRule[] = [
  { id: 'longueur', label: '12 caractères minimum', test: (p) => p.length >= 12 },
  { id: 'majuscule', label: 'au moins 1 lettre majuscule', test: (p) => /[A-ZÀ-ÖØ-Þ]/.test(p) },
  { id: 'minuscule', label: 'au moins 1 lettre minuscule', test: (p) => /[a-zß-öø-ÿ]/.test(p) },
  { id: 'chiffre', label: 'au moins 1 chiffre', test: (p) => /\d/.test(p) },
];

/** Whether `password` meets every rule. */
export const meetsCafPasswordRules = (password: string) => cafPasswordRules.every((rule) => rule.test(password));
