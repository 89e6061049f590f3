/**
 * Only committed choices count: moving through the CAF's « Type de ressource » list with the
 * arrow keys reports nothing until Enter, leaving the list or sending the form; a pick with the
 * mouse reports at once. In the player, browsing the list is never a wrong action.
 *
 * jsdom does not move through a select's options on arrow keys. `browse` does what a browser
 * does on a closed list (Chromium, Firefox on Windows and Linux): while the key is down, the next
 * option is selected and `change` fires — a change that is no commitment. Real keyboards are
 * checked in Chromium by tests/e2e/keyboardSelect.spec.ts.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import * as declaration from '../../content/lessons/caf-declaration-trimestrielle/fr.mdx';
import type { RunRecord } from '../../src/engine/learner/types.ts';
import { initI18n } from '../../src/i18n/i18n.ts';
import type { CompiledLesson, StepData } from '../../src/lesson/types.ts';
import { Player } from '../../src/player/Player.tsx';
import { CafSite } from '../../src/sites/caf/CafSite.tsx';
import { findTarget } from '../../src/sites/framework/driver.ts';
import { toDtr } from './cafSteps.ts';
import { renderWithBridge } from './renderWithBridge.tsx';

initI18n('fr');

const typeList = () => findTarget(document, 'caf.dtr.add.type') as HTMLSelectElement;

/** One arrow key on the focused list, as a browser handles it (see above). */
async function browse(user: UserEvent, key: 'ArrowDown' | 'ArrowUp' = 'ArrowDown') {
  const list = typeList();
  const next = list.options[list.selectedIndex + (key === 'ArrowDown' ? 1 : -1)]!;
  await user.keyboard(`{${key}>}`);
  fireEvent.change(list, { target: { value: next.value } });
  await user.keyboard(`{/${key}}`);
}

/** The CAF site on the « Ajouter une ressource » panel of July, its list focused. */
function addPanel() {
  const site = renderWithBridge(<CafSite />);
  toDtr(site);
  site.drive({ action: 'click', target: 'caf.dtr.vous.m1.ajouter' });
  site.clearEvents();
  expect(typeList()).toHaveFocus();
  return site;
}

const chosen = (value: string) => ({ action: 'choose', target: 'caf.dtr.add.type', value });

describe('a choice in a list is reported when it is committed', () => {
  it('arrow keys report nothing; Enter reports the value reached, once', async () => {
    const site = addPanel();
    for (let i = 0; i < 6; i += 1) await browse(site.user);
    expect(typeList()).toHaveValue('independant');
    expect(site.events).toEqual([]);
    await site.user.keyboard('{Enter}');
    expect(site.events).toEqual([chosen('independant')]);
    await site.user.keyboard('{Enter}');
    expect(site.events).toEqual([chosen('independant')]);
  });

  it('leaving the list commits the value reached', async () => {
    const site = addPanel();
    await browse(site.user);
    await browse(site.user);
    await browse(site.user, 'ArrowUp');
    expect(site.events).toEqual([]);
    await site.user.tab();
    expect(site.events).toEqual([chosen('salaire')]);
  });

  it('sending the form commits it first, even when the click leaves the focus on the list', async () => {
    const site = addPanel();
    await browse(site.user);
    // Some browsers (Safari) do not focus a button on click: the list keeps the focus.
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter' }));
    // Refused (no amount): the site puts the focus on the field in error.
    expect(document.querySelector('[data-target="caf.dtr.add.amount"]')).toHaveFocus();
    expect(site.events).toEqual([chosen('salaire'), { action: 'click', target: 'caf.dtr.add.save', ok: false }]);
  });

  it('a pick with the mouse is reported at once', async () => {
    const site = addPanel();
    await site.user.selectOptions(typeList(), 'pension-alimentaire');
    expect(site.events).toEqual([chosen('pension-alimentaire')]);
  });
});

describe('in the player, on the declaration lesson', () => {
  const lesson = declaration as unknown as CompiledLesson;
  const units = lesson.units;
  // Karim's self-employed income: « Revenus d'activité indépendante », after « Salaires » and « Chômage ».
  const step = units.find((u): u is StepData => u.kind === 'step' && u.id === 'type-independant')!;
  const heading = (n: number) => screen.findByRole('heading', { name: `Étape ${n} sur ${units.length}` });

  /**
   * Goes on with the guide's own buttons until the step numbered `to` (or the end): the step
   * shown each time, since a branch not taken skips numbers.
   */
  async function showUntil(user: UserEvent, to: number) {
    for (;;) {
      if (screen.queryByRole('heading', { name: 'Bravo !' })) return;
      const shown = await screen.findByRole('heading', { name: /^Étape \d+ sur \d+$/ });
      const n = Number(/Étape (\d+)/.exec(shown.textContent ?? '')?.[1]);
      if (n >= to) return;
      const unit = units[n - 1]!;
      if (unit.kind === 'step') await waitFor(() => expect(findTarget(document, unit.target)).toBeVisible());
      await user.click(screen.getByRole('button', { name: 'Montre-moi' }));
      if (unit.kind === 'question') await user.click(screen.getByRole('button', { name: 'Valider' }));
      await waitFor(() =>
        expect(
          screen.queryByRole('heading', { name: 'Bravo !' }) ??
            screen.queryByRole('heading', { name: new RegExp(`^Étape (?!${n} )\\d+ sur`) }),
        ).not.toBeNull(),
      );
    }
  }

  it('browsing the list with the keyboard is no mistake; Enter on the right type goes on', async () => {
    const user = userEvent.setup();
    const records: RunRecord[] = [];
    render(<Player lesson={lesson} mode="guided" onRestart={() => {}} onComplete={(r) => records.push(r)} />);
    const number = units.indexOf(step) + 1;
    await showUntil(user, number);
    await heading(number);
    await waitFor(() => expect(typeList()).toHaveFocus());
    // Through « Salaires » and « Chômage », which have their own mistake texts, to the right type.
    for (let i = 0; i < 6; i += 1) {
      await browse(user);
      expect(document.querySelector('.feedback')).toBeNull();
    }
    expect(screen.getByRole('heading', { name: `Étape ${number} sur ${units.length}` })).toBeVisible();
    await user.keyboard('{Enter}');
    await heading(number + 1);

    await showUntil(user, units.length + 1);
    expect(await screen.findByRole('heading', { name: 'Bravo !' })).toBeVisible();
    expect(records[0]!.steps.find((s) => s.unit === step.id)).toMatchObject({ wrongActions: 0, shown: false });
  });
});
