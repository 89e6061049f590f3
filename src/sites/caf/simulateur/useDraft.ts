/**
 * One answer of a simulator page, as the learner chooses or types it: shown at once, and kept with
 * the run as a draft (`draft` action) when it is valid, so that a reload or a visit elsewhere
 * brings it back; a wrong value typed stays on the page only.
 */
import { useState, type Dispatch } from 'react';
import type { SimulateurAction, SimulateurAnswers } from './simulateurReducer.ts';

type Key = Exclude<keyof SimulateurAnswers, 'ressources'>;

/** `[value, set]` for the answer `key`, starting from `answers` (the saved answers and drafts). */
export function useDraft<K extends Key>(
  key: K,
  answers: SimulateurAnswers,
  dispatch: Dispatch<SimulateurAction>,
  isValid: (value: SimulateurAnswers[K]) => boolean = () => true,
): [SimulateurAnswers[K], (value: string) => void] {
  const [value, setValue] = useState(answers[key]);
  const set = (typed: string) => {
    const next = typed as SimulateurAnswers[K];
    setValue(next);
    if (isValid(next)) dispatch({ type: 'draft', answers: { [key]: next } });
  };
  return [value, set];
}
