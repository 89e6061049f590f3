/**
 * The units a lesson's step sheet prints, read from the lesson's machine: each numbered as the
 * guide counts it (its place among the lesson's units), the units the lesson's persona never
 * reaches left out (a branch on `persona.…` always goes the same way for that person), and the
 * units only some learners reach (a branch on an answer or a site choice) marked with the choice
 * that leads there.
 */
import { personaField, sameValue } from '../../lesson/expect.ts';
import type { BranchState, CompiledLesson, LessonState, Unit } from '../../lesson/types.ts';

/**
 * A choice of the learner that leads to a unit: an answer to a question (`questionNumber` as the
 * guide counts it), or a value chosen in a list on a site. `choices`: the answers' texts or the
 * site values; empty means « another choice ».
 */
export type HandoutCondition =
  { source: 'answer'; questionNumber: number; choices: string[] } | { source: 'site'; choices: string[] };

/** A unit as the step sheet prints it. */
export interface HandoutUnit {
  unit: Unit;
  /** Its number as the guide shows it (« Étape 7 »): its place among the lesson's units, from 1. */
  number: number;
  /** The choices that lead to it (empty: every learner of this lesson's persona reaches it). */
  conditions: HandoutCondition[];
}

type Lesson = Pick<CompiledLesson, 'machine' | 'units' | 'persona'>;

const isBranch = (state: LessonState | undefined): state is BranchState => !!state && 'always' in state;

/** The sources of a branch (`persona`, `answer`, `site`) and the key after the dot. */
function branchOn(state: BranchState): { source: string; key: string } | undefined {
  const guard = state.always.find((t) => t.guard)?.guard;
  if (!guard) return undefined;
  const dot = guard.params.on.indexOf('.');
  return { source: guard.params.on.slice(0, dot), key: guard.params.on.slice(dot + 1) };
}

/** The states a state leads to, a persona branch resolved for the lesson's persona. */
function nextStates(lesson: Lesson, name: string): string[] {
  const state = lesson.machine.states[name];
  if (!state || 'type' in state) return [];
  if (isBranch(state)) {
    if (branchOn(state)?.source === 'persona') {
      // As the engine's `branch` guard: a field the persona lacks matches no case.
      const matches = (on: string, value: string) => {
        const actual = personaField(lesson.persona, on.slice('persona.'.length));
        return actual !== undefined && sameValue(actual, value);
      };
      const taken = state.always.find((t) => !t.guard || matches(t.guard.params.on, t.guard.params.value));
      return taken ? [taken.target] : [];
    }
    return state.always.map((t) => t.target);
  }
  if ('SITE' in state.on) return [state.on.SITE[0].target];
  return [state.on.ANSWER[0].target];
}

/** The states reachable from `from` (itself included), never going through `avoid`. */
function reachableFrom(lesson: Lesson, from: string, avoid?: string): Set<string> {
  const seen = new Set<string>();
  const todo = [from];
  for (let name = todo.pop(); name !== undefined; name = todo.pop()) {
    if (name === avoid || seen.has(name)) continue;
    seen.add(name);
    todo.push(...nextStates(lesson, name));
  }
  return seen;
}

/** The choices each of a branch's ways stands for (an unguarded way: the values not named before it). */
function choicesOf(lesson: Lesson, state: BranchState, source: string, key: string): string[][] {
  const question = source === 'answer' ? lesson.units.find((u) => u.kind === 'question' && u.id === key) : undefined;
  const all = question?.kind === 'question' ? question.answers.map((a) => a.value) : [];
  const named: string[] = [];
  const textOf = (value: string) =>
    question?.kind === 'question' ? (question.answers.find((a) => a.value === value)?.text ?? value) : value;
  return state.always.map((t) => {
    if (t.guard) {
      named.push(t.guard.params.value);
      return [textOf(t.guard.params.value)];
    }
    return all.filter((value) => !named.some((n) => sameValue(n, value))).map(textOf);
  });
}

/** The units to print, in the lesson's order, with their numbers and the choices that lead to them. */
export function handoutUnits(lesson: Lesson): HandoutUnit[] {
  const start = lesson.machine.initial;
  const reached = reachableFrom(lesson, start);
  const numberOf = (id: string) => lesson.units.findIndex((u) => u.id === id) + 1;
  const conditions = new Map<string, HandoutCondition[]>();

  for (const [name, state] of Object.entries(lesson.machine.states)) {
    if (!reached.has(name) || !isBranch(state)) continue;
    const on = branchOn(state);
    if (!on || on.source === 'persona') continue;
    const aroundBranch = reachableFrom(lesson, start, name);
    const ways = state.always.map((t) => reachableFrom(lesson, t.target));
    const choices = choicesOf(lesson, state, on.source, on.key);
    for (const unit of lesson.units) {
      if (aroundBranch.has(unit.id)) continue;
      const leading = ways.flatMap((way, index) => (way.has(unit.id) ? [index] : []));
      if (leading.length === 0 || leading.length === ways.length) continue;
      const chosen = leading.flatMap((index) => choices[index] ?? []);
      const list = conditions.get(unit.id) ?? [];
      list.push(
        on.source === 'answer'
          ? { source: 'answer', questionNumber: numberOf(on.key), choices: chosen }
          : { source: 'site', choices: chosen },
      );
      conditions.set(unit.id, list);
    }
  }

  return lesson.units
    .map((unit, index) => ({ unit, number: index + 1, conditions: conditions.get(unit.id) ?? [] }))
    .filter(({ unit }) => reached.has(unit.id));
}
