/**
 * When to offer help — never impose it: after several wrong actions on a step, or a long pause
 * on it. The learner decides whether to take it.
 */
import { useEffect, useState } from 'react';
import type { Mode } from '../lesson/types.ts';

/** Wrong actions on one step before help is offered (default: 2 in Guided, 3 in Alone). */
export const offerAfterWrong: Record<Mode, number> = { watch: Infinity, guided: 2, alone: 3 };
/** Pause on one step before help is offered (default: 45 s in Guided, 90 s in Alone). */
export const offerAfterPauseMs: Record<Mode, number> = { watch: Infinity, guided: 45_000, alone: 90_000 };

/** Whether help should be offered now on `unit`; the pause restarts with every wrong action. */
export function useOfferedHelp(unit: string, wrongActions: number, mode: Mode): boolean {
  const [paused, setPaused] = useState<string | null>(null);
  useEffect(() => {
    const delay = offerAfterPauseMs[mode];
    if (!Number.isFinite(delay)) return;
    const timer = setTimeout(() => setPaused(unit), delay);
    return () => clearTimeout(timer);
  }, [unit, wrongActions, mode]);
  return wrongActions >= offerAfterWrong[mode] || paused === unit;
}
