/**
 * Turns a finished run's evidence into its record: how each step was done, nothing typed.
 */
import type { Mode } from '../../lesson/types.ts';
import type { UnitEvidence } from '../evidence.ts';
import type { RunRecord } from './types.ts';

/**
 * The record of a run of `lessonId` started in `mode`, from its evidence; `leftWrong` is kept
 * only when true, `route` only when another route than the step's own target was taken.
 */
export function runRecord(
  lessonId: string,
  mode: Mode,
  evidence: Readonly<Record<string, UnitEvidence>>,
  completedAt: number,
): RunRecord {
  const steps = Object.values(evidence).map((e) => ({
    unit: e.unit,
    ...(e.skill ? { skill: e.skill } : {}),
    mode: e.mode,
    hintRung: e.hintRung,
    wrongActions: e.wrongActions,
    shown: e.shown,
    advisorHelped: e.advisorHelped,
    ...(e.leftWrong ? { leftWrong: true } : {}),
    ...(e.route ? { route: e.route } : {}),
    durationMs: Math.max(0, (e.endedAt ?? completedAt) - e.startedAt),
  }));
  const startedAt = Math.min(completedAt, ...Object.values(evidence).map((e) => e.startedAt));
  return { lessonId, mode, startedAt, completedAt, steps };
}
