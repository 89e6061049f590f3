/**
 * Every lesson can be completed in each mode through the UI alone: by « Suivant » in Watch mode,
 * by « Montre-moi » in Guided mode, and by climbing « J'ai besoin d'aide » up to « Montre-moi » in
 * Alone mode — in the real player, on the real practice sites.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { RunRecord } from '../../src/engine/learner/types.ts';
import { initI18n } from '../../src/i18n/i18n.ts';
import type { CompiledLesson, Mode } from '../../src/lesson/types.ts';
import { Player } from '../../src/player/Player.tsx';

initI18n('fr');

const modules = import.meta.glob<CompiledLesson>('../../content/lessons/*/*.mdx', { eager: true });
const cases = Object.entries(modules).flatMap(([path, lesson]) =>
  (['watch', 'guided', 'alone'] as const).map((mode) => ({ path: path.replace('../../content/lessons/', ''), lesson, mode })),
);

/** A button of the guide panel (the practice site has its own « Suivant »). */
const press = (name: string) => within(document.querySelector<HTMLElement>('.guide-panel')!).queryByRole('button', { name });

/** Presses what the mode offers until the step changes. */
async function doStep(user: ReturnType<typeof userEvent.setup>, mode: Mode) {
  if (mode === 'watch') return user.click(press('Suivant')!);
  while (mode === 'alone' && !press('Montre-moi')) await user.click(press("J'ai besoin d'aide")!);
  return user.click(press('Montre-moi')!);
}

describe.each(cases)('$path in mode $mode', ({ lesson, mode }) => {
  it('can be completed through the UI alone', async () => {
    const user = userEvent.setup();
    const records: RunRecord[] = [];
    render(<Player lesson={lesson} mode={mode} onRestart={() => {}} onComplete={(r) => records.push(r)} watchTravelMs={0} />);
    await waitFor(() => expect(document.querySelector(`[data-target="${(lesson.units[0] as { target?: string }).target}"]`)).not.toBeNull());
    for (let step = 1; step <= lesson.units.length && !screen.queryByRole('heading', { name: 'Bravo !' }); step += 1) {
      const heading = await screen.findByRole('heading', { name: /^Étape \d+ sur \d+$/ });
      const before = heading.textContent;
      await doStep(user, mode);
      await waitFor(() => expect(screen.queryByRole('heading', { name: 'Bravo !' }) ?? screen.getByRole('heading', { name: /^Étape \d+ sur \d+$/ }).textContent !== before).toBeTruthy());
    }
    expect(await screen.findByRole('heading', { name: 'Bravo !' })).toBeTruthy();
    expect(records).toHaveLength(1);
    expect(records[0]!.steps.filter((s) => s.skill).every((s) => s.shown)).toBe(true);
  });
});
