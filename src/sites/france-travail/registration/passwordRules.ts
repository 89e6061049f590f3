/**
 * The password rules the site shows while the learner creates a personal space, each checked as
 * they type (the real site's exact rule is unverified: docs/procedures.md section 1.5). They are
 * the same as `rule:strong-password` (src/lesson/rules.ts), so a lesson's example always passes.
 */

export interface PasswordRule {
  id: string;
  /** As the checklist shows it. */
  label: string;
  test(password: string): boolean;
}

export const passwordRules: readonly PasswordRule[] = [
  { id: 'longueur', label: '12 caractères minimum', test: (p) => p.length >= 12 },
  { id: 'majuscule', label: '1 lettre majuscule', test: (p) => /[A-ZÀ-ÖØ-Þ]/.test(p) },
  { id: 'minuscule', label: '1 lettre minuscule', test: (p) => /[a-zß-öø-ÿ]/.test(p) },
  { id: 'chiffre', label: '1 chiffre', test: (p) => /\d/.test(p) },
];

/** Whether `password` meets every rule. */
export const meetsPasswordRules = (password: string) => passwordRules.every((rule) => rule.test(password));
