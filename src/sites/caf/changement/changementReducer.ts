/**
 * « Déclarer un changement de situation », being filled in: the change chosen, the details saved
 * by « Suivant » for each kind of change, the proof kept for each, the step shown, and the
 * declarations sent (newest first, for Mon profil and the receipt). Kept with the run
 * (`useSiteReducer`, key `caf.changement`).
 */
import * as z from 'zod/mini';
import { practiceFileFormats, type PracticeFile } from '../../../lesson/practiceFiles.ts';

/** The changes the practice copy declares. */
export const changementTypes = ['demenagement', 'naissance', 'couple', 'emploi'] as const;
export type ChangementType = (typeof changementTypes)[number];

/** The steps of a declaration; the details, proof and summary are one page per kind of change. */
export const changementSteps = ['choix', 'details', 'justificatif', 'recap', 'confirmation'] as const;
export type ChangementStep = (typeof changementSteps)[number];

/** The fields of each change, as typed (French keys as on the form). */
export const changementFields = {
  demenagement: ['adresse', 'codePostal', 'commune', 'date', 'logement', 'loyer'],
  naissance: ['nom', 'prenoms', 'sexe', 'date'],
  couple: ['nom', 'prenom', 'nir', 'date'],
  emploi: ['employeur', 'date'],
} as const satisfies Record<ChangementType, readonly string[]>;
export type ChangementField<T extends ChangementType = ChangementType> = (typeof changementFields)[T][number];
/** What was typed for one change. */
export type ChangementDetails = Readonly<Record<string, string>>;

/** A declaration sent. */
export interface SentChangement {
  type: ChangementType;
  details: ChangementDetails;
  /** The proof's file name. */
  proof: string;
  reference: string;
  at: number;
}

export interface ChangementState {
  step: ChangementStep;
  type: '' | ChangementType;
  /** Details kept by a valid « Suivant », by change. */
  details: Partial<Record<ChangementType, ChangementDetails>>;
  /**
   * What the details page shows, as typed (kept with the run, so a reload keeps it); opening the
   * page again brings back the details last kept, if any.
   */
  drafts: Partial<Record<ChangementType, ChangementDetails>>;
  proofs: Partial<Record<ChangementType, PracticeFile>>;
  sent: readonly SentChangement[];
}

export type ChangementAction =
  /** « Modifier » on Mon profil, or « Déclarer un changement »: the choice of the change. */
  | { type: 'open' }
  | { type: 'choose'; value: ChangementType }
  /** « Suivant » on the choice, with a change chosen. */
  | { type: 'start' }
  | { type: 'draft'; field: string; value: string }
  | { type: 'save-details'; details: ChangementDetails }
  | { type: 'proof'; file: PracticeFile | null }
  /** « Suivant » on the proof page, with a file kept. */
  | { type: 'to-recap' }
  | { type: 'previous' }
  /** « Modifier » on the summary. */
  | { type: 'modify' }
  | { type: 'submit'; reference: string; at: number }
  /** « Revoir l'accusé de réception », once a declaration is sent. */
  | { type: 'show-confirmation' };

export const initialChangement: ChangementState = {
  step: 'choix',
  type: '',
  details: {},
  drafts: {},
  proofs: {},
  sent: [],
};

const file = z.object({
  name: z.string(),
  format: z.enum(practiceFileFormats),
  sizeKb: z.number(),
  pages: z.number(),
  quality: z.enum(['nette', 'floue']),
  description: z.string(),
});
const details = z.record(z.string(), z.string());
const perType = (schema: z.ZodMiniType) =>
  z.object({
    demenagement: z.optional(schema),
    naissance: z.optional(schema),
    couple: z.optional(schema),
    emploi: z.optional(schema),
  });

/** Checks a declaration restored after a reload (`useSiteReducer`). */
export const changementSchema = z.object({
  step: z.enum(changementSteps),
  type: z.union([z.literal(''), z.enum(changementTypes)]),
  details: perType(details),
  drafts: perType(details),
  proofs: perType(file),
  sent: z.array(
    z.object({
      type: z.enum(changementTypes),
      details,
      proof: z.string(),
      reference: z.string(),
      at: z.number(),
    }),
  ),
}) as unknown as z.ZodMiniType<ChangementState>;

/** `record` without `key`. */
function without<V>(
  record: Partial<Record<ChangementType, V>>,
  key: ChangementType,
): Partial<Record<ChangementType, V>> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key)) as Partial<Record<ChangementType, V>>;
}

const back: Partial<Record<ChangementStep, ChangementStep>> = {
  details: 'choix',
  justificatif: 'details',
  recap: 'justificatif',
};

/** The details page of the change chosen, opened again: its drafts are the details last kept. */
function openDetails(state: ChangementState, type: ChangementType): ChangementState {
  const kept = state.details[type];
  return { ...state, step: 'details', drafts: kept ? { ...state.drafts, [type]: kept } : state.drafts };
}

/** Applies a learner's move; a move that makes no sense in the current state changes nothing. */
export function changementReducer(state: ChangementState, action: ChangementAction): ChangementState {
  const type = state.type;
  switch (action.type) {
    case 'open':
      return { ...state, step: 'choix' };
    case 'choose':
      return { ...state, type: action.value };
    case 'start':
      return type ? openDetails(state, type) : state;
    case 'draft': {
      if (!type) return state;
      const draft = { ...(state.drafts[type] ?? state.details[type]), [action.field]: action.value };
      return { ...state, drafts: { ...state.drafts, [type]: draft } };
    }
    case 'save-details':
      return type ? { ...state, step: 'justificatif', details: { ...state.details, [type]: action.details } } : state;
    case 'proof': {
      if (!type) return state;
      const proofs = action.file ? { ...state.proofs, [type]: action.file } : without(state.proofs, type);
      return { ...state, proofs };
    }
    case 'to-recap':
      return type && state.proofs[type] && state.details[type] ? { ...state, step: 'recap' } : state;
    case 'previous': {
      const step = back[state.step] ?? state.step;
      return step === 'details' && type ? openDetails(state, type) : { ...state, step };
    }
    case 'modify':
      return type ? openDetails(state, type) : state;
    case 'submit': {
      const kept = type ? state.details[type] : undefined;
      const proof = type ? state.proofs[type] : undefined;
      if (!type || !kept || !proof) return state;
      const details = without(state.details, type);
      const proofs = without(state.proofs, type);
      const drafts = without(state.drafts, type);
      const sent: SentChangement = {
        type,
        details: kept,
        proof: proof.name,
        reference: action.reference,
        at: action.at,
      };
      return { step: 'confirmation', type: '', details, drafts, proofs, sent: [sent, ...state.sent] };
    }
    case 'show-confirmation':
      return state.sent.length ? { ...state, step: 'confirmation' } : state;
  }
}

/** The place of the navigation map the learner is on (`data-place`). */
export function changementPlace(state: ChangementState): string {
  if (state.step === 'confirmation' && state.sent.length) return 'changement-confirmation';
  if (state.step === 'choix' || !state.type) return 'changement-choix';
  if (state.step === 'details') return `changement-${state.type}`;
  return `changement-${state.type}-${state.step === 'recap' ? 'recap' : 'justificatif'}`;
}

/**
 * The flags the CAF site's root shows for the declaration (`data-flags`), on which the map's links
 * depend: `changement-<type>` for the change chosen, `changement-<type>-saved` once its details are
 * kept, `changement-<type>-justificatif` once its proof is, `changement-envoye` once one is sent.
 */
export function changementFlags(state: ChangementState): string[] {
  return [
    ...(state.type ? [`changement-${state.type}`] : []),
    ...changementTypes.flatMap((t) => [
      ...(state.details[t] ? [`changement-${t}-saved`] : []),
      ...(state.proofs[t] ? [`changement-${t}-justificatif`] : []),
    ]),
    ...(state.sent.length ? ['changement-envoye'] : []),
  ];
}
