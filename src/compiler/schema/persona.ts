/**
 * A persona, `content/personas/<id>.yaml`: a fictional person whose identifiers pass the real
 * format and checksum rules. Only the fields every persona needs are fixed; sites read more.
 */
import { z } from 'zod';
import { isNir13Shape, isValidNif, isValidNir15, normaliseIdentifier } from '../../french/index.ts';
import { idPattern } from '../../lesson/ids.ts';
import { practiceFilesSchema } from '../../lesson/practiceFiles.ts';
import { practiceDateSchema } from './practiceDate.ts';

const nir15 = z
  .string()
  .refine(isValidNir15, 'must be a 15-character NIR whose 2-digit key is right (97 − N mod 97; 2A = 19, 2B = 18)');

export const personaSchema = z
  .object({
    id: z
      .string()
      .regex(idPattern, 'must be lower-case words joined by dashes')
      .describe('the persona id, the same as its file name'),
    practice: z
      .literal(true, { error: 'must be `true`: a persona is fictional and its identifiers are practice identifiers' })
      .describe('marks every identifier as a practice one'),
    prenom: z.string().min(1).describe('first name'),
    nom: z.string().min(1).describe('last name'),
    email: z.string().email('must be an e-mail address').describe('the practice mailbox address'),
    nir: nir15.describe('numéro de sécurité sociale, 15 characters with the key'),
    nir13: z
      .string()
      .refine(isNir13Shape, 'must be the 13 first characters of the NIR')
      .describe('the NIR without its key, as the CAF asks'),
    date: practiceDateSchema
      .optional()
      .describe("the day this persona's lessons happen when a lesson gives no `date`; optional"),
    papiers: z
      .array(z.string())
      .default([])
      .describe(
        'the papers of the practice card, in order: the common ones or those a site adds (checked with each lesson)',
      ),
    documents: z
      .optional(practiceFilesSchema)
      .describe(
        "the files of the practice computer's « Documents » folder, for uploads: `{ fichier, format, taille_ko, pages, qualite, description }`",
      ),
  })
  .passthrough()
  .superRefine((persona, context) => {
    if (normaliseIdentifier(persona.nir).slice(0, 13) !== normaliseIdentifier(persona.nir13)) {
      context.addIssue({ code: 'custom', path: ['nir13'], message: 'must be the 13 first characters of `nir`' });
    }
    // Each file once, its extension saying its format (« .jpeg » is a jpg).
    const names = new Set<string>();
    persona.documents?.forEach((document, index) => {
      const extension = document.fichier.slice(document.fichier.lastIndexOf('.') + 1).toLowerCase();
      if ((extension === 'jpeg' ? 'jpg' : extension) !== document.format)
        context.addIssue({
          code: 'custom',
          path: ['documents', index, 'fichier'],
          message: `must end with \`.${document.format}\`, its \`format\``,
        });
      if (names.has(document.fichier))
        context.addIssue({
          code: 'custom',
          path: ['documents', index, 'fichier'],
          message: 'is already the name of another file: give each file its own name',
        });
      names.add(document.fichier);
    });
    // Identifiers of the other people (a partner, a child…) follow the same rules.
    const walk = (value: unknown, path: (string | number)[]) => {
      if (!value || typeof value !== 'object') return;
      for (const [key, child] of Object.entries(value)) {
        const at = [...path, key];
        if (path.length > 0 && key === 'nir' && !isValidNir15(String(child))) {
          context.addIssue({
            code: 'custom',
            path: at,
            message: 'must be a 15-character NIR whose 2-digit key is right (97 − N mod 97; 2A = 19, 2B = 18)',
          });
        }
        if (key === 'numero_fiscal' && !isValidNif(String(child))) {
          context.addIssue({
            code: 'custom',
            path: at,
            message: 'must be a 13-digit numéro fiscal whose last 3 digits are the first 10 mod 511',
          });
        }
        walk(child, at);
      }
    };
    walk(persona, []);
  });

export type PersonaData = z.infer<typeof personaSchema>;
