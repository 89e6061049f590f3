/**
 * Recovery, with the real declaration lesson and the real CAF site: gross pay typed and saved
 * (Enter) keeps the « salaire brut » message, then the guide says the field is gone and what
 * brings it back (outlined); « Montre-moi » walks the way back and does the step. A learner who
 * wandered to another page, or signed out, is brought back the same way.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import * as declaration from '../../content/lessons/caf-declaration-trimestrielle/fr.mdx';
import { lessonPaths } from '../../src/engine/lessonPaths.ts';
import type { RunRecord } from '../../src/engine/learner/types.ts';
import { initI18n } from '../../src/i18n/i18n.ts';
import type { CompiledLesson } from '../../src/lesson/types.ts';
import { createWorld } from '../../src/lesson/world.ts';
import { Player } from '../../src/player/Player.tsx';
import { findTarget, perform } from '../../src/sites/framework/driver.ts';
import { onStep, playStep } from '../support/playLesson.tsx';

initI18n('fr');

const lesson = declaration as unknown as CompiledLesson;
const [path] = lessonPaths(lesson, { ...createWorld(0), otp: '000000' });
const target = (id: string) => findTarget(document, id);
const guide = () => document.querySelector<HTMLElement>('.guide-panel')!;

/** Renders the lesson and plays its path up to (not including) step `id`. */
async function playTo(id: string, mode: 'guided' | 'alone' = 'guided') {
  const records: RunRecord[] = [];
  render(<Player lesson={lesson} mode={mode} onRestart={() => {}} onComplete={(r) => records.push(r)} />);
  const at = path!.findIndex((s) => s.unit.id === id);
  for (const step of path!.slice(0, at)) await playStep(lesson, step);
  await onStep(lesson, path![at]!.unit);
  return { records, rest: path!.slice(at) };
}

describe('recovery through the navigation map', () => {
  it('gross pay typed, then « Annuler »: the message stays, the guide points at « Modifier », « Montre-moi » brings the field back', async () => {
    const user = userEvent.setup();
    const { records, rest } = await playTo('montant-aout');
    const field = target('caf.dtr.edit.amount') as HTMLInputElement;
    await user.type(field, '1284,00{Enter}');
    // Enter sent the form: the site refuses it (no proof yet) and the guide names the gross pay.
    expect(await within(guide()).findByText(/C'est le salaire brut/)).toBeVisible();
    expect(target('caf.dtr.edit.amount')).not.toBeNull();
    // The learner gives up the change: the field has gone…
    await user.click(target('caf.dtr.edit.cancel')!);
    await waitFor(() => expect(target('caf.dtr.edit.amount')).toBeNull());
    // … and the guide says how to get it back, outlining the August « Modifier ».
    const way = await within(guide()).findByText(/Pour y revenir/);
    expect(way).toHaveTextContent('Bouton « Modifier »');
    expect(within(guide()).getByText(/C'est le salaire brut/)).toBeVisible();
    await waitFor(() => expect(target('caf.dtr.vous.m2.salaire.modifier')).toHaveAttribute('data-pap-highlight'));

    await user.click(within(guide()).getByRole('button', { name: 'Montre-moi' }));
    await onStep(lesson, rest[1]!.unit);
    for (const step of rest.slice(1)) await playStep(lesson, step);
    expect(await screen.findByRole('heading', { name: 'Bravo !' })).toBeVisible();
    const done = records[0]!.steps.find((s) => s.unit === 'montant-aout');
    // The gross pay counted as a mistake, then the step shown.
    expect(done).toMatchObject({ wrongActions: 1, shown: true });
  });

  it('the space’s red alert is another route to « Mes ressources »: taken with no mistake, and kept in the record', async () => {
    const { records, rest } = await playTo('menu-ressources');
    act(() => perform(document, { action: 'click', target: 'caf.espace.notification-dtr' }));
    await onStep(lesson, rest[1]!.unit);
    expect(guide().querySelector('.feedback')).toBeNull();
    for (const step of rest.slice(1)) await playStep(lesson, step);
    expect(await screen.findByRole('heading', { name: 'Bravo !' })).toBeVisible();
    expect(records[0]!.steps.find((s) => s.unit === 'menu-ressources')).toMatchObject({
      wrongActions: 0,
      shown: false,
      route: 'caf.espace.notification-dtr',
    });
    expect(records[0]!.steps.find((s) => s.unit === 'declarer')).not.toHaveProperty('route');
  });

  it('a learner who signed out in the middle is signed in again and brought back by « Montre-moi »', async () => {
    const user = userEvent.setup();
    const { rest } = await playTo('montant-aout');
    act(() => perform(document, { action: 'click', target: 'caf.espace.logout' }));
    await within(guide()).findByText(/Pour y revenir/);
    expect(guide()).toHaveTextContent('la page d’accueil de caf.fr');
    await user.click(within(guide()).getByRole('button', { name: 'Montre-moi' }));
    await onStep(lesson, rest[1]!.unit);
    for (const step of rest.slice(1)) await playStep(lesson, step);
    expect(await screen.findByRole('heading', { name: 'Bravo !' })).toBeVisible();
  });
});
