/**
 * Named validation rules for `expect="rule:<name>"`. Each checks a typed value and can give an
 * example that passes, which the driver types when it performs the step.
 */
import type { PracticeWorld } from './world.ts';

export interface Rule {
  /** One line for the docs and for error messages. */
  description: string;
  check(value: string, world: PracticeWorld): boolean;
  example(world: PracticeWorld): string;
}

export const rules = {
  'strong-password': {
    description: 'at least 12 characters with a lower-case letter, an upper-case letter and a digit',
    check: (v) => v.length >= 12 && /[a-z]/.test(v) && /[A-Z]/.test(v) && /\d/.test(v),
    example: () => 'Soleil-Bleu-2026',
  },
  email: {
    description: 'an e-mail address such as nom@exemple.fr',
    check: (v) => /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(v.trim()),
    example: () => 'amina.benali@exemple.fr',
  },
  code6: {
    description: 'six digits',
    check: (v) => /^\d{6}$/.test(v.replace(/\s/g, '')),
    example: () => '123456',
  },
  otp: {
    description: 'the one-time code last sent to the practice mailbox',
    check: (v, world) => world.otp !== '' && v.replace(/\s/g, '') === world.otp,
    example: (world) => world.otp,
  },
} satisfies Record<string, Rule>;

/** The rule names a lesson may use. */
export type RuleName = keyof typeof rules;

export function isRuleName(name: string): name is RuleName {
  return Object.hasOwn(rules, name);
}
