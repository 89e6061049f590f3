/**
 * The persona fields the monthly update and the documents pages read (content/personas/<id>.yaml):
 * a `zod/mini` schema the site merges into its own, and the type the pages use. Everything but
 * the name and e-mail is optional, so that a persona who only registers passes it too.
 */
import * as z from 'zod/mini';
import { parseAmount } from '../../../french/amount.ts';
import type { Persona } from '../../../lesson/types.ts';
import { questionIds } from './questions.ts';
import { readPersona } from '../../framework/readPersona.ts';

const text = z.string().check(z.minLength(1));
const amount = z.union([
  z.string().check(z.refine((s) => parseAmount(s) !== null, 'must be an amount such as "498,75"')),
  z.number(),
]);
const yesNo = z.enum(['oui', 'non']);

/** One employer's payslip for the month (`bulletins_du_mois.employeurs[]`). */
const payslipSchema = z.looseObject({
  employeur: text,
  /** The job, as printed on the payslip (« Agent d'entretien »). */
  emploi: z.optional(text),
  /** Whole hours worked in the month. */
  heures: z.union([z.int().check(z.positive()), text]),
  brut: amount,
  net_social: amount,
  net_a_payer: amount,
});

/** What the monthly update and the documents pages need of a persona. */
export const actualisationPersonaSchema = z.looseObject({
  prenom: text,
  email: text,
  france_travail: z.optional(
    z.looseObject({
      /** Answers France Travail already knows, shown pre-filled (`formation: non`). */
      actualisation: z.optional(z.looseObject({ pre_rempli: z.optional(z.partialRecord(z.enum(questionIds), yesNo)) })),
    }),
  ),
  /** The month's payslips of each employer (the practice card's « Bulletins de salaire du mois »). */
  bulletins_du_mois: z.optional(
    z.looseObject({
      /** `Novembre 2026`. */
      mois: text,
      /** `30/11/2026`. */
      paye_le: z.optional(text),
      employeurs: z.array(payslipSchema).check(z.minLength(1)),
    }),
  ),
});

export type ActualisationPersona = z.infer<typeof actualisationPersonaSchema>;

/** The persona as these pages read it; throws naming the first wrong field and how to fix it. */
export function actualisationPersona(persona: Persona): ActualisationPersona {
  return readPersona(actualisationPersonaSchema, persona, 'The France Travail update');
}
