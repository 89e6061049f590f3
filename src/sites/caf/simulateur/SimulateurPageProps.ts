/** What every question page of the simulator receives. */
import type { Dispatch } from 'react';
import type { SimulateurAction, SimulateurAnswers } from './simulateurReducer.ts';

export interface SimulateurPageProps {
  answers: SimulateurAnswers;
  dispatch: Dispatch<SimulateurAction>;
  /** This page's place among the simulation's pages (1-based) and their number. */
  step: number;
  steps: number;
  /** The practice day, for the date checks. */
  today: Date;
  /** The three months asked about, oldest first (`Août 2026`…). */
  months: readonly [string, string, string];
}
