/**
 * The simulator's state kept with the run (`useSiteReducer`, key `caf.simulateur`), and the flags
 * the CAF site's root must show for it (`simulateurFlags`). The CAF site calls it to know the
 * flags and to open the first page from « Faire une simulation »; `Simulateur` calls it alone.
 */
import type { Dispatch } from 'react';
import { useSiteReducer } from '../../framework/useSiteReducer.ts';
import {
  initialSimulateur,
  simulateurFlags,
  simulateurReducer,
  simulateurSchema,
  type SimulateurAction,
  type SimulateurState,
} from './simulateurReducer.ts';

/** The simulation in progress, its dispatch, and its flags. */
export interface SimulateurStore {
  state: SimulateurState;
  dispatch: Dispatch<SimulateurAction>;
  flags: string[];
}

export function useSimulateur(): SimulateurStore {
  const [state, dispatch] = useSiteReducer('caf.simulateur', simulateurReducer, initialSimulateur, simulateurSchema);
  return { state, dispatch, flags: simulateurFlags(state) };
}
