// @vitest-environment node
/**
 * The learner model on scenario tables: outcomes of a skill in a run, levels and explanations
 * over runs (watch only, every hint, guided, alone once, twice the same day, on two days,
 * regression, two mistakes corrected, a wrong value left at the end), the baseline round-trip, the recommended mode, fading and the next lessons.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lessons as catalogue } from 'virtual:pas-a-pas/lessons';
import {
  explanationLevel,
  isFaded,
  learnerModel,
  levelOf,
  nextLessons,
  recommendedMode,
  skillOutcome,
  wrongActionsAlone,
  type LearnerModel,
} from '../../src/engine/learner/learnerModel.ts';
import { levelIndex } from '../../src/engine/learner/levelIndex.ts';
import { levels, type Baseline, type Level, type RunRecord } from '../../src/engine/learner/types.ts';
import { day, run, step, type How } from './learnerRuns.ts';

const S = 'se-connecter';

describe('skillOutcome', () => {
  it.each<[string, How[], string]>([
    ['all alone', ['alone', 'alone'], 'alone'],
    ['two mistakes corrected on one step', ['alone', 'corrected'], 'alone'],
    ['a value left wrong at the end', ['alone', 'leftWrong'], 'leftWrong'],
    ['a value left wrong, and a hint', ['hinted', 'leftWrong'], 'leftWrong'],
    ['a value left wrong in Guided mode', ['guided', 'leftWrong'], 'leftWrong'],
    ['a value left wrong, and « Montre-moi »', ['showMe', 'leftWrong'], 'shown'],
    ['one step with a hint', ['alone', 'hinted'], 'hinted'],
    [`one step with more than ${wrongActionsAlone} wrong actions`, ['alone', 'tries'], 'hinted'],
    ['one step in Guided mode', ['alone', 'guided', 'hinted'], 'guided'],
    ['one step watched', ['watched', 'watched'], 'shown'],
    ['one step shown by « Montre-moi »', ['alone', 'guided', 'showMe'], 'shown'],
    ['one step an advisor helped with', ['alone', 'advisor'], 'shown'],
  ])('%s → %s', (_name, hows, expected) => {
    expect(skillOutcome(hows.map((h) => step(S, h)))).toBe(expected);
  });

  it(`allows ${wrongActionsAlone} wrong actions and still counts alone`, () => {
    expect(skillOutcome([step(S, 'alone', { wrongActions: wrongActionsAlone })])).toBe('alone');
    expect(skillOutcome([step(S, 'alone', { wrongActions: wrongActionsAlone + 1 })])).toBe('hinted');
  });

  it('says how to call it when there are no steps', () => {
    expect(() => skillOutcome([])).toThrow(/needs at least one step/);
  });
});

describe('learnerModel: levels and explanations', () => {
  it.each<[string, RunRecord[], Level, string, Record<string, number>?]>([
    [
      'nothing but watching, twice',
      [run(day(1), { [S]: 'watched' }), run(day(2), { [S]: 'watched' })],
      'decouverte',
      'decouverteVu',
      { count: 2 },
    ],
    [
      'every hint up to « Montre-moi », the first time',
      [run(day(1), { [S]: ['hinted', 'showMe'] })],
      'decouverte',
      'decouverteVu',
      { count: 1 },
    ],
    [
      'an advisor stepped in, the first time',
      [run(day(1), { [S]: 'advisor' })],
      'decouverte',
      'decouverteVu',
      { count: 1 },
    ],
    ['guided once', [run(day(1), { [S]: 'guided' })], 'avec-aide', 'avecAide', { count: 1 }],
    [
      'watched, then guided',
      [run(day(1), { [S]: 'watched' }), run(day(1, 11), { [S]: 'guided' })],
      'avec-aide',
      'avecAide',
      { count: 1 },
    ],
    [
      'guided, then « Montre-moi »',
      [run(day(1), { [S]: 'guided' }), run(day(2), { [S]: 'showMe' })],
      'avec-aide',
      'avecAideRevu',
      {},
    ],
    [
      'guided, then watched',
      [run(day(1), { [S]: 'guided' }), run(day(2), { [S]: 'watched' })],
      'avec-aide',
      'avecAide',
      { count: 1 },
    ],
    ['alone once', [run(day(1), { [S]: 'alone' })], 'presque-seul', 'presqueSeul', { count: 1 }],
    ['alone once, with a hint', [run(day(1), { [S]: 'hinted' })], 'presque-seul', 'presqueSeulAide', {}],
    ['alone once, after many tries', [run(day(1), { [S]: 'tries' })], 'presque-seul', 'presqueSeulAide', {}],
    [
      'two mistakes corrected, alone once',
      [run(day(1), { [S]: ['corrected', 'alone'] })],
      'presque-seul',
      'presqueSeul',
      { count: 1 },
    ],
    [
      'two mistakes corrected, alone on two days',
      [run(day(1), { [S]: 'corrected' }), run(day(2), { [S]: ['alone', 'corrected'] })],
      'autonome',
      'autonome',
      { count: 2, days: 2, lessons: 1 },
    ],
    ['wrong value left, the first time', [run(day(1), { [S]: 'leftWrong' })], 'avec-aide', 'avecAideErreur', {}],
    [
      'wrong value left, after watching',
      [run(day(1), { [S]: 'watched' }), run(day(1, 11), { [S]: ['alone', 'leftWrong'] })],
      'avec-aide',
      'avecAideErreur',
      {},
    ],
    [
      'wrong value left, after being guided',
      [run(day(1), { [S]: 'guided' }), run(day(2), { [S]: 'leftWrong' })],
      'avec-aide',
      'avecAideErreur',
      {},
    ],
    [
      'Presque seul, then a wrong value left in Guided mode: down to Avec aide',
      [run(day(1), { [S]: 'alone' }), run(day(2), { [S]: ['guided', 'leftWrong'] })],
      'avec-aide',
      'avecAideErreur',
      {},
    ],
    [
      'Autonome, then a wrong value left: down to Avec aide',
      [run(day(1), { [S]: 'alone' }), run(day(2), { [S]: 'alone' }), run(day(3), { [S]: 'leftWrong' })],
      'avec-aide',
      'avecAideErreur',
      {},
    ],
    [
      'wrong value left, then alone: the count of days starts again',
      [run(day(1), { [S]: 'alone' }), run(day(2), { [S]: 'leftWrong' }), run(day(3), { [S]: 'alone' })],
      'presque-seul',
      'presqueSeul',
      { count: 1 },
    ],
    [
      'wrong value left and « Montre-moi », the first time: still Découverte',
      [run(day(1), { [S]: ['showMe', 'leftWrong'] })],
      'decouverte',
      'decouverteVu',
      { count: 1 },
    ],
    [
      'alone twice on the same day',
      [run(day(1, 9), { [S]: 'alone' }), run(day(1, 17), { [S]: 'alone' })],
      'presque-seul',
      'presqueSeul',
      { count: 2 },
    ],
    [
      'alone twice on different days',
      [run(day(1), { [S]: 'alone' }), run(day(3), { [S]: 'alone' })],
      'autonome',
      'autonome',
      { count: 2, days: 2, lessons: 1 },
    ],
    [
      'alone in two lessons, late one evening and early the next morning',
      [run(day(1, 23), { [S]: 'alone' }), run(day(2, 1), { [S]: 'alone' }, 'caf-declaration-trimestrielle')],
      'autonome',
      'autonome',
      { count: 2, days: 2, lessons: 2 },
    ],
    [
      'Autonome, then « Montre-moi »: regresses',
      [run(day(1), { [S]: 'alone' }), run(day(2), { [S]: 'alone' }), run(day(3), { [S]: 'showMe' })],
      'avec-aide',
      'avecAideRevu',
      {},
    ],
    [
      'Autonome, then an advisor: regresses',
      [run(day(1), { [S]: 'alone' }), run(day(2), { [S]: 'alone' }), run(day(3), { [S]: 'advisor' })],
      'avec-aide',
      'avecAideRevu',
      {},
    ],
    [
      'Autonome, then a hint: regresses',
      [run(day(1), { [S]: 'alone' }), run(day(2), { [S]: 'alone' }), run(day(3), { [S]: 'hinted' })],
      'presque-seul',
      'presqueSeulAide',
      {},
    ],
    [
      'Autonome, then watched (chosen): stays',
      [run(day(1), { [S]: 'alone' }), run(day(2), { [S]: 'alone' }), run(day(3), { [S]: 'watched' })],
      'autonome',
      'autonome',
      { count: 2, days: 2, lessons: 1 },
    ],
    [
      'Autonome, then guided (chosen): stays',
      [run(day(1), { [S]: 'alone' }), run(day(2), { [S]: 'alone' }), run(day(3), { [S]: 'guided' })],
      'autonome',
      'autonome',
      { count: 2, days: 2, lessons: 1 },
    ],
    [
      'Presque seul, then guided: stays',
      [run(day(1), { [S]: 'hinted' }), run(day(2), { [S]: 'guided' })],
      'presque-seul',
      'presqueSeulAide',
      {},
    ],
    [
      'regressed, then alone once: Presque seul again',
      [
        run(day(1), { [S]: 'alone' }),
        run(day(2), { [S]: 'alone' }),
        run(day(3), { [S]: 'showMe' }),
        run(day(4), { [S]: 'alone' }),
      ],
      'presque-seul',
      'presqueSeul',
      { count: 1 },
    ],
    [
      'regressed, then alone on two more days: Autonome again',
      [
        run(day(1), { [S]: 'alone' }),
        run(day(2), { [S]: 'alone' }),
        run(day(3), { [S]: 'showMe' }),
        run(day(4), { [S]: 'alone' }),
        run(day(5), { [S]: 'alone' }),
      ],
      'autonome',
      'autonome',
      { count: 2, days: 2, lessons: 1 },
    ],
    [
      'alone, a hint, alone: the help in between restarts the count',
      [run(day(1), { [S]: 'alone' }), run(day(2), { [S]: 'hinted' }), run(day(3), { [S]: 'alone' })],
      'presque-seul',
      'presqueSeul',
      { count: 1 },
    ],
    [
      'alone, guided, alone on another day: guided does not break the count',
      [run(day(1), { [S]: 'alone' }), run(day(2), { [S]: 'guided' }), run(day(3), { [S]: 'alone' })],
      'autonome',
      'autonome',
      { count: 2, days: 2, lessons: 1 },
    ],
  ])('%s → %s (%s)', (_name, runs, level, key, params) => {
    const state = learnerModel(runs).skills[S]!;
    expect(state.level).toBe(level);
    expect(state.explanation.key).toBe(key);
    if (params) expect(state.explanation.params).toEqual(params);
    expect(state.explanation.restored).toBe(false);
  });

  it('rises through the modes: watch, then guided, then alone (the e2e path)', () => {
    const path = [
      run(day(1, 9), { [S]: 'watched' }),
      run(day(1, 10), { [S]: 'guided' }),
      run(day(1, 11), { [S]: 'alone' }),
      run(day(2), { [S]: 'alone' }),
    ];
    const seen = path.map((_, i) => levelOf(learnerModel(path.slice(0, i + 1)), S));
    expect(seen).toEqual(['decouverte', 'avec-aide', 'presque-seul', 'autonome']);
  });

  it('follows the worked example of docs/independence.md', () => {
    // Monday 5 October 2026, Thursday 8, next Monday 12, Tuesday 13, Friday 16.
    const halfPast = (h: number) => day(5, h) + 30 * 60_000;
    const oneWrongClick = {
      ...run(halfPast(10), {}, 'caf-se-connecter', 'alone'),
      steps: [step(S, 'alone', { wrongActions: 1 })],
    };
    const example: [RunRecord, Level, string, string, boolean][] = [
      [run(day(5, 9), { [S]: 'watched' }), 'decouverte', 'decouverteVu', 'guided', false],
      [run(halfPast(9), { [S]: 'guided' }), 'avec-aide', 'avecAide', 'alone', false],
      [run(day(5, 10), { [S]: ['alone', 'hinted'] }), 'presque-seul', 'presqueSeulAide', 'alone', false],
      [oneWrongClick, 'presque-seul', 'presqueSeul', 'alone', false],
      [run(day(8, 14), { [S]: 'alone' }), 'autonome', 'autonome', 'alone', true],
      [run(day(8, 15), { [S]: 'watched' }, 'caf-declaration-trimestrielle'), 'autonome', 'autonome', 'alone', true],
      [run(day(12), { [S]: ['showMe', 'showMe'] }), 'avec-aide', 'avecAideRevu', 'guided', false],
      [run(day(13), { [S]: 'alone' }), 'presque-seul', 'presqueSeul', 'alone', false],
      [run(day(16), { [S]: 'alone' }), 'autonome', 'autonome', 'alone', true],
    ];
    example.forEach(([, level, key, mode, faded], i) => {
      const model = learnerModel(example.slice(0, i + 1).map(([r]) => r));
      expect([
        model.skills[S]!.level,
        model.skills[S]!.explanation.key,
        recommendedMode([S], model),
        isFaded(S, model),
      ]).toEqual([level, key, mode, faded]);
    });
  });

  it('does not depend on the order the runs are given in', () => {
    const runs = [run(day(1), { [S]: 'alone' }), run(day(2), { [S]: 'alone' }), run(day(3), { [S]: 'showMe' })];
    expect(learnerModel([...runs].reverse())).toEqual(learnerModel(runs));
  });

  it('keeps each skill apart, skips questions, and lists outcomes oldest first', () => {
    const question = { ...step(S, 'alone'), skill: undefined, unit: 'q' };
    const first = run(day(2), { [S]: 'alone', 'code-unique': 'showMe' });
    const model = learnerModel([{ ...first, steps: [...first.steps, question] }, run(day(1), { [S]: 'guided' })]);
    expect(Object.keys(model.skills).sort()).toEqual(['code-unique', S]);
    expect(model.skills['code-unique']!.level).toBe('decouverte');
    expect(model.skills[S]!.outcomes.map((o) => [o.outcome, o.at, o.lessonId])).toEqual([
      ['guided', day(1), 'caf-se-connecter'],
      ['alone', day(2), 'caf-se-connecter'],
    ]);
  });

  it('says Découverte for a skill it has never met', () => {
    expect(levelOf(learnerModel([]), 'garder-pdf')).toBe('decouverte');
  });
});

describe('learnerModel: a baseline from a progress code', () => {
  const restoredAt = day(10, 15);

  it.each(levels)('restores %s exactly, with no runs', (level) => {
    const state = learnerModel([], { levels: { [S]: level }, restoredAt }).skills[S]!;
    expect(state.level).toBe(level);
    expect(explanationLevel[state.explanation.key]).toBe(level);
    expect(state.explanation.restored).toBe(level !== 'decouverte');
    expect(state.outcomes.every((o) => o.at < restoredAt && o.restored)).toBe(true);
  });

  it.each(levels)('restores %s exactly when the code is typed at midnight', (level) => {
    expect(levelOf(learnerModel([], { levels: { [S]: level }, restoredAt: new Date(2026, 9, 10).getTime() }), S)).toBe(
      level,
    );
  });

  it.each<[string, Level, RunRecord[], Level]>([
    ['Découverte, then guided', 'decouverte', [run(day(10, 16), { [S]: 'guided' })], 'avec-aide'],
    ['Avec aide, then alone', 'avec-aide', [run(day(10, 16), { [S]: 'alone' })], 'presque-seul'],
    ['Presque seul, then alone the same day', 'presque-seul', [run(day(10, 16), { [S]: 'alone' })], 'presque-seul'],
    ['Presque seul, then alone the next day', 'presque-seul', [run(day(11), { [S]: 'alone' })], 'autonome'],
    ['Autonome, then alone', 'autonome', [run(day(11), { [S]: 'alone' })], 'autonome'],
    ['Autonome, then « Montre-moi »', 'autonome', [run(day(11), { [S]: 'showMe' })], 'avec-aide'],
    ['Autonome, then a hint', 'autonome', [run(day(11), { [S]: 'hinted' })], 'presque-seul'],
    ['Autonome; a run before the code is left out', 'autonome', [run(day(10, 9), { [S]: 'showMe' })], 'autonome'],
  ])('%s → %s', (_name, restored, runs, expected) => {
    const state = learnerModel(runs, { levels: { [S]: restored }, restoredAt }).skills[S]!;
    expect(state.level).toBe(expected);
  });

  it('counts runs before the code for skills the code does not hold', () => {
    const model = learnerModel([run(day(9), { 'code-unique': 'guided' })], { levels: { [S]: 'autonome' }, restoredAt });
    expect(levelOf(model, 'code-unique')).toBe('avec-aide');
  });

  it('no longer says « from your code » once a run has set the level', () => {
    const model = learnerModel([run(day(11), { [S]: 'alone' })], { levels: { [S]: 'presque-seul' }, restoredAt });
    expect(model.skills[S]!.explanation).toEqual({
      key: 'autonome',
      params: { count: 2, days: 2, lessons: 2 },
      restored: false,
    });
  });
});

describe('learnerModel: properties', () => {
  const hows: How[] = ['alone', 'corrected', 'hinted', 'tries', 'guided', 'watched', 'showMe', 'advisor', 'leftWrong'];
  const history = fc.array(
    fc.record({
      how: fc.constantFrom(...hows),
      day: fc.integer({ min: 1, max: 28 }),
      hour: fc.integer({ min: 0, max: 23 }),
    }),
    { maxLength: 12 },
  );

  it('gives one of the four levels, with an explanation of that level', () => {
    fc.assert(
      fc.property(history, (items) => {
        const model = learnerModel(items.map((i) => run(day(i.day, i.hour), { [S]: i.how })));
        const state = model.skills[S];
        if (items.length === 0) {
          expect(state).toBeUndefined();
        } else {
          expect(levels).toContain(state!.level);
          expect(explanationLevel[state!.explanation.key]).toBe(state!.level);
        }
      }),
    );
  });

  it('says Découverte exactly when the learner never did the skill themselves', () => {
    fc.assert(
      fc.property(history, (items) => {
        fc.pre(items.length > 0);
        const neverDone = items.every((i) => i.how === 'watched' || i.how === 'showMe' || i.how === 'advisor');
        expect(
          levelOf(learnerModel(items.map((i) => run(day(i.day, i.hour), { [S]: i.how }))), S) === 'decouverte',
        ).toBe(neverDone);
      }),
    );
  });

  it('never leaves a skill above Avec aide after a run that ended with one of its values wrong', () => {
    fc.assert(
      fc.property(history, fc.constantFrom(...hows), fc.integer({ min: 29, max: 30 }), (items, other, last) => {
        const runs = items.map((i) => run(day(i.day, i.hour), { [S]: i.how }));
        const model = learnerModel([...runs, run(day(last), { [S]: [other, 'leftWrong'] })]);
        expect(levelIndex(levelOf(model, S))).toBeLessThanOrEqual(levelIndex('avec-aide'));
      }),
    );
  });

  it('round-trips any baseline: learnerModel([], baseline) has its levels', () => {
    const skillIds = fc.constantFrom('se-connecter', 'code-unique', 'utiliser-messagerie', 'garder-pdf', 'autre');
    fc.assert(
      fc.property(
        fc.dictionary(skillIds, fc.constantFrom(...levels)),
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }),
        (record, restoredAt) => {
          const baseline: Baseline = { levels: record, restoredAt };
          const model = learnerModel([], baseline);
          expect(Object.fromEntries(Object.entries(model.skills).map(([s, state]) => [s, state.level]))).toEqual(
            record,
          );
        },
      ),
    );
  });
});

/** A model with each skill at the explanation the runs give. */
const modelOf = (skills: Record<string, How[]>): LearnerModel =>
  learnerModel(
    Object.entries(skills).flatMap(([skill, hows]) => hows.map((how, i) => run(day(i + 1), { [skill]: how }))),
  );

describe('recommendedMode', () => {
  it.each<[string, Record<string, How[]>, string[], string]>([
    ['a first-time learner on a level-1 lesson', {}, ['se-connecter', 'code-unique'], 'watch'],
    ['after watching it', { a: ['watched'], b: ['watched'] }, ['a', 'b'], 'guided'],
    ['after « Montre-moi » the first time', { a: ['showMe'] }, ['a'], 'guided'],
    ['after doing it guided', { a: ['guided'], b: ['guided'] }, ['a', 'b'], 'alone'],
    ['after needing « Montre-moi » again', { a: ['guided', 'showMe'] }, ['a'], 'guided'],
    ['after doing it alone with a hint', { a: ['hinted'] }, ['a'], 'alone'],
    ['Autonome skills', { a: ['alone', 'alone'] }, ['a'], 'alone'],
    ['one new skill among Autonome ones: the weakest decides', { a: ['alone', 'alone'] }, ['a', 'new'], 'watch'],
    ['one watched skill among Autonome ones', { a: ['alone', 'alone'], b: ['watched'] }, ['a', 'b'], 'guided'],
    ['no skills', {}, [], 'watch'],
  ])('%s → %s', (_name, skills, lessonSkills, mode) => {
    expect(recommendedMode(lessonSkills, modelOf(skills))).toBe(mode);
  });
});

describe('isFaded', () => {
  it.each<[string, How[], boolean]>([
    ['never met', [], false],
    ['guided', ['guided'], false],
    ['Presque seul', ['alone'], false],
    ['Autonome', ['alone', 'alone'], true],
    ['Autonome, then guided', ['alone', 'alone', 'guided'], true],
    ['Autonome, then « Montre-moi »', ['alone', 'alone', 'showMe'], false],
  ])('%s → %s', (_name, hows, faded) => {
    expect(isFaded('a', modelOf(hows.length ? { a: hows } : {}))).toBe(faded);
  });
});

describe('nextLessons', () => {
  const L1 = { id: 'l1', level: 1 as const, skills: ['a', 'b'], requires: [] };
  const L2 = { id: 'l2', level: 2 as const, skills: ['a', 'c'], requires: ['l1'] };
  const L3 = { id: 'l3', level: 1 as const, skills: ['d'], requires: [] };
  const L4 = { id: 'l4', level: 3 as const, skills: ['e'], requires: ['l2'] };
  const catalogueOf = [L2, L4, L1, L3];
  const next = (runs: RunRecord[], baseline?: Baseline, limit?: number) =>
    nextLessons(catalogueOf, runs, learnerModel(runs, baseline), limit);

  it.each<[string, RunRecord[], { lessonId: string; mode: string; reason: string }[]]>([
    [
      'a new learner: the first lessons, to watch',
      [],
      [
        { lessonId: 'l1', mode: 'watch', reason: 'new' },
        { lessonId: 'l3', mode: 'watch', reason: 'new' },
      ],
    ],
    [
      'after watching l1: l2 stays closed, l1 to practise, guided',
      [run(day(1), { a: 'watched', b: 'watched' }, 'l1')],
      [
        { lessonId: 'l3', mode: 'watch', reason: 'new' },
        { lessonId: 'l1', mode: 'guided', reason: 'practise' },
      ],
    ],
    [
      'after l1 guided: l2 opens and comes first (c is new: watch), l1 to practise alone',
      [run(day(1), { a: 'guided', b: 'guided' }, 'l1')],
      [
        { lessonId: 'l2', mode: 'watch', reason: 'new' },
        { lessonId: 'l3', mode: 'watch', reason: 'new' },
        { lessonId: 'l1', mode: 'alone', reason: 'practise' },
      ],
    ],
    [
      'after l1 alone with a hint: still to practise',
      [
        run(day(1), { a: 'guided', b: 'guided' }, 'l1'),
        run(day(2), { a: 'alone', b: 'hinted' }, 'l1'),
        run(day(2), { d: 'alone' }, 'l3'),
      ],
      [
        { lessonId: 'l2', mode: 'watch', reason: 'new' },
        { lessonId: 'l1', mode: 'alone', reason: 'practise' },
      ],
    ],
    [
      'after l1 and l3 alone without help: nothing left to practise there',
      [run(day(1), { a: 'alone', b: 'alone' }, 'l1'), run(day(2), { d: 'alone' }, 'l3')],
      [{ lessonId: 'l2', mode: 'watch', reason: 'new' }],
    ],
    [
      'practise: the most recent first',
      [
        run(day(1), { a: 'guided', b: 'guided' }, 'l1'),
        run(day(2), { d: 'guided' }, 'l3'),
        run(day(3), { a: 'guided', c: 'guided' }, 'l2'),
        run(day(4), { e: 'alone' }, 'l4'),
      ],
      [
        { lessonId: 'l2', mode: 'alone', reason: 'practise' },
        { lessonId: 'l3', mode: 'alone', reason: 'practise' },
        { lessonId: 'l1', mode: 'alone', reason: 'practise' },
      ],
    ],
  ])('%s', (_name, runs, expected) => {
    expect(next(runs)).toEqual(expected);
  });

  it('stops at 3 (or the limit given)', () => {
    const runs = [run(day(1), { a: 'guided', b: 'guided' }, 'l1')];
    expect(next(runs)).toHaveLength(3);
    expect(next(runs, undefined, 1)).toEqual([{ lessonId: 'l2', mode: 'watch', reason: 'new' }]);
  });

  it('keeps a place for the lesson to practise, however many new lessons there are', () => {
    const many = Array.from({ length: 6 }, (_, i) => ({ id: `n${i}`, level: 1 as const, skills: ['z'], requires: [] }));
    const runs = [run(day(1), { a: 'guided', b: 'guided' }, 'l1')];
    const shown = nextLessons([L1, ...many], runs, learnerModel(runs));
    expect(shown).toHaveLength(3);
    expect(shown.at(-1)).toEqual({ lessonId: 'l1', mode: 'alone', reason: 'practise' });
  });

  it('opens a lesson whose required lesson\u2019s skills a progress code says are known', () => {
    const baseline: Baseline = { levels: { a: 'presque-seul', b: 'autonome' }, restoredAt: day(5) };
    expect(next([], baseline)).toEqual([
      { lessonId: 'l1', mode: 'alone', reason: 'new' },
      { lessonId: 'l3', mode: 'watch', reason: 'new' },
      { lessonId: 'l2', mode: 'watch', reason: 'new' },
    ]);
  });

  it('starts a new learner on the real catalogue with « Me connecter », to watch', () => {
    expect(nextLessons(catalogue, [], learnerModel([]))[0]).toEqual({
      lessonId: 'caf-se-connecter',
      mode: 'watch',
      reason: 'new',
    });
  });

  it('counts lessons done on another computer (from the QR code) as done, not new', () => {
    const next = nextLessons(catalogue, [], learnerModel([]), 3, ['caf-se-connecter']);
    const ids = next.map((n) => n.lessonId);
    // Not offered again; what it opens (« À faire avant : … ») is, as a new lesson.
    expect(ids).not.toContain('caf-se-connecter');
    expect(ids).toContain('caf-declaration-trimestrielle');
    expect(next.find((n) => n.lessonId === 'caf-declaration-trimestrielle')).toMatchObject({ reason: 'new' });
  });
});
