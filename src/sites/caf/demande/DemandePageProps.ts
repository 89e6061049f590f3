/** What every form page of the claim receives. */
import type { Dispatch } from 'react';
import type { Household } from './demandeHousehold.ts';
import type { DemandeAction, DemandePage, DemandeState } from './demandeReducer.ts';

export interface DemandePageProps {
  state: DemandeState;
  dispatch: Dispatch<DemandeAction>;
  household: Household;
  /** The three months asked about, oldest first (`Juillet 2026`…). */
  months: readonly [string, string, string];
  /** This page's place among the form's pages and their number. */
  step: { step: number; steps: number };
  /** The pages « Précédent » and « Suivant » lead to. */
  previous: DemandePage;
  next: DemandePage;
}
