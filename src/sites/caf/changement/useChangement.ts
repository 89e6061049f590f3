/**
 * The declaration of a change kept with the run (`useSiteReducer`, key `caf.changement`), its
 * dispatch, the flags the CAF site's root shows for it and the place it is on.
 */
import type { Dispatch } from 'react';
import { useSiteReducer } from '../../framework/useSiteReducer.ts';
import {
  changementFlags,
  changementPlace,
  changementReducer,
  changementSchema,
  initialChangement,
  type ChangementAction,
  type ChangementState,
} from './changementReducer.ts';

export interface ChangementStore {
  state: ChangementState;
  dispatch: Dispatch<ChangementAction>;
  flags: string[];
  place: string;
}

export function useChangement(): ChangementStore {
  const [state, dispatch] = useSiteReducer(
    'caf.changement',
    changementReducer,
    () => initialChangement,
    changementSchema,
  );
  return { state, dispatch, flags: changementFlags(state), place: changementPlace(state) };
}
