/**
 * The persona fields the FranceConnect pages read (content/personas/<id>.yaml): the identities of
 * the providers with a practice copy (`impots.numero_fiscal` / `impots.mot_de_passe`, `nir13` /
 * `ameli.mot_de_passe`) and the identity FranceConnect passes on. A persona without a provider's
 * fields has no account there: its login refuses every pair.
 */
import * as z from 'zod/mini';
import { isValidNif } from '../../french/index.ts';
import type { Persona } from '../../lesson/types.ts';
import { readPersona } from '../framework/readPersona.ts';

const text = z.string().check(z.minLength(1));

export const franceConnectPersonaSchema = z.looseObject({
  prenom: text,
  nom: text,
  sexe: z.optional(z.enum(['F', 'M'])),
  naissance: z.optional(text),
  lieu_naissance: z.optional(text),
  email: z.optional(text),
  nir13: z.optional(text),
  impots: z.optional(
    z.looseObject({
      numero_fiscal: z.string().check(z.refine(isValidNif, 'must be a 13-digit numéro fiscal whose key is right')),
      mot_de_passe: text,
    }),
  ),
  ameli: z.optional(z.looseObject({ mot_de_passe: text })),
});

export type FranceConnectPersona = z.infer<typeof franceConnectPersonaSchema>;

/** The persona as the FranceConnect pages read it; throws naming the first wrong field. */
export function franceConnectPersona(persona: Persona): FranceConnectPersona {
  return readPersona(franceConnectPersonaSchema, persona, 'The FranceConnect practice pages');
}
