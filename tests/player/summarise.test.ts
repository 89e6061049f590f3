// @vitest-environment node
/**
 * The honest summary of a run: each finished step in exactly one of four — without help,
 * corrected after a mistake, with hints, shown — by the most help it needed; the values left
 * wrong counted apart; questions and unfinished steps left out.
 */
import { describe, expect, it } from 'vitest';
import type { UnitEvidence } from '../../src/engine/evidence.ts';
import { stepHelp } from '../../src/engine/learner/learnerModel.ts';
import { summarise } from '../../src/player/summarise.ts';
import { doneEvidence } from '../support/evidence.ts';

/** The evidence of a finished step of skill `se-connecter`, done alone without help unless `facts` say otherwise. */
const done = (unit: string, facts: Partial<UnitEvidence> = {}) => doneEvidence(unit, 'se-connecter', facts);

/** A run's evidence, by unit id. */
const runOf = (...units: UnitEvidence[]) => Object.fromEntries(units.map((e) => [e.unit, e]));

describe('summarise', () => {
  it('does not count steps corrected after two mistakes as done without help', () => {
    const steps = Array.from({ length: 29 }, (_, i) => done(`s${i}`));
    const run = runOf(...steps, done('s29', { wrongActions: 1 }), done('s30', { wrongActions: 1 }));
    expect(summarise(run)).toEqual({ alone: 29, corrected: 2, hints: 0, shown: 0, leftWrong: 0 });
  });

  it.each<[string, Partial<UnitEvidence>, ReturnType<typeof stepHelp>]>([
    ['no mistake, no hint', {}, 'alone'],
    ['in Guided mode, no mistake, no hint', { mode: 'guided' }, 'alone'],
    ['one wrong action', { wrongActions: 1 }, 'corrected'],
    ['many wrong actions', { wrongActions: 5 }, 'corrected'],
    ['its value left wrong at the end', { leftWrong: true }, 'corrected'],
    ['a hint', { hintRung: 1 }, 'hints'],
    ['a hint after a wrong action', { hintRung: 1, wrongActions: 2 }, 'hints'],
    ['a hint, its value left wrong', { hintRung: 2, leftWrong: true }, 'hints'],
    ['« Montre-moi » after hints', { hintRung: 2, shown: true }, 'shown'],
    ['an advisor helped', { advisorHelped: true }, 'shown'],
    ['Watch mode', { mode: 'watch', shown: true }, 'shown'],
    ['Watch mode, even unmarked', { mode: 'watch' }, 'shown'],
  ])('puts a step done with %s among the « %s »', (_name, facts, expected) => {
    expect(stepHelp(done('s', facts))).toBe(expected);
    const summary = summarise(runOf(done('s', facts)));
    expect(summary[expected]).toBe(1);
    expect(summary.alone + summary.corrected + summary.hints + summary.shown).toBe(1);
  });

  it('counts the values left wrong apart, whatever else helped', () => {
    const run = runOf(
      done('a', { leftWrong: true }),
      done('b', { leftWrong: true, hintRung: 1 }),
      done('c', { wrongActions: 1 }),
      done('d'),
    );
    expect(summarise(run)).toEqual({ alone: 1, corrected: 2, hints: 1, shown: 0, leftWrong: 2 });
  });

  it('leaves out questions and steps not finished', () => {
    const question = { ...done('q', { wrongActions: 1 }), skill: undefined };
    const run = runOf(done('a'), question, done('b', { done: false, hintRung: 1 }));
    expect(summarise(run)).toEqual({ alone: 1, corrected: 0, hints: 0, shown: 0, leftWrong: 0 });
  });
});
