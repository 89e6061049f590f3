/**
 * The persona fields the France Travail site reads (content/personas/<id>.yaml): a `zod/mini`
 * schema the compiler checks every France Travail lesson's persona against, and the type the
 * site's pages use. Shared fields (prenom, nom, naissance, nir, adresse, email…) have the same
 * keys as on the other sites.
 */
import * as z from 'zod/mini';
import { isValidBic, isValidIban, isValidNir15, parseAmount, parseFrenchDate } from '../../french/index.ts';
import type { Persona } from '../../lesson/types.ts';
import { readPersona } from '../framework/readPersona.ts';

const text = z.string().check(z.minLength(1));
/** An amount as a persona file writes it: `"280,80"`. */
const amount = z.string().check(z.refine((s) => parseAmount(s) !== null, 'must be an amount such as "280,80"'));
const day = z.string().check(z.refine((s) => parseFrenchDate(s) !== null, 'must be a date written JJ/MM/AAAA'));
/** An identifiant France Travail: 7 digits, then a letter or a digit (docs/procedures.md section 2). */
const identifiant = z
  .string()
  .check(z.regex(/^\d{7}[A-Z0-9]$/, 'must be 7 digits then a capital letter or a digit, e.g. "1234567A"'));

/** What the France Travail site needs of a persona. */
export const franceTravailPersonaSchema = z.looseObject({
  prenom: text,
  nom: text,
  /** `F` or `M`: « Madame » or « Monsieur ». */
  sexe: z.enum(['F', 'M']),
  naissance: day,
  email: text,
  /** The 15-character NIR (with its key), as on the carte Vitale. */
  nir: z.string().check(z.refine(isValidNir15, 'must be a 15-character NIR whose key is right')),
  /** `8 rue Gabriel Péri, 93200 Saint-Denis`. */
  adresse: text,
  lieu_naissance: z.optional(text),
  telephone: z.optional(text),
  /** The address as the registration form asks it: number and street, postcode, commune. */
  adresse_voie: z.optional(text),
  code_postal: z.optional(z.string().check(z.regex(/^\d{5}$/, 'must be 5 digits, e.g. "93200"'))),
  commune: z.optional(text),
  france_travail: z.optional(
    z.looseObject({
      /** Someone already registered: the identifier to log in with. */
      identifiant: z.optional(identifiant),
      /** The password of the space (already registered), or the one the persona chooses when creating it. */
      mot_de_passe: z.optional(text),
      /** Someone who registers: the identifier the site gives when the personal space is created. */
      nouvel_identifiant: z.optional(identifiant),
      /** The ARE paid, one line per month covered (paper `paiements-france-travail`). */
      paiements: z.optional(
        z.array(
          z.looseObject({
            /** The month covered: `Août 2026`. */
            periode: text,
            jours: z.number().check(z.int(), z.nonnegative()),
            brut: amount,
            net: amount,
            /** The day it was paid, which says the month it was received: `04/09/2026`. */
            paye_le: day,
          }),
        ),
      ),
    }),
  ),
  /** The bank details of the RIB (paper `rib`). */
  rib: z.optional(
    z.looseObject({
      titulaire: text,
      banque: text,
      iban: z.string().check(z.refine(isValidIban, 'must be an IBAN whose key is right')),
      bic: z.string().check(z.refine(isValidBic, 'must be a BIC of 8 or 11 characters')),
    }),
  ),
});

export type FranceTravailPersona = z.infer<typeof franceTravailPersonaSchema>;

/** The persona as the site reads it; throws naming the first wrong field and how to fix it. */
export function franceTravailPersona(persona: Persona): FranceTravailPersona {
  return readPersona(franceTravailPersonaSchema, persona, 'The France Travail practice site');
}

/** Whether the persona was registered before the lesson (it has an identifiant to log in with). */
export const isRegisteredPersona = (p: FranceTravailPersona) => p.france_travail?.identifiant !== undefined;
