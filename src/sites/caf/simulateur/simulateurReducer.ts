/**
 * The prime d'activité simulator being filled in: which page is shown and the answers saved by
 * « Suivant » on each page, kept with the run (`useSiteReducer`, key `caf.simulateur`), and the
 * order of the pages, which depends on the answers (no professional income → not eligible; a
 * couple → the partner's resources).
 */
import * as z from 'zod/mini';

/** The simulator's pages, in order; each is a place of the CAF's navigation map. */
export const simulateurPages = [
  'simulateur-debut',
  'simulateur-revenus',
  'simulateur-non-eligible',
  'simulateur-situation',
  'simulateur-famille',
  'simulateur-logement',
  'simulateur-ressources-vous',
  'simulateur-ressources-conjoint',
  'simulateur-resultat',
] as const;
export type SimulateurPage = (typeof simulateurPages)[number];

/** The adults whose resources are asked, and the three months, oldest first. */
export const simulateurAdults = ['vous', 'conjoint'] as const;
export const simulateurMonths = ['m1', 'm2', 'm3'] as const;
export type SimulateurAdult = (typeof simulateurAdults)[number];
export type SimulateurMonth = (typeof simulateurMonths)[number];

/** The choices of the situation question, the housing question, and Oui / Non. */
export const situations = ['etudiant', 'retraite', 'demandeur-emploi', 'enceinte', 'aucune'] as const;
export const housings = ['locataire', 'proprietaire', 'accedant', 'heberge'] as const;
export const yesNo = ['oui', 'non'] as const;
/** The numbers of dependent children the list offers. */
export const childCounts = ['0', '1', '2', '3', '4', '5', '6'] as const;

/** One month's amounts for one adult, as typed. */
export interface MonthAmounts {
  salaires: string;
  autres: string;
}

/** What the learner answered; empty strings for what was not answered yet. */
export interface SimulateurAnswers {
  codePostal: string;
  dateNaissance: string;
  revenus: '' | (typeof yesNo)[number];
  situation: '' | (typeof situations)[number];
  couple: '' | (typeof yesNo)[number];
  enfants: '' | (typeof childCounts)[number];
  /** Asked of a person alone with children: the youngest is under 3. */
  moinsDe3Ans: '' | (typeof yesNo)[number];
  logement: '' | (typeof housings)[number];
  aideLogement: '' | (typeof yesNo)[number];
  montantAide: string;
  ressources: Record<SimulateurAdult, Record<SimulateurMonth, MonthAmounts>>;
}

export interface SimulateurState {
  page: SimulateurPage;
  answers: SimulateurAnswers;
  /**
   * Valid answers chosen or typed on a page and not sent with « Suivant » yet: the page shows them
   * again after a reload or a visit elsewhere (a wrong value typed is not kept).
   */
  drafts?: Partial<SimulateurAnswers>;
}

export type SimulateurAction =
  /** « Suivant » on a valid page: keep its answers, show the next page. */
  | { type: 'save'; answers: Partial<SimulateurAnswers> }
  | { type: 'previous' }
  | { type: 'go'; page: SimulateurPage }
  /** A valid answer chosen or typed on the page, kept without leaving it. */
  | { type: 'draft'; answers: Partial<SimulateurAnswers> }
  /** « Faire une nouvelle simulation »: every answer cleared, the first page. */
  | { type: 'restart' };

const emptyMonths = (): Record<SimulateurMonth, MonthAmounts> => ({
  m1: { salaires: '', autres: '' },
  m2: { salaires: '', autres: '' },
  m3: { salaires: '', autres: '' },
});

/** A simulation not started yet. */
export function initialSimulateur(): SimulateurState {
  return {
    page: 'simulateur-debut',
    answers: {
      codePostal: '',
      dateNaissance: '',
      revenus: '',
      situation: '',
      couple: '',
      enfants: '',
      moinsDe3Ans: '',
      logement: '',
      aideLogement: '',
      montantAide: '',
      ressources: { vous: emptyMonths(), conjoint: emptyMonths() },
    },
  };
}

const answer = <T extends readonly string[]>(values: T) => z.union([z.literal(''), z.enum(values)]);
const month = z.object({ salaires: z.string(), autres: z.string() });
const months = z.object({ m1: month, m2: month, m3: month });

/** The answers' shape, for a restored simulation. */
const answersSchema = z.object({
  codePostal: z.string(),
  dateNaissance: z.string(),
  revenus: answer(yesNo),
  situation: answer(situations),
  couple: answer(yesNo),
  enfants: answer(childCounts),
  moinsDe3Ans: answer(yesNo),
  logement: answer(housings),
  aideLogement: answer(yesNo),
  montantAide: z.string(),
  ressources: z.object({ vous: months, conjoint: months }),
});

/** Checks a simulation restored after a reload (`useSiteReducer`). */
export const simulateurSchema = z.object({
  page: z.enum(simulateurPages),
  answers: answersSchema,
  drafts: z.optional(z.partial(answersSchema)),
});

/** The pages of this simulation, in the order « Suivant » shows them. */
export function pagesOf(answers: SimulateurAnswers): SimulateurPage[] {
  if (answers.revenus === 'non') return ['simulateur-debut', 'simulateur-revenus', 'simulateur-non-eligible'];
  return [
    'simulateur-debut',
    'simulateur-revenus',
    'simulateur-situation',
    'simulateur-famille',
    'simulateur-logement',
    'simulateur-ressources-vous',
    ...(answers.couple === 'oui' ? (['simulateur-ressources-conjoint'] as const) : []),
    'simulateur-resultat',
  ];
}

function step(state: SimulateurState, by: 1 | -1): SimulateurPage {
  const pages = pagesOf(state.answers);
  return pages[pages.indexOf(state.page) + by] ?? state.page;
}

/** Applies a learner's move. */
export function simulateurReducer(state: SimulateurState, action: SimulateurAction): SimulateurState {
  switch (action.type) {
    case 'save': {
      const drafts = Object.fromEntries(
        Object.entries(state.drafts ?? {}).filter(([key]) => !(key in action.answers)),
      ) as Partial<SimulateurAnswers>;
      const saved = { ...state, answers: { ...state.answers, ...action.answers }, drafts };
      return { ...saved, page: step(saved, 1) };
    }
    case 'draft':
      return { ...state, drafts: { ...state.drafts, ...action.answers } };
    case 'previous':
      return { ...state, page: step(state, -1) };
    case 'go':
      return { ...state, page: action.page };
    case 'restart':
      return initialSimulateur();
  }
}

/**
 * The flags the CAF site's root shows for the simulator (`data-flags`), on which its map's links
 * depend: `simulateur-sans-revenus` once « Non » is kept on the professional-income page,
 * `simulateur-couple` once « Oui » is kept on the family page.
 */
export function simulateurFlags(state: SimulateurState): string[] {
  return [
    ...(state.answers.revenus === 'non' ? ['simulateur-sans-revenus'] : []),
    ...(state.answers.couple === 'oui' ? ['simulateur-couple'] : []),
  ];
}
