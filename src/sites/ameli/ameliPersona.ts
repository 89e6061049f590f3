/**
 * The persona fields the ameli site reads (content/personas/<id>.yaml): a `zod/mini` schema the
 * compiler checks every ameli lesson's persona against, and the type the site's pages use. The
 * login is the top-level `nir13`; the password is `ameli.mot_de_passe`.
 */
import * as z from 'zod/mini';
import { isNir13Shape, isValidNir15, parseFrenchDate } from '../../french/index.ts';
import type { Persona } from '../../lesson/types.ts';
import { readPersona } from '../framework/readPersona.ts';

const text = z.string().check(z.minLength(1));
const day = z.string().check(z.refine((s) => parseFrenchDate(s) !== null, 'must be a date written JJ/MM/AAAA'));

/** What the ameli site needs of a persona. */
export const ameliPersonaSchema = z.looseObject({
  prenom: text,
  nom: text,
  /** `F` or `M`: « Assurée » or « Assuré » on the attestation. */
  sexe: z.enum(['F', 'M']),
  naissance: day,
  /** The 15-character NIR (with its key), as on the carte Vitale and the attestation. */
  nir: z.string().check(z.refine(isValidNir15, 'must be a 15-character NIR whose key is right')),
  /** Its first 13 characters: the login of the ameli account. */
  nir13: z.string().check(z.refine(isNir13Shape, 'must be the 13 first characters of the NIR')),
  /** `12 rue des Lilas, 93200 Saint-Denis`: its postcode gives the CPAM. */
  adresse: text,
  /** Children covered with the insured person (ayants droit). */
  enfants: z.optional(z.array(z.looseObject({ prenom: text, naissance: day, nom: z.optional(text) }))),
  ameli: z.looseObject({
    /** The password of the ameli account. */
    mot_de_passe: text,
    /** The caisse, when not the CPAM of the address's département (« CPAM de Paris »). */
    caisse: z.optional(text),
    /** Its code as the attestation prints it (default: `01` then the département and `1`, « 01 931 »). */
    code_organisme: z.optional(text),
  }),
});

export type AmeliPersona = z.infer<typeof ameliPersonaSchema>;

/** The persona as the ameli site reads it; throws naming the first wrong field and how to fix it. */
export function ameliPersona(persona: Persona): AmeliPersona {
  const p = readPersona(ameliPersonaSchema, persona, 'The ameli practice site');
  if (!p.nir.startsWith(p.nir13))
    throw new Error(
      `The ameli practice site needs \`nir13\` in persona "${persona.id}" to be the 13 first characters of \`nir\`: fix it in content/personas/${persona.id}.yaml.`,
    );
  return p;
}
