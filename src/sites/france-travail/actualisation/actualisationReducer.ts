/**
 * The monthly update being filled in: the page, the answers, each contract as typed, and, once
 * « Valider » is accepted, what was sent (after which nothing can be changed online).
 */
import * as z from 'zod/mini';
import { questionIds, type Answer, type QuestionId } from './questions.ts';

/** The update's pages, in order (`fin-recherche` only after « Non » to « toujours à la recherche »). */
export const actualisationPages = ['questions', 'fin-recherche', 'employeurs', 'recapitulatif'] as const;
export type ActualisationPage = (typeof actualisationPages)[number];

/** The most employers one update lists (« Ajouter un autre employeur »). */
export const maxEmployers = 5;

/** One contract as the learner typed it. */
export interface TypedContract {
  employer: string;
  hours: string;
  gross: string;
}

/** One contract as it was sent. */
export interface SentContract {
  employer: string;
  hours: number;
  /** Gross pay (montant brut), in cents. */
  cents: number;
}

/** What « Valider » sent. */
export interface SentActualisation {
  /** Practice time of « Valider ». */
  at: number;
  /** `novembre 2026`. */
  month: string;
  answers: Record<QuestionId, Answer>;
  contracts: SentContract[];
}

export interface ActualisationState {
  page: ActualisationPage;
  answers: Partial<Record<QuestionId, Answer>>;
  contracts: TypedContract[];
  submitted: SentActualisation | null;
  /** Practice only: the update was made again after « Refaire l'actualisation ». */
  redone?: boolean;
}

export type ActualisationAction =
  | { type: 'go'; page: ActualisationPage }
  | { type: 'answer'; question: QuestionId; answer: Answer }
  | { type: 'contract'; index: number; field: keyof TypedContract; value: string }
  | { type: 'add-contract' }
  | { type: 'remove-contract'; index: number }
  | { type: 'submit'; sent: SentActualisation }
  /** Practice only: a validated update is made again (« Refaire l'actualisation »). */
  | { type: 'redo' }
  /** The learner left the update: coming back starts at the questions, answers kept. */
  | { type: 'leave' };

const emptyContract: TypedContract = { employer: '', hours: '', gross: '' };

/** A fresh update, with the answers France Travail already knows. */
export function initialActualisation(prefilled: Partial<Record<QuestionId, Answer>> = {}): ActualisationState {
  return { page: 'questions', answers: { ...prefilled }, contracts: [emptyContract], submitted: null };
}

export function actualisationReducer(state: ActualisationState, action: ActualisationAction): ActualisationState {
  switch (action.type) {
    case 'go':
      return { ...state, page: action.page };
    case 'answer':
      return { ...state, answers: { ...state.answers, [action.question]: action.answer } };
    case 'contract':
      return {
        ...state,
        contracts: state.contracts.map((c, i) => (i === action.index ? { ...c, [action.field]: action.value } : c)),
      };
    case 'add-contract':
      return state.contracts.length >= maxEmployers
        ? state
        : { ...state, contracts: [...state.contracts, emptyContract] };
    case 'remove-contract':
      return state.contracts.length <= 1
        ? state
        : { ...state, contracts: state.contracts.filter((_, i) => i !== action.index) };
    case 'submit':
      return { ...state, submitted: action.sent };
    case 'redo':
      return { ...state, submitted: null, page: 'questions', redone: true };
    case 'leave':
      return state.page === 'questions' ? state : { ...state, page: 'questions' };
  }
}

/** Whether the learner declared work this month (the employers' page is asked). */
export function declaresWork(state: Pick<ActualisationState, 'answers'>): boolean {
  return state.answers.travail === 'oui';
}

const answer = z.enum(['oui', 'non']);
const contract = z.object({ employer: z.string(), hours: z.string(), gross: z.string() });

/** Checks an update restored after a reload (`useSiteReducer`). */
export const actualisationSchema = z.object({
  page: z.enum(actualisationPages),
  answers: z.partialRecord(z.enum(questionIds), answer),
  contracts: z.array(contract).check(z.minLength(1), z.maxLength(maxEmployers)),
  redone: z.optional(z.boolean()),
  submitted: z.nullable(
    z.object({
      at: z.number(),
      month: z.string(),
      answers: z.record(z.enum(questionIds), answer),
      contracts: z.array(
        z.object({ employer: z.string(), hours: z.int(), cents: z.int().check(z.gte(0), z.lt(100_000_000)) }),
      ),
    }),
  ),
});

/** The key the update is kept under with the run. */
export const actualisationKey = 'france-travail.actualisation';
