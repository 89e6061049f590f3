/**
 * The first half of « Montre-moi » when the learner strayed: follows the way back link by link
 * (`readWhereabouts`, read again after each link, since a link may land elsewhere than planned:
 * « Mon Compte » opens the login page once signed out) until the step's target is on screen.
 * Then, when the step's form lost what the lesson's steps just before it typed, chose or ticked
 * (a reload, « Annuler », a wrong value typed over), it does those again (`fieldsBefore`).
 */
import { sameValue } from '../lesson/expect.ts';
import type { CompiledLesson, TargetId } from '../lesson/types.ts';
import { waitForTarget } from '../sites/framework/driver.ts';
import type { SiteRegistry } from '../sites/framework/siteRegistry.ts';
import type { WayStep } from '../sites/framework/types.ts';
import { readWhereabouts, shownTarget, type WayBackStep } from './readWhereabouts.ts';

/** The most links a way back may take before the guide gives up (the CAF's longest is 7). */
export const maxLinks = 12;

export interface BringBackOptions {
  root: HTMLElement;
  goal: TargetId;
  registry: SiteRegistry;
  /** The lesson's earlier targets, latest first (see `readWhereabouts`). */
  preferred: readonly string[];
  /** Performs one action of the way (the player moves Watch mode's pointer, then drives the site). */
  perform(step: WayBackStep, element: HTMLElement): Promise<void> | void;
  /**
   * The lesson's fields just before the goal (`fieldsBefore`): once the goal is on screen, those
   * of its form that do not hold their value are done again (default: none).
   */
  fields?: readonly WayStep[];
  /** The value an `expect` gives now (the player's `demoValue`): a field holding it is left alone. */
  expectedValue?(expect: string): string | undefined;
}

const fieldActions: readonly string[] = ['fill', 'choose', 'check'];

/**
 * The steps of `lesson` just before `unit` that type, choose or tick (back to the step before
 * them that does something else), latest first, with their values written as `expect`s.
 */
export function fieldsBefore(lesson: Pick<CompiledLesson, 'units'>, unit: string): WayStep[] {
  const fields: WayStep[] = [];
  const at = lesson.units.findIndex((u) => u.id === unit);
  for (const step of lesson.units.slice(0, Math.max(at, 0)).reverse()) {
    if (step.kind === 'question') continue;
    if (!fieldActions.includes(step.action)) break;
    const value = step.value === undefined ? step.expect : `equals:${step.value}`;
    fields.push({ action: step.action, target: step.target, ...(value === undefined ? {} : { value }) });
  }
  return fields;
}

/** Whether `element` holds `value` (ticked, for a box). */
function holds(element: HTMLElement, action: WayStep['action'], value: string | undefined): boolean {
  if (action === 'check') return (element as HTMLInputElement).checked;
  if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement)
    return sameValue(element.value, value);
  // A group of radio buttons.
  return sameValue(element.querySelector<HTMLInputElement>('input:checked')?.value ?? '', value);
}

/** The fields of the goal's form (or place) that lost their value, in the lesson's order. */
function lostFields(
  root: HTMLElement,
  goal: TargetId,
  registry: SiteRegistry,
  fields: readonly WayStep[],
  expectedValue: (expect: string) => string | undefined,
): { step: WayBackStep; element: HTMLElement }[] {
  const form = shownTarget(root, goal)?.closest('form, [data-place]');
  if (!form) return [];
  return [...fields].reverse().flatMap((field) => {
    const element = shownTarget(form, field.target);
    const value = field.value === undefined ? undefined : expectedValue(field.value);
    if (!element || (field.action !== 'check' && value === undefined) || holds(element, field.action, value)) return [];
    const target = field.target as TargetId;
    const label = registry.targets[target]?.label ?? target;
    return [
      {
        step: {
          action: field.action,
          target,
          ...(field.value === undefined ? {} : { value: field.value }),
          label,
          refill: true,
        },
        element,
      },
    ];
  });
}

/** Lets the site react (a lazily loaded tab, a re-render) before reading the page again. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Brings `goal` on screen; resolves `true` once it is, `false` when no way is known. */
export async function bringBack({
  root,
  goal,
  registry,
  preferred,
  perform,
  fields = [],
  expectedValue = () => undefined,
}: BringBackOptions): Promise<boolean> {
  for (let link = 0; link <= maxLinks; link++) {
    let whereabouts = readWhereabouts(root, goal, registry, preferred);
    // A site still loading: give it the time the driver gives any target.
    if (whereabouts.status === 'unknown' && (await waitForTarget(root, goal)) !== null)
      whereabouts = readWhereabouts(root, goal, registry, preferred);
    if (whereabouts.status === 'here') {
      for (const { step, element } of lostFields(root, goal, registry, fields, expectedValue)) {
        await perform(step, element);
        await settle();
      }
      return shownTarget(root, goal) !== null;
    }
    if (whereabouts.status !== 'away') return false;
    for (const step of whereabouts.steps) {
      const element = shownTarget(root, step.target) ?? (await waitForTarget(root, step.target));
      if (!element) return false;
      await perform(step, element);
      await settle();
    }
  }
  return shownTarget(root, goal) !== null;
}
