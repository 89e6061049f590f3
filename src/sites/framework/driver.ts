/**
 * The driver performs an expected action on a practice site the way a person would (focus,
 * type, click), through real DOM events, so the site reacts and reports it as usual. It powers
 * « Montre-moi », Watch mode and the lesson-path tests.
 */
import type { SiteAction } from '../../lesson/types.ts';
import { setNativeValue } from './setNativeValue.ts';
import { fileTarget } from './siteRegistry.ts';

export interface DriverAction {
  action: SiteAction;
  target: string;
  /** The value to type or choose. */
  value?: string;
}

/** Escapes a value for a double-quoted attribute selector (jsdom has no `CSS.escape`). */
const quote = (value: string) => value.replace(/["\\]/g, '\\$&');

/** The element of a target inside `root`, or `null` when it is not on screen. */
export function findTarget(root: ParentNode, target: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-target="${quote(target)}"]`);
}

/** Marks what a practice site shows while its code is still loading (the browser's Suspense fallback). */
export const siteLoadingAttribute = 'data-site-loading';

/** The longest a site may take to load before the driver gives up waiting on it (a slow line). */
export const siteLoadLimitMs = 60_000;

/** How often a wait looks again for what it waits for. */
const pollMs = 50;

/**
 * What `find` finds once it finds it, or `null` after `timeoutMs`; time spent while `paused()`
 * (a site still loading) does not count, up to `siteLoadLimitMs` in all. A look that comes late
 * because the computer is busy (an old machine, a saturated processor) counts as on time: the wait
 * measures the page's chances to appear, not the machine's slowness.
 */
async function waitFor<T>(find: () => T | null, timeoutMs: number, paused = () => false): Promise<T | null> {
  const limit = Date.now() + siteLoadLimitMs;
  let waited = 0;
  let last = Date.now();
  for (;;) {
    const found = find();
    const now = Date.now();
    if (!paused()) waited += Math.min(now - last, pollMs);
    last = now;
    if (found !== null || waited >= timeoutMs || now >= limit) return found;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

/** The element of a target once it is on screen, or `null` after `timeoutMs` (default: 3 s). */
export function waitForTarget(root: ParentNode, target: string, timeoutMs = 3000): Promise<HTMLElement | null> {
  // A site whose code is still on its way (an old computer, a slow line) is waited for.
  return waitFor(
    () => findTarget(root, target),
    timeoutMs,
    () => root.querySelector(`[${siteLoadingAttribute}]`) !== null,
  );
}

export interface PerformOptions {
  /**
   * Called before the driver acts on each element of a step done in several moves (the file and
   * « Ouvrir » of an upload), so that Watch mode's pointer goes there first.
   */
  before?(element: HTMLElement): Promise<void> | void;
  /** How long to wait for what a move brings on screen (default: 3 s). */
  timeoutMs?: number;
}

/**
 * Performs `step` like `perform`, waiting where a person waits: an `upload` clicks the button,
 * waits for the practice « Ouvrir » dialog, selects the file (`value`, its name; in « Documents »
 * or « Téléchargements ») and clicks « Ouvrir ». Rejects with an Error naming what is missing.
 */
export async function performAsync(root: ParentNode, step: DriverAction, options: PerformOptions = {}): Promise<void> {
  if (step.action !== 'upload') return perform(root, step);
  const timeoutMs = options.timeoutMs ?? 3000;
  const name = step.value;
  if (name === undefined) throw new Error(`Uploading on "${step.target}" needs a file name.`);
  let file = findTarget(root, fileTarget(name));
  if (!file) {
    const button = findTarget(root, step.target);
    if (!button) throw new Error(`The target "${step.target}" is not on screen, so it cannot be performed.`);
    button.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    button.focus();
    button.click();
    const folders = await waitFor(() => {
      const found = [...root.querySelectorAll<HTMLElement>('[data-folder]')];
      return found.length > 0 ? found : null;
    }, timeoutMs);
    file = findTarget(root, fileTarget(name));
    for (const folder of folders ?? []) {
      if (file) break;
      await options.before?.(folder);
      folder.click();
      file = await waitForTarget(root, fileTarget(name), 200);
    }
  }
  if (!file) throw new Error(`The file "${name}" is not in the « Ouvrir » dialog of "${step.target}".`);
  await options.before?.(file);
  file.click();
  const open = await waitFor(() => {
    const button = findTarget(root, 'browser.fichiers.ouvrir');
    return button instanceof HTMLButtonElement && !button.disabled ? button : null;
  }, timeoutMs);
  if (!open) throw new Error(`« Ouvrir » stays disabled after choosing "${name}".`);
  await options.before?.(open);
  open.click();
  // The button hears of the file a few microtasks later (a promise): done once it has reported it,
  // not later, so that the step a demonstration completes ends with it.
  for (let i = 0; i < 3; i++) await Promise.resolve();
}

/**
 * Performs `step` on the target found in `root`, at once. Throws an Error naming the target when
 * it is not on screen, or when a value is needed and missing; an `upload` takes several moves:
 * use `performAsync`.
 */
export function perform(root: ParentNode, step: DriverAction): void {
  const element = findTarget(root, step.target);
  if (!element) throw new Error(`The target "${step.target}" is not on screen, so it cannot be performed.`);
  element.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  switch (step.action) {
    case 'click':
    case 'check':
      element.focus();
      element.click();
      return;
    case 'fill': {
      if (step.value === undefined) throw new Error(`Filling "${step.target}" needs a value.`);
      const field = element as HTMLInputElement;
      field.focus();
      // The same value already there is typed again, as a person would (select all, retype): the
      // site then reports it as typed.
      if (field.value === step.value) {
        setNativeValue(field, '');
        field.dispatchEvent(new Event('input', { bubbles: true }));
      }
      setNativeValue(field, step.value);
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.blur();
      return;
    }
    case 'choose': {
      if (step.value === undefined) throw new Error(`Choosing on "${step.target}" needs a value.`);
      if (element instanceof HTMLSelectElement) {
        // A pick with the pointer, which commits the choice (`useChooseTarget`), even after the
        // learner browsed the list with the keyboard: press on the list, then the value changes.
        element.focus();
        element.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
        setNativeValue(element, step.value);
        element.dispatchEvent(new Event('input', { bubbles: true }));
        element.dispatchEvent(new Event('change', { bubbles: true }));
        return;
      }
      const option = element.querySelector<HTMLInputElement>(`input[value="${quote(step.value)}"]`);
      if (!option) throw new Error(`"${step.target}" has no option "${step.value}".`);
      option.focus();
      option.click();
      return;
    }
    case 'upload':
      throw new Error(`Uploading on "${step.target}" takes several moves: use \`performAsync\`.`);
  }
}
