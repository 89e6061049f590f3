/** The attestation asked for in this run (when, and for whom), kept with the run so that a reload shows it again. */
import * as z from 'zod/mini';
import { beneficiaires, type Beneficiaires } from '../targets.ts';

export interface AttestationState {
  /** When it was made (ms, practice clock); `null` before the first request. */
  at: number | null;
  who: Beneficiaires;
}

export type AttestationAction = { type: 'made'; at: number; who: Beneficiaires };

export const attestationSchema = z.object({ at: z.nullable(z.number()), who: z.enum(beneficiaires) });

export const initialAttestation: AttestationState = { at: null, who: 'assure' };

/** Records the attestation made. */
export function attestationReducer(_state: AttestationState, action: AttestationAction): AttestationState {
  return { at: action.at, who: action.who };
}
