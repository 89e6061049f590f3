/**
 * A learner who follows the guide from wherever they are: « Montre-moi » on each step (it walks
 * the way back, then does the step), and on a question « Montre-moi » then « Valider », until
 * « Bravo ! ». Says where it got stuck, with what the guide showed.
 */
import { act, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import type { CompiledLesson } from '../../src/lesson/types.ts';
import { currentUnit } from './deviations.ts';

/** Whether the completion screen (« Bravo ! ») is shown. */
export const finished = () => document.getElementById('completion-title') !== null;

const guide = () => document.querySelector<HTMLElement>('.guide-panel');

const buttonNamed = (root: ParentNode | null, name: string) =>
  [...(root?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find((b) => b.textContent?.trim() === name);

/** What the learner sees: the guide's text and the places on screen, for a failure message. */
export function whatTheGuideSays(): string {
  const places = [...document.querySelectorAll<HTMLElement>('.practice-browser [data-place]')]
    .filter((e) => e.closest('[hidden]') === null)
    .map((e) => e.dataset.place)
    .join(', ');
  const text = (guide()?.textContent ?? '(no guide)').replace(/\s+/g, ' ').trim();
  return `guide: ${text}\nplaces on screen: ${places}`;
}

/** Whether the practice browser shows a page of a site (a place), not one still loading. */
const placeShown = () =>
  [...document.querySelectorAll<HTMLElement>('.practice-browser [data-place]')].some((e) => !e.closest('[hidden]'));

/**
 * A learner presses « Montre-moi » once the page is on screen: a site's pages load lazily (the
 * FranceConnect pages, the first time). When none shows, the press goes ahead and the stuck
 * check reports what the guide says.
 */
async function pageShown(): Promise<void> {
  await waitFor(() => expect(placeShown()).toBe(true)).catch(() => undefined);
}

/**
 * Presses « Montre-moi » once (then « Valider », on a question) and waits for the demonstration
 * to end. Throws, with what the guide shows, when there is no « Montre-moi ».
 */
export async function pressShowMe(lesson: CompiledLesson): Promise<void> {
  await pageShown();
  const unit = currentUnit(lesson);
  const show = buttonNamed(guide(), 'Montre-moi');
  if (!show) throw new Error(`No « Montre-moi » on « ${unit} ».\n${whatTheGuideSays()}`);
  act(() => show.click());
  if (lesson.units.find((u) => u.id === unit)?.kind === 'question') {
    const submit = guide()?.querySelector<HTMLButtonElement>('form.question button[type="submit"]');
    act(() => submit?.click());
  }
  // A demonstration covers the sites until it ends.
  await waitFor(() => expect(document.querySelector('.demonstration-shield')).toBeNull());
  await act(async () => {});
}

export interface FollowGuideOptions {
  /** The most presses of « Montre-moi » (default: 3 × the number of units). */
  bound?: number;
  /** Presses on the same unit without moving on before it counts as stuck (default: 3). */
  stalls?: number;
}

/**
 * Presses « Montre-moi » (and « Valider » on a question) until « Bravo ! »; throws, with what the
 * guide shows, when a unit does not move on after `stalls` presses or after `bound` presses.
 */
export async function followGuide(lesson: CompiledLesson, options: FollowGuideOptions = {}): Promise<void> {
  const bound = options.bound ?? 3 * lesson.units.length;
  const stalls = options.stalls ?? 3;
  let last: string | null = null;
  let same = 0;
  for (let press = 0; press < bound && !finished(); press++) {
    const unit = currentUnit(lesson);
    same = unit === last ? same + 1 : 1;
    last = unit;
    if (same > stalls) throw new Error(`Stuck on « ${unit} » after ${stalls} « Montre-moi ».\n${whatTheGuideSays()}`);
    await pressShowMe(lesson);
  }
  if (!finished()) throw new Error(`Not at « Bravo ! » after ${bound} « Montre-moi ».\n${whatTheGuideSays()}`);
}
