/**
 * A lesson's step graph, read from its machine config (`lesson.machine`): every state in document
 * order — steps, questions, branches with their conditions, the end — with where each leads and
 * where it is reached from. Plain data for the author preview to draw.
 */
import type { CompiledLesson, LessonState, QuestionData, StepData } from '../lesson/types.ts';

/** Where a state leads: the next state, and for a branch the condition (`value`; absent: otherwise). */
export interface GraphEdge {
  target: string;
  /** The value the branch's field must have (absent: any other value, `Otherwise` or falling through). */
  value?: string;
}

interface NodeBase {
  /** The state's name: a unit's id, `branch-<n>`, or `done`. */
  state: string;
  /** The states that lead here (the first state is also reached from the start). */
  from: string[];
  next: GraphEdge[];
}

/** One state of the graph. */
export type GraphNode =
  | (NodeBase & { kind: 'step'; number: number; unit: StepData })
  | (NodeBase & { kind: 'question'; number: number; unit: QuestionData })
  | (NodeBase & { kind: 'branch'; on: string })
  | (NodeBase & { kind: 'end' });

/** The graph of `lesson`'s machine, in the order its states are written. */
export function graphNodes(lesson: Pick<CompiledLesson, 'machine' | 'units'>): GraphNode[] {
  const units = new Map(lesson.units.map((unit) => [unit.id, unit]));
  const states = Object.entries(lesson.machine.states);
  const nextOf = (config: LessonState): GraphEdge[] => {
    if ('always' in config)
      return config.always.map(({ guard, target }) => (guard ? { target, value: guard.params.value } : { target }));
    if ('on' in config && 'SITE' in config.on) return [{ target: config.on.SITE[0].target }];
    if ('on' in config && 'ANSWER' in config.on) return [{ target: config.on.ANSWER[0].target }];
    return [];
  };
  const from = new Map<string, string[]>();
  for (const [state, config] of states)
    for (const { target } of nextOf(config))
      if (!from.get(target)?.includes(state)) from.set(target, [...(from.get(target) ?? []), state]);
  let number = 0;
  return states.map(([state, config]): GraphNode => {
    const base = { state, next: nextOf(config), from: from.get(state) ?? [] };
    const unit = units.get(state);
    if ('always' in config)
      return { ...base, kind: 'branch', on: config.always.find((t) => t.guard)?.guard?.params.on ?? '' };
    if (unit?.kind === 'step') return { ...base, kind: 'step', number: (number += 1), unit };
    if (unit?.kind === 'question') return { ...base, kind: 'question', number: (number += 1), unit };
    return { ...base, kind: 'end' };
  });
}
