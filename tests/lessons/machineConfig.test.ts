// @vitest-environment node
/**
 * The compiler → engine contract: every lesson in content/ compiles to a machine config that the
 * schema of `src/lesson/machineConfig.ts` accepts, and the schema refuses configs that break it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileLesson } from '../../src/compiler/compileLesson.ts';
import { lessonMachineConfigSchema } from '../../src/lesson/machineConfig.ts';

const root = 'content/lessons';
const files = readdirSync(root).flatMap((id) => readdirSync(join(root, id)).map((file) => join(root, id, file)));

describe.each(files)('%s', (path) => {
  it('compiles to a machine config the contract accepts', async () => {
    const result = await compileLesson({ path, value: readFileSync(path, 'utf8') });
    const parsed = lessonMachineConfigSchema.safeParse(result.data?.machine);
    expect(parsed.error?.issues ?? []).toEqual([]);
    // Plain JSON: it survives a round trip unchanged.
    expect(JSON.parse(JSON.stringify(result.data?.machine))).toEqual(result.data?.machine);
  });
});

describe('the machine config schema', () => {
  const step = {
    tags: ['step'],
    entry: { type: 'enterUnit', params: { unit: 'a' } },
    on: {
      SITE: [
        {
          guard: { type: 'expectedAction', params: { action: 'click', target: 'caf.header.mon-compte' } },
          target: 'done',
          actions: 'completeStep',
        },
        { actions: 'recordWrong' },
      ],
    },
  };
  const config = {
    id: 'x',
    initial: 'a',
    on: {
      HINT: { actions: 'climbHint' },
      SHOW: { actions: 'markShown' },
      ADVISOR_HELPED: { actions: 'markAdvisorHelped' },
      SET_MODE: { actions: 'setMode' },
      WORLD: { actions: 'setWorld' },
    },
    states: { a: step, done: { type: 'final', entry: 'finish' } },
  };

  it('accepts a well-formed config', () => {
    expect(lessonMachineConfigSchema.safeParse(config).success).toBe(true);
  });

  it.each([
    [
      'a transition to a missing state',
      {
        ...config,
        states: {
          ...config.states,
          a: { ...step, on: { SITE: [{ ...step.on.SITE[0], target: 'nowhere' }, step.on.SITE[1]] } },
        },
      },
      'no state `nowhere`',
    ],
    [
      'an action the engine does not implement',
      { ...config, on: { ...config.on, HINT: { actions: 'eval' } } },
      'climbHint',
    ],
    [
      'a target id without its site',
      {
        ...config,
        states: {
          ...config.states,
          a: {
            ...step,
            on: {
              SITE: [
                {
                  ...step.on.SITE[0],
                  guard: { type: 'expectedAction', params: { action: 'click', target: 'nosite' } },
                },
                step.on.SITE[1],
              ],
            },
          },
        },
      },
      'Invalid',
    ],
    ['a function', { ...config, context: () => ({}) }, 'context'],
  ])('refuses %s', (_, bad, words) => {
    const parsed = lessonMachineConfigSchema.safeParse(bad);
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain(words);
  });
});
