/**
 * Plausible learner deviations on the practice sites, as fast-check values, and how to do each
 * one in the real player: click any target on screen (or one the lesson names), send a form,
 * type a wrong value (the lesson's `Mistake` values, the persona's other numbers, random amounts
 * or words) and leave the field, pick any option of a list, the practice browser's « Page
 * précédente », a tab, a reload, an answer to a question, or the right action of the current step.
 */
import { act } from '@testing-library/react';
import fc from 'fast-check';
import type { PathStep } from '../../src/engine/lessonPaths.ts';
import { personaField } from '../../src/lesson/expect.ts';
import type { CompiledLesson, SiteAction, TargetId } from '../../src/lesson/types.ts';
import { perform, performAsync } from '../../src/sites/framework/driver.ts';
import { backTarget } from '../../src/sites/framework/siteRegistry.ts';
import type { TargetRegistry } from '../../src/sites/framework/types.ts';
import type { KeptPlayer } from './keptPlayer.tsx';
import { codeInMailbox } from './playLesson.tsx';

/** One deviation; `pick` chooses among what is on screen when it is done. */
export type Deviation =
  /** `named`: among the targets the lesson names (its steps' and mistakes'), as a learner misled by the text. */
  | { kind: 'click'; pick: number; named: boolean }
  | { kind: 'submit'; pick: number }
  | { kind: 'fill'; pick: number; value: string }
  | { kind: 'choose'; pick: number; option: number }
  | { kind: 'back' }
  | { kind: 'tab'; pick: number }
  | { kind: 'reload' }
  | { kind: 'answer'; pick: number }
  | { kind: 'correct' };

/** The persona's numbers and words a learner may type in the wrong field. */
const personaIdentifiers = [
  'nir',
  'nir13',
  'caf.numero_allocataire',
  'conjoint.nir13',
  'email',
  'telephone',
  'naissance',
  'bulletins.m1.brut',
  'bulletins.m2.net_a_payer',
];

/** The values typed by mistake in `lesson`: its `Mistake` values and the persona's other numbers. */
export function wrongValues(lesson: CompiledLesson): string[] {
  const mistakes = lesson.units.flatMap((u) =>
    u.kind === 'step' ? u.mistakes.flatMap((m) => (m.value === undefined ? [] : [m.value])) : [],
  );
  const persona = personaIdentifiers
    .map((field) => personaField(lesson.persona, field))
    .filter((v): v is string => typeof v === 'string');
  return [...new Set([...mistakes, ...persona])];
}

const amount = fc
  .integer({ min: 0, max: 500_000 })
  .map((cents) => `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`);

/** Deviations for `lesson`: one to five, the kinds weighted as a wandering learner does them. */
export function deviationsOf(lesson: CompiledLesson): fc.Arbitrary<Deviation[]> {
  const pick = fc.nat({ max: 999 });
  const value = fc.oneof(fc.constantFrom(...wrongValues(lesson)), amount, fc.string({ maxLength: 8 }));
  const deviation: fc.Arbitrary<Deviation> = fc.oneof(
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('click' as const), pick, named: fc.boolean() }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('submit' as const), pick }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('fill' as const), pick, value }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('choose' as const), pick, option: pick }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('back' as const) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('tab' as const), pick }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('reload' as const) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('answer' as const), pick }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('correct' as const) }) },
  );
  return fc.array(deviation, { minLength: 1, maxLength: 5 });
}

const isShown = (element: Element) => element.closest('[hidden], [inert]') === null;

/** The targets `lesson` names: its steps' and its mistakes'. */
function namedTargets(lesson: CompiledLesson): ReadonlySet<string> {
  return new Set(lesson.units.flatMap((u) => (u.kind === 'step' ? [u.target, ...u.mistakes.map((m) => m.on)] : [])));
}

/** The targets on screen in the practice browser that take `actions`, in document order. */
function targetsOnScreen(targets: TargetRegistry, actions: readonly SiteAction[]): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('.practice-browser [data-target]')].filter((element) => {
    const spec = targets[(element.dataset.target ?? '') as TargetId];
    return isShown(element) && spec !== undefined && spec.actions.some((a) => actions.includes(a));
  });
}

/** The current unit's id, read from the guide (« Étape n sur N »); `null` once the lesson is over. */
export function currentUnit(lesson: CompiledLesson): string | null {
  const heading = document.querySelector('.guide-panel .guide-step')?.textContent ?? '';
  const n = /(\d+)/.exec(heading)?.[1];
  return n === undefined ? null : (lesson.units[Number(n) - 1]?.id ?? null);
}

export interface DeviationContext {
  lesson: CompiledLesson;
  targets: TargetRegistry;
  /** The right event of each unit, from a path of the lesson. */
  right: ReadonlyMap<string, PathStep['event']>;
  player: KeptPlayer;
}

/**
 * Does `deviation`, or a click on a target on screen when it has nothing to do here (no field to
 * fill, no question…); returns what was done, in words, for the failure message (`null`: nothing).
 */
export async function applyDeviation(deviation: Deviation, context: DeviationContext): Promise<string | null> {
  const done = await doDeviation(deviation, context);
  if (done !== null || deviation.kind === 'click') return done;
  return doDeviation({ kind: 'click', pick: 'pick' in deviation ? deviation.pick : 0, named: false }, context);
}

async function doDeviation(deviation: Deviation, context: DeviationContext): Promise<string | null> {
  const { lesson, targets, right, player } = context;
  const at = <T>(list: readonly T[], pick: number) => (list.length === 0 ? undefined : list[pick % list.length]);
  const drive = (step: Parameters<typeof perform>[1]) => act(() => perform(document, step));
  switch (deviation.kind) {
    case 'click': {
      const shown = targetsOnScreen(targets, ['click', 'check']);
      const named = shown.filter((e) => namedTargets(lesson).has(e.dataset.target ?? ''));
      const element = at(deviation.named && named.length > 0 ? named : shown, deviation.pick);
      const target = element?.dataset.target;
      if (!target || (element instanceof HTMLButtonElement && element.disabled)) return null;
      drive({ action: 'click', target });
      return `click ${target}`;
    }
    case 'submit': {
      const element = at(
        targetsOnScreen(targets, ['click']).filter((e) => e instanceof HTMLButtonElement && e.type === 'submit'),
        deviation.pick,
      );
      const target = element?.dataset.target;
      if (!target) return null;
      drive({ action: 'click', target });
      return `send the form with ${target}`;
    }
    case 'fill': {
      const target = at(targetsOnScreen(targets, ['fill']), deviation.pick)?.dataset.target;
      if (!target) return null;
      drive({ action: 'fill', target, value: deviation.value });
      return `fill ${target} with ${JSON.stringify(deviation.value)}`;
    }
    case 'choose': {
      const element = at(targetsOnScreen(targets, ['choose']), deviation.pick);
      const target = element?.dataset.target;
      const empty = element instanceof HTMLSelectElement ? [''] : [];
      const option = target
        ? at([...empty, ...(targets[target as TargetId]?.options ?? [])], deviation.option)
        : undefined;
      if (!target || option === undefined) return null;
      drive({ action: 'choose', target, value: option });
      return `choose ${JSON.stringify(option)} in ${target}`;
    }
    case 'back': {
      const button = document.querySelector<HTMLButtonElement>(`.practice-browser [data-target="${backTarget}"]`);
      if (!button || button.disabled) return null;
      act(() => button.click());
      return 'the practice browser’s « Page précédente »';
    }
    case 'tab': {
      const target = at(
        targetsOnScreen(targets, ['click']).filter((e) => e.dataset.target?.startsWith('browser.tab.')),
        deviation.pick,
      )?.dataset.target;
      if (!target) return null;
      drive({ action: 'click', target });
      return `tab ${target}`;
    }
    case 'reload':
      await player.reload();
      return 'reload';
    case 'answer': {
      const radios = [...document.querySelectorAll<HTMLInputElement>('.guide-panel input[type="radio"]')];
      const radio = at(radios, deviation.pick);
      if (!radio) return null;
      act(() => radio.click());
      act(() => document.querySelector<HTMLButtonElement>('.guide-panel form.question button[type="submit"]')?.click());
      return `answer ${radio.value}`;
    }
    case 'correct': {
      const unit = currentUnit(lesson);
      const event = unit === null ? undefined : right.get(unit);
      if (event?.type === 'ANSWER') {
        const radio = document.querySelector<HTMLInputElement>(
          `.guide-panel input[type="radio"][value="${event.value}"]`,
        );
        if (!radio) return null;
        act(() => radio.click());
        act(() =>
          document.querySelector<HTMLButtonElement>('.guide-panel form.question button[type="submit"]')?.click(),
        );
        return `answer ${event.value} (right)`;
      }
      if (event?.type !== 'SITE') return null;
      const element = document.querySelector(`.practice-browser [data-target="${event.target}"]`);
      if (!element || !isShown(element)) return null;
      const step = lesson.units.find((u) => u.id === unit);
      let value = event.value;
      if (step?.kind === 'step' && step.expect === 'rule:otp') {
        try {
          value = codeInMailbox();
        } catch {
          return null;
        }
      }
      const action = { action: event.action, target: event.target, ...(value === undefined ? {} : { value }) };
      // An upload takes several moves (the practice « Ouvrir » dialog): awaited.
      if (event.action === 'upload') await act(() => performAsync(document, action));
      else drive(action);
      return `${event.action} ${event.target}${value === undefined ? '' : ` with ${JSON.stringify(value)}`} (right)`;
    }
  }
}
