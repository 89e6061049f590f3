/**
 * The prime d'activité claim made from Mon Compte: which page is shown and what each page saved
 * with « Suivant » (kept with the run: `useSiteReducer`, key `caf.demande`), the payslips sent,
 * and the claim once « Valider » is pressed. A page's fields live in the page until « Suivant »
 * accepts them, so a refused value is never kept.
 */
import * as z from 'zod/mini';
import type { PracticeFile } from '../../../lesson/practiceFiles.ts';
import { practiceFileFormats } from '../../../lesson/practiceFiles.ts';

/** The claim's pages, in order; each is a place of the CAF's navigation map. */
export const demandePages = [
  'demande-liste',
  'demande-intro',
  'demande-foyer',
  'demande-ressources-vous',
  'demande-ressources-conjoint',
  'demande-banque',
  'demande-justificatifs',
  'demande-recapitulatif',
  'demande-confirmation',
] as const;
export type DemandePage = (typeof demandePages)[number];

/** The adults whose resources are asked, the three months (oldest first) and the lines of a month. */
export const demandeMembers = ['vous', 'conjoint'] as const;
export const demandeMonths = ['m1', 'm2', 'm3'] as const;
export const demandeLines = ['salaires', 'independant', 'chomage'] as const;
export type DemandeMember = (typeof demandeMembers)[number];
export type DemandeMonth = (typeof demandeMonths)[number];
export type DemandeLine = (typeof demandeLines)[number];

/** One month of one adult, as typed (`''`: nothing received). */
export type MonthLines = Record<DemandeLine, string>;
export type MemberResources = Record<DemandeMonth, MonthLines>;

export interface DemandeState {
  page: DemandePage;
  /** « Ces informations sont-elles exactes ? » on the household page. */
  foyerExact: '' | 'oui' | 'non';
  ressources: Record<DemandeMember, MemberResources>;
  iban: string;
  bic: string;
  /** The payslips added, in order. */
  fichiers: PracticeFile[];
  /** Once « Valider » is accepted. */
  submitted: { reference: string; at: number } | null;
  /** Practice only: made again after « Refaire la demande », with what was sent kept. */
  redone?: boolean;
}

export type DemandeAction =
  | { type: 'go'; page: DemandePage }
  /** « Suivant » on a valid page: keep what it holds, show `next`. */
  | {
      type: 'save';
      values: Partial<Pick<DemandeState, 'foyerExact' | 'ressources' | 'iban' | 'bic'>>;
      next: DemandePage;
    }
  | { type: 'add-file'; file: PracticeFile }
  | { type: 'remove-file'; index: number }
  | { type: 'submit'; reference: string; at: number }
  /** Practice only: the claim made again from the start. */
  | { type: 'redo' };

const emptyMonths = (): MemberResources => ({
  m1: { salaires: '', independant: '', chomage: '' },
  m2: { salaires: '', independant: '', chomage: '' },
  m3: { salaires: '', independant: '', chomage: '' },
});

/** A claim not started. */
export function initialDemande(): DemandeState {
  return {
    page: 'demande-liste',
    foyerExact: '',
    ressources: { vous: emptyMonths(), conjoint: emptyMonths() },
    iban: '',
    bic: '',
    fichiers: [],
    submitted: null,
  };
}

const month = z.object({ salaires: z.string(), independant: z.string(), chomage: z.string() });
const months = z.object({ m1: month, m2: month, m3: month });
const file = z.object({
  name: z.string(),
  format: z.enum(practiceFileFormats),
  sizeKb: z.number(),
  pages: z.number(),
  quality: z.enum(['nette', 'floue']),
  description: z.string(),
});

/** Checks a claim restored after a reload (`useSiteReducer`). */
export const demandeSchema = z.object({
  page: z.enum(demandePages),
  foyerExact: z.enum(['', 'oui', 'non']),
  ressources: z.object({ vous: months, conjoint: months }),
  iban: z.string(),
  bic: z.string(),
  fichiers: z.array(file),
  submitted: z.nullable(z.object({ reference: z.string(), at: z.number() })),
  redone: z.optional(z.boolean()),
});

/** The most files one claim takes. */
export const maxFiles = 5;

/** Applies a learner's move. */
export function demandeReducer(state: DemandeState, action: DemandeAction): DemandeState {
  switch (action.type) {
    case 'go':
      return { ...state, page: action.page };
    case 'save':
      return { ...state, ...action.values, page: action.next };
    case 'add-file':
      return state.fichiers.length >= maxFiles ? state : { ...state, fichiers: [...state.fichiers, action.file] };
    case 'remove-file':
      return { ...state, fichiers: state.fichiers.filter((_, i) => i !== action.index) };
    case 'submit':
      return { ...state, submitted: { reference: action.reference, at: action.at }, page: 'demande-confirmation' };
    case 'redo':
      // What was sent stays in the pages, as the declaration's « Refaire » does.
      return { ...state, submitted: null, redone: true, page: 'demande-intro' };
  }
}

/**
 * The flags the CAF site's root shows for the claim (`data-flags`), on which its map's links
 * depend: `demande-envoyee` once « Valider » was accepted; `demande-refaite` while it is made
 * again after « Refaire la demande » (practice only).
 */
export function demandeFlags(state: DemandeState): string[] {
  if (state.submitted) return ['demande-envoyee'];
  return state.redone ? ['demande-refaite'] : [];
}
