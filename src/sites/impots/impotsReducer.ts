/**
 * What the learner did on the impots.gouv site, kept with the run: the espace particulier created
 * here (waiting for its activation link, or active) and the declaration (the amounts typed, the
 * address changed, signed or not). Leaving the declaration keeps it: it is taken up where it was.
 */
import * as z from 'zod/mini';
import { incomeBoxes, type IncomeBox } from './impotsPersona.ts';

export interface CreatedSpace {
  status: 'none' | 'pending' | 'active';
  email: string;
  password: string;
  /** The id of the last activation link sent (`PracticeMailLink.id`), empty when none. */
  linkId: string;
  /** The last link was opened after it expired: a new one is needed. */
  linkExpired: boolean;
}

export interface Address {
  voie: string;
  codePostal: string;
  commune: string;
}

export interface Signature {
  /** Practice time of « Signer ». */
  at: number;
  /** « Numéro de déclaration » of the acknowledgement. */
  numero: string;
}

export interface DeclarationState {
  started: boolean;
  /** The amounts as typed, by box; a box absent keeps its pre-filled amount. */
  amounts: Partial<Record<IncomeBox, string>>;
  /** The boxes the learner added with « Ajouter des revenus » (not pre-filled), in the order added. */
  added: IncomeBox[];
  /** The address as changed on page 1; `null`: the persona's. */
  address: Address | null;
  signed: Signature | null;
  /** A signed declaration was reopened with « Corriger ». */
  corrected: boolean;
}

export interface ImpotsState {
  space: CreatedSpace;
  declaration: DeclarationState;
}

export type ImpotsAction =
  | { type: 'create-space'; email: string; password: string; linkId: string }
  | { type: 'link-sent'; linkId: string }
  | { type: 'link-expired' }
  | { type: 'activate' }
  | { type: 'start-declaration' }
  | { type: 'amount'; box: IncomeBox; text: string }
  | { type: 'add-box'; box: IncomeBox }
  | { type: 'address'; address: Address }
  | { type: 'sign'; signature: Signature }
  | { type: 'correct' };

export const initialImpots: ImpotsState = {
  space: { status: 'none', email: '', password: '', linkId: '', linkExpired: false },
  declaration: { started: false, amounts: {}, added: [], address: null, signed: null, corrected: false },
};

const address = z.object({ voie: z.string(), codePostal: z.string(), commune: z.string() });
/** Checks a state restored after a reload. */
export const impotsStateSchema = z.object({
  space: z.object({
    status: z.enum(['none', 'pending', 'active']),
    email: z.string(),
    password: z.string(),
    linkId: z.string(),
    linkExpired: z.boolean(),
  }),
  declaration: z.object({
    started: z.boolean(),
    amounts: z.partialRecord(z.enum(incomeBoxes), z.string()),
    // A run kept before « Ajouter des revenus » existed has no added boxes.
    added: z._default(z.array(z.enum(incomeBoxes)), () => []),
    address: z.nullable(address),
    signed: z.nullable(z.object({ at: z.number(), numero: z.string() })),
    corrected: z.boolean(),
  }),
});

/** The next state after `action`. */
export function impotsReducer(state: ImpotsState, action: ImpotsAction): ImpotsState {
  const declaration = (change: Partial<DeclarationState>) => ({
    ...state,
    declaration: { ...state.declaration, ...change },
  });
  switch (action.type) {
    case 'create-space':
      return {
        ...state,
        space: {
          status: 'pending',
          email: action.email,
          password: action.password,
          linkId: action.linkId,
          linkExpired: false,
        },
      };
    case 'link-sent':
      return { ...state, space: { ...state.space, linkId: action.linkId, linkExpired: false } };
    case 'link-expired':
      return { ...state, space: { ...state.space, linkExpired: true } };
    case 'activate':
      return { ...state, space: { ...state.space, status: 'active' } };
    case 'start-declaration':
      return declaration({ started: true });
    case 'amount':
      return declaration({ amounts: { ...state.declaration.amounts, [action.box]: action.text } });
    case 'add-box':
      return state.declaration.added.includes(action.box)
        ? state
        : declaration({ added: [...state.declaration.added, action.box] });
    case 'address':
      return declaration({ address: action.address });
    case 'sign':
      return declaration({ signed: action.signature, corrected: false });
    case 'correct':
      return declaration({ signed: null, corrected: true });
  }
}
