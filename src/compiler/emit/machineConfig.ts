/**
 * Emits a lesson's machine as a serialisable XState config: plain JSON whose guards and actions
 * are named; the engine implements them once (`src/engine/lessonMachine.ts`). Its shape is the
 * contract of `src/lesson/machineConfig.ts`.
 */
import type { BranchState, LessonMachineConfig, LessonState, QuestionState, StepState } from '../../lesson/types.ts';
import { END, stateName, successors } from '../graph/lessonGraph.ts';
import type { DocNode } from '../lessonDoc.ts';

export function machineConfig(id: string, nodes: readonly DocNode[]): LessonMachineConfig {
  const edges = successors(nodes);
  const states: Record<string, LessonState> = {};
  for (const node of nodes) {
    const name = stateName(node);
    const next = edges.get(name)?.[0] ?? END;
    if (node.kind === 'step') {
      const { action, target, also, expect } = node.data;
      const params = { action, target, ...(also?.length ? { also: [...also] } : {}), ...(expect ? { expect } : {}) };
      states[name] = {
        tags: ['step'],
        entry: { type: 'enterUnit', params: { unit: name } },
        on: {
          SITE: [
            { guard: { type: 'expectedAction', params }, target: next, actions: 'completeStep' },
            { actions: 'recordWrong' },
          ],
        },
      } satisfies StepState;
    } else if (node.kind === 'question') {
      const correct = node.data.answers.filter((a) => a.correct).map((a) => a.value);
      states[name] = {
        tags: ['question'],
        entry: { type: 'enterUnit', params: { unit: name } },
        on: {
          ANSWER:
            correct.length > 0
              ? [
                  { guard: { type: 'answerIs', params: { values: correct } }, target: next, actions: 'recordAnswer' },
                  { actions: 'recordWrongAnswer' },
                ]
              : [{ target: next, actions: 'recordAnswer' }],
        },
      } satisfies QuestionState;
    } else {
      const targets = edges.get(name) ?? [];
      const always: BranchState['always'] = node.cases.map((c, index) =>
        c.value === undefined
          ? { target: targets[index] ?? END }
          : { guard: { type: 'branch', params: { on: node.on, value: c.value } }, target: targets[index] ?? END },
      );
      const fallThrough = targets[node.cases.length];
      if (fallThrough) always.push({ target: fallThrough });
      states[name] = { always } satisfies BranchState;
    }
  }
  states[END] = { type: 'final', entry: 'finish' };
  return {
    id,
    initial: nodes[0] ? stateName(nodes[0]) : END,
    on: {
      HINT: { actions: 'climbHint' },
      SHOW: { actions: 'markShown' },
      ADVISOR_HELPED: { actions: 'markAdvisorHelped' },
      SET_MODE: { actions: 'setMode' },
      WORLD: { actions: 'setWorld' },
    },
    states,
  };
}
