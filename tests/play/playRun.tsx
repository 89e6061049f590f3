/**
 * Plays one run of a lesson in the real player, through the real practice sites, in one mode, as
 * a learner would: « Suivant » (Je regarde), each step done with the site driver (On fait
 * ensemble), « J'ai besoin d'aide » up to « Montre-moi » (Je fais seul). After each action it
 * waits, a bounded time, for the guide to go on; when it does not, it says why in words.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { PlayStall } from '../../src/compiler/cli/play.ts';
import { rightEvents, type PathStep } from '../../src/engine/lessonPaths.ts';
import type { LessonEvent } from '../../src/engine/lessonMachine.ts';
import type { CompiledLesson, Mode, QuestionData, StepData, Unit } from '../../src/lesson/types.ts';
import { createWorld } from '../../src/lesson/world.ts';
import { valueFor } from '../../src/player/demonstrate.ts';
import { Player } from '../../src/player/Player.tsx';
import { siteAttribute } from '../../src/player/siteAttribute.ts';
import { findTarget, performAsync } from '../../src/sites/framework/driver.ts';
import { registry } from '../../src/sites/registry.ts';
import { codeInMailbox } from '../support/playLesson.tsx';
import type { PersonaVariant } from '../../src/author/personaVariants.ts';

/** How long the guide may take to go on after an action before the step counts as stalled (ms). */
export const stepBound = 5000;

const guide = () => document.querySelector<HTMLElement>('.guide-panel');
const stepLabel = () => guide()?.querySelector('.guide-step')?.textContent ?? '';
const finished = () => screen.queryByRole('heading', { name: 'Bravo !' }) !== null;

/** The text a learner reads in `element`: blocks kept apart, read-aloud controls left out. */
function text(element: Element | null | undefined): string {
  if (!element) return '';
  const copy = element.cloneNode(true) as Element;
  for (const control of copy.querySelectorAll('button, .read-aloud-unavailable, [aria-hidden="true"]'))
    control.remove();
  for (const block of copy.querySelectorAll('p, li, div, h1, h2, h3, h4, br')) block.after(' ');
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The guide's button named `name`, found by its visible text. */
function guideButton(name: string): HTMLButtonElement | null {
  return [...(guide()?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find((b) => text(b) === name) ?? null;
}

/** The unit whose « Étape n sur N » the guide shows. */
function unitOnScreen(lesson: CompiledLesson): Unit | undefined {
  const number = /Étape (\d+) sur/.exec(stepLabel())?.[1];
  return number ? lesson.units[Number(number) - 1] : undefined;
}

/** Resolves `true` once the guide shows another step or « Bravo ! », `false` after `stepBound`. */
async function movedOn(before: string): Promise<boolean> {
  try {
    await waitFor(
      () => {
        if (!finished() && stepLabel() === before) throw new Error(`still on ${before}`);
      },
      { timeout: stepBound },
    );
    return true;
  } catch {
    return false;
  }
}

/** Waits until every site of the lesson has shown its first page (they load lazily). */
async function sitesLoaded() {
  await waitFor(() => {
    const pages = [...document.querySelectorAll('.browser-page')];
    if (pages.length === 0 || pages.some((page) => !page.querySelector('[data-target]')))
      throw new Error('The practice sites are still loading.');
  });
}

/** What the practice browser shows: the page's title and the site's address. */
function whereTheBrowserIs(): string {
  const page = [...document.querySelectorAll('.browser-page')].find((p) => !p.closest('[hidden]'));
  const title = text(page?.querySelector('h1'));
  const address = text(document.querySelector('.browser-url'));
  return title ? `« ${title} » (${address})` : address || 'no page';
}

/** Why `step` did not end, read from the screen. */
function whyStepStalled(lesson: CompiledLesson, step: StepData): string {
  const element = findTarget(document, step.target);
  const label = step.targetLabel ? ` (${step.targetLabel})` : '';
  if (!element)
    return `its target \`${step.target}\`${label} is not on screen: the practice browser shows ${whereTheBrowserIs()}; a step that leads there is missing before it`;
  const panel = element.closest(`[${siteAttribute}][hidden]`);
  if (panel) {
    const site = registry.site(panel.getAttribute(siteAttribute) ?? '');
    return `its target \`${step.target}\` is in the tab « ${site?.tabLabel ?? '?'} », which is not in front: add a step that clicks \`browser.tab.${site?.id ?? '…'}\` before it`;
  }
  if (
    (step.action === 'fill' || step.action === 'choose' || step.action === 'upload') &&
    valueFor(step, lesson.persona, createWorld(0)) === undefined
  )
    return `there is no value to ${step.action === 'fill' ? 'type' : step.action === 'upload' ? 'send' : 'choose'}: \`expect="${step.expect ?? ''}"\` gives none; add \`value="…"\``;
  // What the learner would read: the site's error first, else the guide's feedback, else « Montre-moi »'s.
  const alerts = [...document.querySelectorAll('.browser-page [role="alert"]')]
    .filter((a) => !a.closest('[hidden]'))
    .map(text)
    .filter(Boolean);
  if (alerts.length > 0) return `the site refused it, saying « ${alerts.join(' ')} »`;
  const feedback = text(guide()?.querySelector('.feedback-text'));
  if (feedback) return `the guide says « ${feedback} »`;
  const showProblem = text(guide()?.querySelector('.show-problem, .watch-status'));
  if (showProblem) return `« Montre-moi » says « ${showProblem} »`;
  return 'the action was done on the site, but the step did not end';
}

/** Why `question` did not end, read from the screen. */
function whyQuestionStalled(question: QuestionData, mode: Mode, chosen: string | undefined): string {
  if (question.answers.length === 0) return 'the question has no answer to choose';
  if (mode === 'watch' && !text(guide()?.querySelector('.question-shown')))
    return 'the question has no correct answer to show: mark the right `<Answer>` with `correct`';
  const answer = question.answers.find((a) => a.value === chosen);
  const feedback = text(guide()?.querySelector('.feedback-text'));
  return `the answer « ${answer?.text ?? chosen ?? '?'} » did not move the lesson on${feedback ? `; the guide says « ${feedback} »` : ''}`;
}

/** The answer a learner following `event` (else the right one shown) gives. */
function answerFor(question: QuestionData, event: LessonEvent | undefined): string | undefined {
  if (event?.type === 'ANSWER') return event.value;
  return (question.answers.find((a) => a.correct) ?? question.answers[0])?.value;
}

/** Chooses `value` among the question's answers and presses « Valider »; says why it cannot. */
async function answer(user: UserEvent, value: string | undefined): Promise<string | undefined> {
  const radio = [...(guide()?.querySelectorAll<HTMLInputElement>('input[type="radio"]') ?? [])].find(
    (r) => r.value === value,
  );
  if (!radio) return `the guide shows no answer \`${value ?? ''}\` to choose`;
  const submit = guideButton('Valider');
  if (!submit) return 'the guide shows no « Valider » button';
  await user.click(radio);
  await user.click(submit);
  return undefined;
}

/** Does the current unit in `mode`; returns a reason when it could not even try. */
async function act(
  lesson: CompiledLesson,
  mode: Mode,
  unit: Unit,
  event: LessonEvent | undefined,
  user: UserEvent,
): Promise<string | undefined> {
  if (mode === 'watch') {
    const next = guideButton('Suivant');
    if (!next) return 'the guide shows no « Suivant » button';
    await user.click(next);
    if (unit.kind !== 'question') return undefined;
    // The first « Suivant » shows the right answer, the second gives it.
    try {
      await waitFor(
        () => {
          if (!text(guide()?.querySelector('.question-shown'))) throw new Error('No answer is shown yet.');
        },
        { timeout: stepBound },
      );
    } catch {
      return whyQuestionStalled(unit, mode, undefined);
    }
    await user.click(guideButton('Suivant') ?? next);
    return undefined;
  }
  if (unit.kind === 'question') return answer(user, answerFor(unit, event));
  if (mode === 'alone') {
    for (let rung = 0; rung <= unit.hints.length; rung += 1) {
      const help = guideButton("J'ai besoin d'aide");
      if (!help) break;
      await user.click(help);
    }
    const show = guideButton('Montre-moi');
    if (!show) return 'after every hint, the guide shows no « Montre-moi » button';
    await user.click(show);
    return undefined;
  }
  // On fait ensemble: the learner does the step on the site (the driver, as « Montre-moi » does).
  const site = event?.type === 'SITE' ? event : rightEvents(unit, lesson.persona, createWorld(0))[0];
  if (site?.type !== 'SITE') return whyStepStalled(lesson, unit);
  try {
    await waitFor(
      () => {
        const element = findTarget(document, site.target);
        if (!element || element.closest('[hidden]')) throw new Error(`${site.target} is not on screen`);
      },
      { timeout: stepBound },
    );
  } catch {
    return whyStepStalled(lesson, unit);
  }
  let value = site.value;
  if (unit.expect === 'rule:otp') {
    // The learner reads the code in the practice mailbox.
    try {
      value = codeInMailbox();
    } catch {
      return 'the code to type is not shown in the practice mailbox: open the message that holds it before this step';
    }
  }
  try {
    // An upload takes several moves (the practice « Ouvrir » dialog): awaited.
    await performAsync(document, {
      action: site.action,
      target: site.target,
      ...(value === undefined ? {} : { value }),
    });
  } catch (error) {
    return `the site driver cannot do it: ${(error as Error).message}`;
  }
  return undefined;
}

/**
 * Plays the lesson once in `mode`, for `variant`'s persona; in Guided and Alone modes, the
 * answers (and values) of `path`. Resolves with the stall, or `undefined` at « Bravo ! ».
 */
export async function playRun(
  lesson: CompiledLesson,
  mode: Mode,
  variant: PersonaVariant,
  path: readonly PathStep[] = [],
): Promise<PlayStall | undefined> {
  const played = { ...lesson, persona: variant.persona };
  const events = new Map(path.map((step) => [step.unit.id, step.event]));
  render(<Player lesson={played} mode={mode} onRestart={() => {}} watchTravelMs={0} />);
  await sitesLoaded();
  const user = userEvent.setup();
  const seen = new Map<string, number>();
  for (;;) {
    if (finished()) return undefined;
    const unit = unitOnScreen(played);
    if (!unit) return { unit: '', kind: 'step', line: 1, reason: 'the guide shows no step' };
    const stall = (reason: string): PlayStall => ({ unit: unit.id, kind: unit.kind, line: unit.line, reason });
    const visits = (seen.get(unit.id) ?? 0) + 1;
    seen.set(unit.id, visits);
    if (visits > 3)
      return stall('the lesson comes back to this step again and again: check the `goto` of its branches');
    const before = stepLabel();
    const event = events.get(unit.id);
    const problem = await act(played, mode, unit, event, user);
    if (problem !== undefined) return stall(problem);
    if (await movedOn(before)) continue;
    return stall(
      unit.kind === 'question' ? whyQuestionStalled(unit, mode, answerFor(unit, event)) : whyStepStalled(played, unit),
    );
  }
}
