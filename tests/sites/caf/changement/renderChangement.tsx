/**
 * Renders the whole CAF site as the player does, for the declaration of a change: in its tab
 * panel, with amina, a practice world on 1 December 2026 (the lesson's day), the run's memory
 * and the practice browser's real « Ouvrir » dialog for the proof.
 */
import { screen } from '@testing-library/react';
import type { Persona } from '../../../../src/lesson/types.ts';
import { renderCaf } from '../compte/renderCaf.tsx';
import { amina } from '../../renderWithBridge.tsx';

/** The practice day of these tests: the lesson's, 1 December 2026. */
export const practiceDay = '2026-12-01';

/** The CAF site, signed out on its home page. */
export function renderChangement(persona: Persona = amina) {
  const site = renderCaf({ persona, date: practiceDay });
  return {
    ...site,
    /** Types `value` into the field labelled `label` (emptied first). */
    async type(label: string | RegExp, value: string) {
      const field = screen.getByLabelText(label);
      await site.user.clear(field);
      await site.user.type(field, value);
    },
    next: () => site.user.click(screen.getByRole('button', { name: 'Suivant' })),
  };
}

export type RenderedChangement = ReturnType<typeof renderChangement>;
