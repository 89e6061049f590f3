/**
 * « Supprimer » on a resource the learner added to the declaration (never on a pre-filled one):
 * the line goes, the later lines of its kind take its key, focus goes to « Ajouter une
 * ressource »; a resource added twice raises the flag the map's way back removes it by.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CafSite } from '../../../../src/sites/caf/CafSite.tsx';
import { dtrReducer, initialDtr } from '../../../../src/sites/caf/dtrReducer.ts';
import { cafPersona } from '../../../../src/sites/caf/cafPersona.ts';
import { cafNavigation } from '../../../../src/sites/caf/navigation.ts';
import { toDtr } from '../../cafSteps.ts';
import { amina, renderWithBridge } from '../../renderWithBridge.tsx';

const september = () => screen.getByRole('region', { name: 'Septembre 2026' });
const flags = () => (document.querySelector<HTMLElement>('[data-flags]')?.dataset.flags ?? '').split(' ');
const text = (element: Element) => element.textContent!.replace(/[\u00a0\u202f]/g, ' ');

/** Karim's page, with his self-employed turnover added twice: 230,00 (wrong), then 320,00. */
function addedTwice() {
  const site = renderWithBridge(<CafSite />);
  toDtr(site);
  site.drive(
    { action: 'choose', target: 'caf.dtr.vous.autres', value: 'non' },
    { action: 'click', target: 'caf.dtr.next' },
  );
  for (const amount of ['230,00', '320,00'])
    site.drive(
      { action: 'click', target: 'caf.dtr.conjoint.m3.ajouter' },
      { action: 'choose', target: 'caf.dtr.add.type', value: 'independant' },
      { action: 'fill', target: 'caf.dtr.add.amount', value: amount },
      { action: 'click', target: 'caf.dtr.add.save' },
    );
  return site;
}

describe('« Supprimer » on an added resource', () => {
  it('is on each added line only, and removes it; the next line of its kind takes its place', async () => {
    const site = addedTwice();
    const remove = within(september()).getAllByRole('button', { name: /^Supprimer/ });
    // The partner's pre-filled chômage has « Modifier » and no « Supprimer ».
    expect(remove.map((button) => button.getAttribute('data-target'))).toEqual([
      'caf.dtr.conjoint.m3.independant.supprimer',
      'caf.dtr.conjoint.m3.independant-2.supprimer',
    ]);
    expect(remove[0]).toHaveAccessibleName('Supprimer : Revenus d’activité indépendante, Septembre 2026');
    expect(flags()).toContain('dtr-conjoint-m3-independant-en-double');

    await site.user.click(remove[0]!);
    expect(text(september())).not.toContain('230,00');
    expect(text(september())).toContain('320,00 €');
    expect(within(september()).getAllByRole('button', { name: /^Supprimer/ })).toHaveLength(1);
    expect(document.querySelector('[data-target="caf.dtr.conjoint.m3.independant.supprimer"]')).not.toBeNull();
    expect(within(september()).getByRole('button', { name: 'Ajouter une ressource : Septembre 2026' })).toHaveFocus();
    expect(flags()).not.toContain('dtr-conjoint-m3-independant-en-double');
    expect(site.events.at(-1)).toEqual({ action: 'click', target: 'caf.dtr.conjoint.m3.independant.supprimer' });

    // The review lists only what is left.
    site.drive(
      { action: 'choose', target: 'caf.dtr.conjoint.autres', value: 'non' },
      { action: 'click', target: 'caf.dtr.next' },
      // Inès's page (17).
      { action: 'choose', target: 'caf.dtr.enfant1.autres', value: 'non' },
      { action: 'click', target: 'caf.dtr.next' },
    );
    const conjoint = screen.getByRole('region', { name: 'Votre conjoint : Karim' });
    expect(text(conjoint)).toContain('320,00 €');
    expect(text(conjoint)).not.toContain('230,00');
  });

  it('is how the map puts the page right: the earlier of two lines added alike goes', () => {
    const tidy = cafNavigation.links.filter((link) => link.when?.includes('dtr-conjoint-m3-independant-en-double'));
    expect(tidy).toEqual([
      {
        from: ['dtr-conjoint'],
        to: 'dtr-conjoint',
        steps: [{ action: 'click', target: 'caf.dtr.conjoint.m3.independant.supprimer' }],
        when: ['dtr-conjoint-m3-independant-en-double'],
        takes: ['dtr-conjoint-m3-independant-en-double'],
      },
    ]);
  });
});

describe('dtrReducer « remove »', () => {
  const start = () => initialDtr(cafPersona(amina));

  it('leaves a pre-filled line where it is', () => {
    const state = start();
    const key = state.lines.vous.m2[0]!.key;
    expect(dtrReducer(state, { type: 'remove', member: 'vous', month: 'm2', key })).toBe(state);
  });

  it('renumbers the later added lines of the kind removed', () => {
    let state = start();
    for (const cents of [100, 200, 300])
      state = dtrReducer(state, { type: 'add', member: 'vous', month: 'm1', resource: 'autre', cents });
    state = dtrReducer(state, { type: 'remove', member: 'vous', month: 'm1', key: 'autre' });
    const added = state.lines.vous.m1.filter((line) => line.type === 'autre');
    expect(added.map((line) => [line.key, line.cents])).toEqual([
      ['autre', 200],
      ['autre-2', 300],
    ]);
    // A new one takes the next key, not one in use.
    state = dtrReducer(state, { type: 'add', member: 'vous', month: 'm1', resource: 'autre', cents: 400 });
    expect(state.lines.vous.m1.filter((line) => line.type === 'autre').map((line) => line.key)).toEqual([
      'autre',
      'autre-2',
      'autre-3',
    ]);
  });
});
