/**
 * What the CAF knows of the household, shown pre-filled on the claim's household page: the
 * claimant, the partner and the children, read from the persona (fields the CAF site's schema
 * leaves open: `nom`, `naissance`, `conjoint.nom`, `conjoint.naissance`, `enfants`).
 */
import * as z from 'zod/mini';
import type { Persona } from '../../../lesson/types.ts';

export interface HouseholdPerson {
  prenom: string;
  nom: string;
  naissance: string;
}

export interface Household {
  allocataire: HouseholdPerson;
  conjoint: HouseholdPerson | null;
  enfants: { prenom: string; naissance: string }[];
}

const person = z.looseObject({ prenom: z.string(), nom: z.optional(z.string()), naissance: z.optional(z.string()) });
const schema = z.looseObject({
  prenom: z.string(),
  nom: z.optional(z.string()),
  naissance: z.optional(z.string()),
  situation: z.optional(z.string()),
  conjoint: z.optional(person),
  enfants: z.optional(z.array(z.looseObject({ prenom: z.string(), naissance: z.optional(z.string()) }))),
});

/** The household of `persona`; a partner only for a couple. */
export function householdOf(persona: Persona): Household {
  const parsed = schema.safeParse(persona);
  if (!parsed.success) return { allocataire: { prenom: '', nom: '', naissance: '' }, conjoint: null, enfants: [] };
  const p = parsed.data;
  const of = (x: z.infer<typeof person>): HouseholdPerson => ({
    prenom: x.prenom,
    nom: x.nom ?? '',
    naissance: x.naissance ?? '',
  });
  return {
    allocataire: of(p),
    conjoint: p.situation === 'couple' && p.conjoint ? of(p.conjoint) : null,
    enfants: (p.enfants ?? []).map((e) => ({ prenom: e.prenom, naissance: e.naissance ?? '' })),
  };
}
