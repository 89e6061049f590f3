/**
 * The persona fields the impots.gouv site reads (content/personas/<id>.yaml): a `zod/mini` schema
 * the compiler checks every impots.gouv lesson's persona against, and the type the pages use.
 * Shared fields (prenom, nom, naissance, adresse, email…) have the same keys as on the other sites.
 */
import * as z from 'zod/mini';
import { isValidNif, parseAmount, parseFrenchDate } from '../../french/index.ts';
import type { Persona } from '../../lesson/types.ts';
import { readPersona } from '../framework/readPersona.ts';

const text = z.string().check(z.minLength(1));
const day = z.string().check(z.refine((s) => parseFrenchDate(s) !== null, 'must be a date written JJ/MM/AAAA'));
/** A numéro fiscal: 13 digits whose key is right (src/french/nif.ts). */
const nif = z.string().check(z.refine(isValidNif, 'must be a 13-digit numéro fiscal whose key is right'));
/** Whole euros as printed on tax papers: `"24 310"`. */
const euros = z
  .string()
  .check(z.refine((s) => (parseAmount(s) ?? 1) % 100 === 0, 'must be a whole number of euros, e.g. "24 310"'));
const year = z.number().check(z.int(), z.gte(2000), z.lte(2100));

/**
 * The boxes of « Revenus et charges » the copy knows, in the form's order: salaries (1AJ/1BJ),
 * unemployment benefits (1AP/1BP) and pensions (1AS/1BS), for declarant 1 (`A`) and 2 (`B`). The
 * site shows those it pre-fills; the learner can add the others (« Ajouter des revenus »).
 */
export const incomeBoxes = ['1AJ', '1BJ', '1AP', '1BP', '1AS', '1BS'] as const;
export type IncomeBox = (typeof incomeBoxes)[number];

const boxes = z.looseObject({
  '1AJ': z.optional(euros),
  '1BJ': z.optional(euros),
  '1AP': z.optional(euros),
  '1BP': z.optional(euros),
  '1AS': z.optional(euros),
  '1BS': z.optional(euros),
});

/** Family situations of the declaration (page 1, « Situation du foyer »). */
export const situations = ['celibataire', 'marie', 'pacse', 'divorce', 'veuf'] as const;

/** A tax notice already received (« Documents »), one per year of income. */
const avis = z.looseObject({
  /** The year of the income (the avis 2025 is on the income of 2024). */
  revenus_de: year,
  /** « Référence de l'avis »: 13 letters or digits. */
  reference: z.string().check(z.regex(/^[0-9A-Z]{13}$/, 'must be 13 capital letters or digits, e.g. "2593A04518263"')),
  revenu_fiscal_reference: euros,
  impot: euros,
  parts: z.number().check(z.gte(1)),
});

/** What the impots.gouv site needs of a persona. */
export const impotsPersonaSchema = z.looseObject({
  prenom: text,
  nom: text,
  naissance: day,
  lieu_naissance: z.optional(text),
  /** `27 avenue Pasteur, 93100 Montreuil`. */
  adresse: text,
  email: text,
  impots: z.looseObject({
    numero_fiscal: nif,
    /** The space's password (already created), or the one the persona chooses when creating it. */
    mot_de_passe: text,
    /** `false` when the persona has no espace particulier yet (default: it has one). */
    espace_cree: z.optional(z.boolean()),
    /** On page 1 of the last declaration: 7 digits. */
    numero_acces_en_ligne: z.string().check(z.regex(/^\d{7}$/, 'must be 7 digits, e.g. "4827391"')),
    /** Last year's numéro d'accès en ligne, which the real site also takes (optional). */
    numero_acces_en_ligne_precedent: z.optional(z.string().check(z.regex(/^\d{7}$/, 'must be 7 digits'))),
    /** On page 1 of the last avis d'impôt. */
    revenu_fiscal_reference: euros,
    declaration: z.looseObject({
      /** The year of the income declared (2025 for the return filed in spring 2026). */
      revenus_de: year,
      situation: z.enum(situations),
      /** The deadline of the online declaration (the persona's département). */
      date_limite: day,
      /** What the site pre-fills, by box. */
      pre_rempli: boxes,
      /** The right amounts, by box, for the lessons (what the papers of the card say). */
      montants_justes: z.optional(boxes),
    }),
    /** The avis already received, newest first: at least the last one. */
    avis: z.array(avis).check(z.minLength(1)),
  }),
  conjoint: z.optional(
    z.looseObject({
      prenom: text,
      nom: text,
      naissance: day,
      lieu_naissance: z.optional(text),
      impots: z.optional(z.looseObject({ numero_fiscal: nif })),
    }),
  ),
  enfants: z.optional(z.array(z.looseObject({ prenom: text, naissance: day }))),
});

export type ImpotsPersona = z.infer<typeof impotsPersonaSchema>;
export type TaxNotice = ImpotsPersona['impots']['avis'][number];

/** The persona as the site reads it; throws naming the first wrong field and how to fix it. */
export function impotsPersona(persona: Persona): ImpotsPersona {
  return readPersona(impotsPersonaSchema, persona, 'The impots.gouv practice site');
}

/** Whole euros of a persona amount (`"24 310"` → 24310). */
export const eurosOf = (amount: string | undefined): number => Math.round((parseAmount(amount ?? '') ?? 0) / 100);

/** Whether the two partners declare together (married or PACS). */
export const isCouple = (p: ImpotsPersona) =>
  p.impots.declaration.situation === 'marie' || p.impots.declaration.situation === 'pacse';
