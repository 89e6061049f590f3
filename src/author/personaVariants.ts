/**
 * The personas a lesson can be played with: its persona as written, and one variant for each
 * value its `persona.*` branches test, plus one value they do not test (`autre-situation`), so
 * that every branch, the `Otherwise` included, can be played. Used by the author preview and by
 * the model-based tests (`tests/lessons/paths.test.tsx`).
 */
import { personaField } from '../lesson/expect.ts';
import type { CompiledLesson, Persona } from '../lesson/types.ts';

/** A persona to play a lesson with. */
export interface PersonaVariant {
  /** `as written`, or `<field> = <value>` (`situation = couple`). */
  name: string;
  persona: Persona;
  /** The persona field changed and its value (absent: the persona as written). */
  change?: { field: string; value: string };
}

/** The value no branch tests: it plays a branch's `Otherwise` or fall-through. */
export const otherValue = 'autre-situation';

/** The persona as written, and one variant per value its `persona.*` branches test (plus one they do not). */
export function personaVariants(lesson: Pick<CompiledLesson, 'machine' | 'persona'>): PersonaVariant[] {
  const fields = new Map<string, Set<string>>();
  for (const state of Object.values(lesson.machine.states)) {
    if (!('always' in state)) continue;
    for (const { guard } of state.always) {
      if (guard?.type !== 'branch' || !guard.params.on.startsWith('persona.')) continue;
      const field = guard.params.on.slice('persona.'.length);
      fields.set(field, (fields.get(field) ?? new Set()).add(guard.params.value));
    }
  }
  const variants: PersonaVariant[] = [{ name: 'as written', persona: lesson.persona }];
  for (const [field, values] of fields) {
    for (const value of [...values, otherValue]) {
      if (String(personaField(lesson.persona, field)) === value || field.includes('.')) continue;
      variants.push({
        name: `${field} = ${value}`,
        persona: { ...lesson.persona, [field]: value },
        change: { field, value },
      });
    }
  }
  return variants;
}
