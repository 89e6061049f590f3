// @vitest-environment node
/**
 * A value left wrong is kept in the run's record and in storage: `runRecord` carries
 * `leftWrong` when true (and only then), the stored document keeps it when read back, data
 * stored before it existed still reads, and anything but a boolean is refused as damaged.
 */
import { describe, expect, it } from 'vitest';
import type { UnitEvidence } from '../../../src/engine/evidence.ts';
import { learnerModel } from '../../../src/engine/learner/learnerModel.ts';
import { runRecord } from '../../../src/engine/learner/runRecord.ts';
import { parseProgress } from '../../../src/progress/readProgress.ts';
import { day } from '../learnerRuns.ts';
import { doneEvidence } from '../../support/evidence.ts';

const evidence = (unit: string, skill: string, facts: Partial<UnitEvidence> = {}) =>
  doneEvidence(unit, skill, { startedAt: day(1) - 60_000, endedAt: day(1) - 30_000, ...facts });

const record = runRecord(
  'caf-declaration-trimestrielle',
  'alone',
  {
    'numero-secu': evidence('numero-secu', 'trouver-identifiant', { wrongActions: 2 }),
    'montant-aout': evidence('montant-aout', 'brut-net', { leftWrong: true }),
    'montant-sept': evidence('montant-sept', 'brut-net', { leftWrong: false }),
  },
  day(1),
);

/** The stored document (version 1) holding `runs`, as text. */
const stored = (runs: unknown[]) => JSON.stringify({ version: 1, runs, settings: { inactivityMinutes: 10 } });

describe('a value left wrong in the record', () => {
  it('is in the run record when true, and absent otherwise', () => {
    expect(record.steps.map((s) => [s.unit, s.leftWrong])).toEqual([
      ['numero-secu', undefined],
      ['montant-aout', true],
      ['montant-sept', undefined],
    ]);
    expect(record.steps.map((s) => 'leftWrong' in s)).toEqual([false, true, false]);
  });

  it('is read back from storage, and still caps the skill at Avec aide', () => {
    const { progress, notice } = parseProgress(stored([record]), day(2));
    expect(notice).toBeUndefined();
    expect(progress.runs).toEqual([record]);
    const model = learnerModel(progress.runs);
    expect(model.skills['brut-net']!.level).toBe('avec-aide');
    expect(model.skills['brut-net']!.explanation.key).toBe('avecAideErreur');
    expect(model.skills['trouver-identifiant']!.level).toBe('presque-seul');
  });

  it('reads data stored before the field existed', () => {
    const old = JSON.parse(stored([record]), (key, value: unknown) => (key === 'leftWrong' ? undefined : value));
    expect(JSON.stringify(old)).not.toContain('leftWrong');
    const { progress, notice } = parseProgress(JSON.stringify(old), day(2));
    expect(notice).toBeUndefined();
    expect(progress.runs[0]!.steps.every((s) => s.leftWrong === undefined)).toBe(true);
    expect(learnerModel(progress.runs).skills['brut-net']!.level).toBe('presque-seul');
  });

  it.each([
    ['a string', 'yes'],
    ['a number', 1],
    ['null', null],
  ])('refuses %s as damaged data (the reset notice)', (_name, value) => {
    const damaged = { ...record, steps: [{ ...record.steps[1], leftWrong: value }] };
    const { progress, notice } = parseProgress(stored([damaged]), day(2));
    expect(notice).toBe('corrupt');
    expect(progress.runs).toEqual([]);
  });
});

describe('another route taken to a step’s place', () => {
  const routed = runRecord(
    'caf-declaration-trimestrielle',
    'guided',
    {
      'menu-ressources': evidence('menu-ressources', 'trouver-rubrique', { route: 'caf.espace.notification-dtr' }),
      'numero-secu': evidence('numero-secu', 'trouver-identifiant'),
    },
    day(1),
  );

  it('is in the run record only when taken, and read back from storage', () => {
    expect(routed.steps.map((s) => s.route)).toEqual(['caf.espace.notification-dtr', undefined]);
    expect(routed.steps.map((s) => 'route' in s)).toEqual([true, false]);
    const { progress, notice } = parseProgress(stored([routed]), day(2));
    expect(notice).toBeUndefined();
    expect(progress.runs).toEqual([routed]);
  });

  it('refuses a route that is not text as damaged data', () => {
    const damaged = { ...routed, steps: [{ ...routed.steps[0], route: 42 }] };
    expect(parseProgress(stored([damaged]), day(2)).notice).toBe('corrupt');
  });
});
