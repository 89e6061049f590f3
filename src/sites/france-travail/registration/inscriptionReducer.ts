/**
 * The learner's registration, kept with the run (`useSiteReducer('france-travail.inscription')`):
 * the eligibility answers, the personal space created in this run, the form's values as typed,
 * the draft last saved (with its practice date) and, once sent, the appointment chosen.
 */
import * as z from 'zod/mini';
import { isDraftExpired } from './draft.ts';
import { formSteps, type FormStep } from './formSteps.ts';

/** The personal space created in this run: `pending` until the link in the e-mail is opened. */
export interface Compte {
  status: 'none' | 'pending' | 'active';
  email: string;
  password: string;
  /** The identifier the site gave (7 digits and a letter). */
  identifiant: string;
  /** The id of the activation link last sent (`PracticeMailLink.id`). */
  linkId: string;
  /** The last link was opened too late (or the lesson made it expire): a new one is needed. */
  linkExpired: boolean;
}

/** What was saved by « Enregistrer et quitter » or by a step completed. */
export interface Draft {
  values: Record<string, string>;
  step: FormStep;
  reached: FormStep[];
  /** Practice time of the save. */
  savedAt: number;
}

/** The registration once sent: when, and the appointment of the convocation. */
export interface Submitted {
  at: number;
  /** Practice time of the appointment. */
  slotAt: number;
  agence: string;
  adresse: string;
}

export interface InscriptionState {
  eligibilite: Record<string, string>;
  compte: Compte;
  /** The form's fields as typed, by field id (`nom`, `code-postal`…). */
  values: Record<string, string>;
  /** The step shown last: « Reprendre mon inscription » comes back to it. */
  step: FormStep;
  /** The steps reached so far (the stepper links to them). */
  reached: FormStep[];
  draft: Draft | null;
  /** The draft was deleted after 15 days: the espace says so once. */
  draftExpired: boolean;
  submitted: Submitted | null;
}

export type InscriptionAction =
  | { type: 'eligibilite'; field: string; value: string }
  | { type: 'create-account'; email: string; password: string; identifiant: string; linkId: string }
  | { type: 'link-sent'; linkId: string }
  | { type: 'link-expired' }
  | { type: 'activate' }
  | { type: 'set'; field: string; value: string }
  | { type: 'step'; step: FormStep }
  | { type: 'save'; at: number }
  | { type: 'signed-out' }
  | { type: 'session-start'; now: number }
  | { type: 'start-again' }
  | { type: 'submit'; submitted: Submitted };

const emptyCompte: Compte = {
  status: 'none',
  email: '',
  password: '',
  identifiant: '',
  linkId: '',
  linkExpired: false,
};

export const initialInscription: InscriptionState = {
  eligibilite: {},
  compte: emptyCompte,
  values: {},
  step: 'donnees',
  reached: ['donnees'],
  draft: null,
  draftExpired: false,
  submitted: null,
};

const step = z.enum(formSteps);
const texts = z.record(z.string(), z.string());

/** Checks a registration restored after a reload. */
export const inscriptionSchema = z.object({
  eligibilite: texts,
  compte: z.object({
    status: z.enum(['none', 'pending', 'active']),
    email: z.string(),
    password: z.string(),
    identifiant: z.string(),
    linkId: z.string(),
    linkExpired: z.boolean(),
  }),
  values: texts,
  step,
  reached: z.array(step),
  draft: z.nullable(z.object({ values: texts, step, reached: z.array(step), savedAt: z.number() })),
  draftExpired: z.boolean(),
  submitted: z.nullable(z.object({ at: z.number(), slotAt: z.number(), agence: z.string(), adresse: z.string() })),
});

const withStep = (reached: FormStep[], added: FormStep) => (reached.includes(added) ? reached : [...reached, added]);

/** A form started afresh: only the space's e-mail address is there. */
const fresh = (state: InscriptionState): Pick<InscriptionState, 'values' | 'step' | 'reached'> => ({
  values: state.compte.email ? { email: state.compte.email } : {},
  step: 'donnees',
  reached: ['donnees'],
});

/** The registration after `action`. */
export function inscriptionReducer(state: InscriptionState, action: InscriptionAction): InscriptionState {
  switch (action.type) {
    case 'eligibilite':
      return { ...state, eligibilite: { ...state.eligibilite, [action.field]: action.value } };
    case 'create-account':
      return {
        ...state,
        compte: {
          status: 'pending',
          email: action.email,
          password: action.password,
          identifiant: action.identifiant,
          linkId: action.linkId,
          linkExpired: false,
        },
        // The address given for the space is the form's e-mail, until the learner changes it.
        values: { ...state.values, email: state.values.email ?? action.email },
      };
    case 'link-sent':
      return { ...state, compte: { ...state.compte, linkId: action.linkId, linkExpired: false } };
    case 'link-expired':
      return { ...state, compte: { ...state.compte, linkExpired: true } };
    case 'activate':
      return { ...state, compte: { ...state.compte, status: 'active', linkExpired: false } };
    case 'set':
      return { ...state, values: { ...state.values, [action.field]: action.value } };
    case 'step':
      return { ...state, step: action.step, reached: withStep(state.reached, action.step) };
    case 'save':
      return {
        ...state,
        draft: { values: state.values, step: state.step, reached: state.reached, savedAt: action.at },
      };
    case 'signed-out': {
      // What was typed since the last save is lost, as on the real site.
      const { draft } = state;
      if (state.submitted) return state;
      return draft
        ? { ...state, values: draft.values, step: draft.step, reached: draft.reached }
        : { ...state, ...fresh(state) };
    }
    case 'session-start':
      if (!state.draft || state.submitted || !isDraftExpired(state.draft.savedAt, action.now)) return state;
      return { ...state, ...fresh(state), draft: null, draftExpired: true };
    case 'start-again':
      return { ...state, draftExpired: false };
    case 'submit':
      return { ...state, submitted: action.submitted, draft: null };
  }
}
