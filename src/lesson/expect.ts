/**
 * `expect` attributes of a `<Step>`: parsing, matching a typed value, and the value the driver
 * types. Shared by the compiler (validation) and the engine (matching).
 */
import { parseAmount } from '../french/index.ts';
import { readPath } from './readPath.ts';
import { isRuleName, rules } from './rules.ts';
import type { PracticeWorld } from './world.ts';
import type { Persona } from './types.ts';
import { parseValuePattern, type ValuePattern } from './valuePattern.ts';

export type Expect =
  | { kind: 'persona'; field: string }
  | { kind: 'equals'; text: string }
  | { kind: 'matches'; pattern: ValuePattern }
  | { kind: 'rule'; name: keyof typeof rules };

/** The prefixes an `expect` may start with. */
export const expectKinds = ['persona', 'equals', 'matches', 'rule'] as const;

/**
 * Parses an `expect` attribute; throws an Error whose message says the fix (a `ValuePatternError`
 * for a `matches:` pattern outside the subset).
 */
export function parseExpect(raw: string): Expect {
  const colon = raw.indexOf(':');
  const kind = colon === -1 ? raw : raw.slice(0, colon);
  const rest = colon === -1 ? '' : raw.slice(colon + 1);
  switch (kind) {
    case 'persona':
      if (!rest) throw new Error('`expect="persona:"` needs a field name, e.g. `persona:nir13`');
      return { kind, field: rest };
    case 'equals':
      return { kind, text: rest };
    case 'matches':
      // A subset matched in linear time: never a backtracking RegExp (see valuePattern.ts).
      return { kind, pattern: parseValuePattern(rest) };
    case 'rule':
      if (!isRuleName(rest)) {
        throw new Error(
          `unknown rule \`${rest}\`: use one of ${Object.keys(rules)
            .map((r) => `\`rule:${r}\``)
            .join(', ')}`,
        );
      }
      return { kind, name: rest };
    default:
      throw new Error(`\`expect="${raw}"\` must start with ${expectKinds.map((k) => `\`${k}:\``).join(', ')}`);
  }
}

/** Reads a dotted field (`household.partner.name`) of a persona (see `readPath`). */
export function personaField(persona: Persona, path: string): unknown {
  return readPath(persona, path);
}

/**
 * Folds what a person may type differently but means the same: spaces (`2 95 10…`), and amount
 * formats (`1 012,40 €`, `1.012,40`, `1012.4`, as `parseAmount` reads them). Only text with a
 * `.`, `,` or `€` is read as an amount, so that a code or an identifier keeps its leading zeros
 * (`012345` is not `12345`). Case is kept: a password is case-sensitive on the real sites.
 */
export function normaliseValue(value: unknown): string {
  const text = String(value ?? '').replace(/[\s\u00a0\u202f]/g, '');
  const cents = /[.,€]/.test(text) ? parseAmount(text) : null;
  return cents === null ? text : String(cents / 100);
}

/** Whether two values are the same once normalised. */
export function sameValue(a: unknown, b: unknown): boolean {
  return normaliseValue(a) === normaliseValue(b);
}

/** Whether `value` meets the expectation. */
export function meetsExpect(expect: Expect, value: string, persona: Persona, world: PracticeWorld): boolean {
  switch (expect.kind) {
    case 'persona':
      return sameValue(value, personaField(persona, expect.field));
    case 'equals':
      return sameValue(value, expect.text);
    case 'matches':
      return expect.pattern.test(value.trim());
    case 'rule':
      return rules[expect.name].check(value, world);
  }
}

/** The value to type when demonstrating, or `undefined` when only run time knows it. */
export function demoValue(expect: Expect, persona: Persona, world: PracticeWorld): string | undefined {
  switch (expect.kind) {
    case 'persona': {
      const v = personaField(persona, expect.field);
      return v === undefined ? undefined : String(v);
    }
    case 'equals':
      return expect.text;
    case 'matches':
      return undefined;
    case 'rule':
      return rules[expect.name].example(world);
  }
}
