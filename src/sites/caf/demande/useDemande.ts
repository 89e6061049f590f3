/**
 * The claim's state kept with the run (`useSiteReducer`, key `caf.demande`), and the flags the
 * CAF site's root must show for it (`demandeFlags`, and `demande-couple` for a couple).
 */
import type { Dispatch } from 'react';
import { useSiteReducer } from '../../framework/useSiteReducer.ts';
import {
  demandeFlags,
  demandeReducer,
  demandeSchema,
  initialDemande,
  type DemandeAction,
  type DemandeState,
} from './demandeReducer.ts';

export interface DemandeStore {
  state: DemandeState;
  dispatch: Dispatch<DemandeAction>;
  flags: string[];
}

/** The claim in progress; `couple` adds the partner's page (and the flag `demande-couple`). */
export function useDemande(couple: boolean): DemandeStore {
  const [state, dispatch] = useSiteReducer('caf.demande', demandeReducer, initialDemande, demandeSchema);
  return { state, dispatch, flags: [...demandeFlags(state), ...(couple ? ['demande-couple'] : [])] };
}
