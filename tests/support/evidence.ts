/** Evidence of finished units for tests: done alone, without help, unless `facts` say otherwise. */
import type { UnitEvidence } from '../../src/engine/evidence.ts';

export function doneEvidence(unit: string, skill: string | undefined, facts: Partial<UnitEvidence> = {}): UnitEvidence {
  return {
    unit,
    ...(skill === undefined ? {} : { skill }),
    mode: 'alone',
    hintRung: 0,
    wrongActions: 0,
    shown: false,
    advisorHelped: false,
    startedAt: 0,
    endedAt: 1000,
    done: true,
    ...facts,
  };
}
