// @vitest-environment node
/**
 * What the author preview draws of a lesson, from its compiled machine: every state in the order
 * written, steps and questions numbered as the player counts them, a branch's conditions, where
 * each state leads and comes from; and the personas its branches name.
 */
import { describe, expect, it } from 'vitest';
import { graphNodes } from '../../src/author/graphNodes.ts';
import { personaVariants } from '../../src/author/personaVariants.ts';
import { compileFixture } from '../engine/compileFixture.ts';

describe('graphNodes', () => {
  it('lists steps, questions, the branch with its conditions, and the end, in order', async () => {
    const lesson = await compileFixture('mini');
    const nodes = graphNodes(lesson);
    expect(
      nodes.map((n) => ({
        state: n.state,
        kind: n.kind,
        ...('number' in n ? { number: n.number } : {}),
        next: n.next,
        from: n.from,
      })),
    ).toEqual([
      { state: 'ouvrir', kind: 'step', number: 1, next: [{ target: 'numero' }], from: [] },
      { state: 'numero', kind: 'step', number: 2, next: [{ target: 'ou-code' }], from: ['ouvrir'] },
      { state: 'ou-code', kind: 'question', number: 3, next: [{ target: 'branch-1' }], from: ['numero'] },
      {
        state: 'branch-1',
        kind: 'branch',
        next: [{ target: 'type-couple', value: 'couple' }, { target: 'valider' }],
        from: ['ou-code'],
      },
      { state: 'type-couple', kind: 'step', number: 4, next: [{ target: 'valider' }], from: ['branch-1'] },
      { state: 'valider', kind: 'step', number: 5, next: [{ target: 'done' }], from: ['branch-1', 'type-couple'] },
      { state: 'done', kind: 'end', next: [], from: ['valider'] },
    ]);
    expect(nodes.find((n) => n.kind === 'branch')).toMatchObject({ on: 'persona.situation' });
    expect(nodes.find((n) => n.state === 'numero')).toMatchObject({
      unit: { target: 'caf.login.nir', expect: 'persona:nir13', hints: [{}, {}], mistakes: [{ on: 'caf.login.nir' }] },
    });
  });
});

describe('personaVariants', () => {
  it('gives the persona as written and one variant per value its branches test, and one they do not', async () => {
    const lesson = await compileFixture('mini');
    expect(lesson.persona.situation).toBe('seule');
    expect(
      personaVariants(lesson).map(({ name, persona, change }) => ({ name, situation: persona.situation, change })),
    ).toEqual([
      { name: 'as written', situation: 'seule', change: undefined },
      { name: 'situation = couple', situation: 'couple', change: { field: 'situation', value: 'couple' } },
      {
        name: 'situation = autre-situation',
        situation: 'autre-situation',
        change: { field: 'situation', value: 'autre-situation' },
      },
    ]);
  });
});
