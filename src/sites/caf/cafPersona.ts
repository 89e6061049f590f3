/**
 * The persona fields the CAF site reads (content/personas/<id>.yaml): a `zod/mini` schema the
 * compiler checks every CAF lesson's persona against, and the type the site's pages use.
 */
import * as z from 'zod/mini';
import { parseAmount } from '../../french/amount.ts';
import type { Persona } from '../../lesson/types.ts';
import { readPersona } from '../framework/readPersona.ts';

const text = z.string().check(z.minLength(1));
/** An amount as a persona file writes it (`"1012,40"`), read with the same rule as the site's forms. */
const amount = z.union([
  z.string().check(z.refine((s) => parseAmount(s) !== null, 'must be an amount such as "1012,40"')),
  z.number(),
]);
/** A pre-filled line with its payer (employer, Pôle emploi…): `{ montant: "980,15", payeur: "…" }`. */
const paidAmount = z.object({ montant: amount, payeur: z.optional(text) });
/** One kind of resource in a month: an amount, an amount with its payer, or one per payer (two employers). */
const prefilled = z.union([amount, paidAmount, z.array(z.union([amount, paidAmount])).check(z.minLength(1))]);
const months = z.partialRecord(z.enum(['m1', 'm2', 'm3']), z.record(z.string(), prefilled));

/** What the CAF site needs of a persona. */
export const cafPersonaSchema = z.looseObject({
  prenom: text,
  /** Read by the account creation (« Créer un compte »), to check the identity typed. */
  nom: z.optional(text),
  /** `14/03/1986`: « Mot de passe oublié ? » and the account creation ask it. */
  naissance: z.optional(text),
  email: text,
  /** The 13 first characters of the NIR: the CAF login. */
  nir13: text,
  /** `couple` shows the partner's page of the declaration. */
  situation: z.optional(text),
  /** Absent for someone with no CAF account yet (who creates one: « Créer un compte »). */
  caf: z.optional(
    z.looseObject({ mot_de_passe: text, numero_allocataire: z.optional(text), prestation: z.optional(z.string()) }),
  ),
  conjoint: z.optional(z.looseObject({ prenom: text, nir: z.optional(z.string()) })),
  /** Children aged 16 or more on `dtr.date_limite` have a page of the declaration. */
  enfants: z.optional(z.array(z.looseObject({ prenom: text, naissance: text }))),
  dtr: z.optional(
    z.looseObject({
      /** `juillet, août et septembre 2026`. */
      periode: text,
      /** `25/11/2026`. */
      date_limite: text,
      /** Month labels, oldest first: `Juillet 2026`… */
      mois: z.object({ m1: text, m2: text, m3: text }),
      pre_rempli: z.optional(z.partialRecord(z.enum(['vous', 'conjoint', 'enfant1', 'enfant2']), months)),
    }),
  ),
});

type CafPersonaRead = z.infer<typeof cafPersonaSchema>;
/**
 * The persona as the site's pages read it: someone with no CAF account yet (no `caf`, no `dtr`)
 * has an empty password, which no login accepts, and no declaration due.
 */
export type CafPersona = CafPersonaRead & {
  situation: string;
  caf: NonNullable<CafPersonaRead['caf']>;
  dtr: NonNullable<CafPersonaRead['dtr']>;
  /** Whether the persona has a CAF account (`caf.mot_de_passe` in its file). */
  hasAccount: boolean;
};
/** Pre-filled amounts of one member: per month, resource type → amount (`"1012,40"`). */
export type PrefilledMonths = z.infer<typeof months>;

/** The persona as the CAF site reads it; throws naming the first wrong field and how to fix it. */
export function cafPersona(persona: Persona): CafPersona {
  const read = readPersona(cafPersonaSchema, persona, 'The CAF practice site');
  return {
    ...read,
    situation: read.situation ?? 'seul',
    caf: read.caf ?? { mot_de_passe: '' },
    dtr: read.dtr ?? noDeclaration,
    hasAccount: read.caf !== undefined,
  };
}

/** The declaration of someone with no CAF account: none is due. */
const noDeclaration: NonNullable<CafPersonaRead['dtr']> = {
  periode: '',
  date_limite: '',
  mois: { m1: '', m2: '', m3: '' },
};

/** Whether the declaration has a page for the partner. */
export function isCouple(p: CafPersona): boolean {
  return p.situation === 'couple' && !!p.conjoint;
}

/** `a•••@messagerie-entrainement.fr`: the e-mail address as the site shows it, masked. */
export function maskedEmail(email: string): string {
  const at = email.indexOf('@');
  return at < 1 ? email : `${email[0]}•••${email.slice(at)}`;
}
