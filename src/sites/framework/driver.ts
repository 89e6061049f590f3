/**
 * The driver performs an expected action on a practice site the way a person would (focus,
 * type, click), through real DOM events, so the site reacts and reports it as usual. It powers
 * « Montre-moi », Watch mode and the lesson-path tests.
 */
import type { SiteAction } from '../../lesson/types.ts';
import { setNativeValue } from './setNativeValue.ts';

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

/** The element of a target once it is on screen, or `null` after `timeoutMs` (default: 3 s). */
export async function waitForTarget(root: ParentNode, target: string, timeoutMs = 3000): Promise<HTMLElement | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const element = findTarget(root, target);
    if (element || Date.now() >= deadline) return element;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Performs `step` on the target found in `root`. Throws an Error naming the target when it is
 * not on screen, or when a value is needed and missing.
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
      throw new Error(`Uploading is not supported by the driver yet ("${step.target}").`);
  }
}
