/**
 * Reads a persona with the schema of what a practice site needs of it; a persona that lacks a
 * field or has a wrong one throws at once, naming the field and the fix (STYLE.md habit 2).
 */
import * as z from 'zod/mini';
import type { Persona } from '../../lesson/types.ts';

/**
 * The persona as `schema` reads it. Throws `<reader> needs \`<field>\` in persona "<id>": add it
 * to …` for a missing field, `… fix it (<the schema's message>) in …` for a wrong one.
 *
 * @param reader Who reads it, the sentence's subject: `The CAF practice site`.
 */
export function readPersona<Schema extends z.ZodMiniType>(
  schema: Schema,
  persona: Persona,
  reader: string,
): z.infer<Schema> {
  const result = z.safeParse(schema, persona);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.join('.') ?? '';
  const fix =
    issue?.code === 'invalid_type' && issue.input === undefined ? 'add it to' : `fix it (${issue?.message}) in`;
  throw new Error(
    `${reader} needs \`${path}\` in persona "${persona.id}": ${fix} content/personas/${persona.id}.yaml.`,
  );
}
