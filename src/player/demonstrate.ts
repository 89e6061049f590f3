/**
 * « Montre-moi » for a step: performs it on the practice browser with the site driver, or says
 * why it cannot (the target is in the other tab, or not on this page) instead of crashing. For a
 * question: the answer it shows.
 */
import { demoValue, parseExpect } from '../lesson/expect.ts';
import type { Persona, QuestionData, StepData } from '../lesson/types.ts';
import type { PracticeWorld } from '../lesson/world.ts';
import { findTarget, performAsync, type PerformOptions } from '../sites/framework/driver.ts';
import { siteAttribute } from './siteAttribute.ts';

/** What happened when the player tried to demonstrate a step. */
export type ShowOutcome =
  | { ok: true }
  /** The target is in the tab of `site`, which is hidden. */
  | { ok: false; reason: 'hidden-tab'; site: string }
  /** The target is not on the current page. */
  | { ok: false; reason: 'not-on-screen' }
  /** The driver could not perform it (no value to type…). */
  | { ok: false; reason: 'failed' };

/**
 * The answer « Montre-moi » and Watch mode show for `question`: its first correct one, or its
 * first when every answer is accepted.
 */
export function shownAnswer(question: QuestionData): QuestionData['answers'][number] | undefined {
  return question.answers.find((a) => a.correct) ?? question.answers[0];
}

/** The value the driver types or chooses for `step`: its own, else the one its `expect` gives. */
export function valueFor(step: StepData, persona: Persona, world: PracticeWorld): string | undefined {
  if (step.value !== undefined) return step.value;
  if (!step.expect) return undefined;
  return demoValue(parseExpect(step.expect), persona, world);
}

/**
 * Performs `step` inside `root`. `before` runs just before the driver acts (the player sends
 * SHOW there, so the step counts as shown); `options.before` before each later move of a step
 * done in several (an upload's file and « Ouvrir »).
 */
export async function demonstrate(
  root: ParentNode | null,
  step: StepData,
  persona: Persona,
  world: PracticeWorld,
  before: () => void,
  options: PerformOptions = {},
): Promise<ShowOutcome> {
  const element = root ? findTarget(root, step.target) : null;
  if (!root || !element) return { ok: false, reason: 'not-on-screen' };
  const hidden = element.closest('[hidden], [inert]');
  if (hidden) {
    const site = hidden.closest(`[${siteAttribute}]`)?.getAttribute(siteAttribute);
    return site ? { ok: false, reason: 'hidden-tab', site } : { ok: false, reason: 'not-on-screen' };
  }
  const needsValue = step.action === 'fill' || step.action === 'choose' || step.action === 'upload';
  const value = valueFor(step, persona, world);
  if (needsValue && value === undefined) return { ok: false, reason: 'failed' };
  before();
  try {
    await performAsync(
      root,
      { action: step.action, target: step.target, ...(value === undefined ? {} : { value }) },
      options,
    );
    return { ok: true };
  } catch (error) {
    console.error('Pas à pas: « Montre-moi » could not perform the step', error);
    return { ok: false, reason: 'failed' };
  }
}
