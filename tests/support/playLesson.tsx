/**
 * Plays lesson steps in the real player as a learner who follows the guide would, with the site
 * driver (the same code as « Montre-moi »): shared by the path and recovery tests.
 */
import { act, screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import type { PathStep } from '../../src/engine/lessonPaths.ts';
import type { CompiledLesson } from '../../src/lesson/types.ts';
import { findTarget, performAsync } from '../../src/sites/framework/driver.ts';

/** The code the practice mailbox shows, read as a learner reads it. */
export function codeInMailbox(): string {
  const code = /(?<!\d)(\d{6})(?!\d)/.exec(document.querySelector('.mail-site')?.textContent ?? '')?.[1];
  if (!code)
    throw new Error(`No code is shown in the practice mailbox: ${document.querySelector('.mail-site')?.textContent}`);
  return code;
}

/** Waits for the guide to show the heading of `unit`'s step. */
export async function onStep(lesson: CompiledLesson, unit: PathStep['unit']) {
  const number = lesson.units.indexOf(unit) + 1;
  await screen.findByRole('heading', { name: `Étape ${number} sur ${lesson.units.length}` });
}

/** Does one step of a path (answers a question in the guide); `typed` replaces the value typed. */
export async function playStep(lesson: CompiledLesson, { unit, event }: PathStep, typed?: string) {
  await onStep(lesson, unit);
  if (event.type === 'ANSWER') {
    const radio = document.querySelector<HTMLInputElement>(`.guide-panel input[type="radio"][value="${event.value}"]`)!;
    act(() => radio.click());
    act(() => document.querySelector<HTMLButtonElement>('.guide-panel button[type="submit"]')!.click());
    return;
  }
  if (event.type !== 'SITE') throw new Error(`unexpected ${event.type}`);
  await waitFor(() =>
    expect(findTarget(document, event.target), `${unit.id}: ${event.target} on screen`).not.toBeNull(),
  );
  const value = typed ?? (unit.kind === 'step' && unit.expect === 'rule:otp' ? codeInMailbox() : event.value);
  const step = { action: event.action, target: event.target, ...(value === undefined ? {} : { value }) };
  // An upload takes several moves (the « Ouvrir » dialog): awaited; the others are done at once.
  if (event.action === 'upload') await act(() => performAsync(document, step));
  else act(() => void performAsync(document, step));
}
