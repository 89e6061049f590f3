/**
 * A glossary, `content/glossary/<locale>.yaml`: words a `<Term id>` explains on demand.
 */
import { z } from 'zod';
import { idPattern } from '../../lesson/ids.ts';

export const glossarySchema = z.record(
  z.string().regex(idPattern, 'must be lower-case words joined by dashes'),
  z
    .object({
      term: z.string().min(1).describe('the word as written'),
      definition: z.string().min(1).describe('one or two plain sentences'),
    })
    .strict(),
);

export type Glossary = z.infer<typeof glossarySchema>;
