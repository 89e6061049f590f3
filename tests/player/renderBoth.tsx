/**
 * Runs a suite of component tests twice, with and without `<React.StrictMode>` (as xstate's
 * React tests do), with the UI strings initialised in French before each test.
 */
import { render, type RenderOptions } from '@testing-library/react';
import { StrictMode, type ReactElement } from 'react';
import { beforeEach, describe } from 'vitest';
import { initI18n, languageStorageKey } from '../../src/i18n/i18n.ts';

export type RenderMode = 'strict' | 'non-strict';

export interface BothContext {
  /** Which of the two runs this is. */
  mode: RenderMode;
  /** `render` from Testing Library, wrapped in StrictMode in the strict run. */
  render(ui: ReactElement, options?: RenderOptions): ReturnType<typeof render>;
}

const i18n = initI18n('fr');

/** Declares `suite` twice: `<name> (non-strict)` and `<name> (strict)`. */
export function describeBoth(name: string, suite: (context: BothContext) => void): void {
  for (const mode of ['non-strict', 'strict'] as const) {
    describe(`${name} (${mode})`, () => {
      beforeEach(async () => {
        sessionStorage.removeItem(languageStorageKey);
        await i18n.changeLanguage('fr');
      });
      suite({
        mode,
        render: (ui, options) => render(ui, mode === 'strict' ? { wrapper: StrictMode, ...options } : options),
      });
    });
  }
}

/**
 * Whether `element`'s text contains `text` (a unit's plain text), whitespace aside: rendered
 * MDX and the compiler's plain text may break lines differently.
 */
export function hasText(element: Element | null | undefined, text: string): boolean {
  const fold = (s: string) => s.replace(/\s+/g, '');
  return element ? fold(element.textContent ?? '').includes(fold(text)) : false;
}
