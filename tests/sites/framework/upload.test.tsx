/**
 * Sending a file from the practice computer: the « Ouvrir » dialog a site's « Parcourir » button
 * opens (keyboard, mouse, cancel, focus), the `upload` it reports, the driver's upload, and a
 * compiled lesson with upload steps and an incident played in every mode.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lessonPaths } from '../../../src/engine/lessonPaths.ts';
import { initI18n } from '../../../src/i18n/i18n.ts';
import type { CompiledLesson, Mode } from '../../../src/lesson/types.ts';
import { createWorld } from '../../../src/lesson/world.ts';
import { Player } from '../../../src/player/Player.tsx';
import type { RunState } from '../../../src/player/runState.ts';
import { findTarget, performAsync } from '../../../src/sites/framework/driver.ts';
import { loadTestLesson, testViews } from '../../fixtures/test-site/testSites.ts';
import { onStep, playStep } from '../../support/playLesson.tsx';
import { violations } from './axe.ts';

initI18n('fr');

let lesson: CompiledLesson;
let unload: () => void;
beforeAll(async () => {
  ({ lesson, unload } = await loadTestLesson('biblio-justificatif'));
});
afterAll(() => unload());

const unit = (id: string) => lesson.units.find((u) => u.id === id)!;
const chooser = () => findTarget(document, 'biblio.prets.justificatif')!;
const dialog = () => screen.queryByRole('dialog', { name: 'Ouvrir' });

async function start(mode: Mode = 'guided', onSave?: (run: RunState) => void) {
  const user = userEvent.setup();
  render(
    <Player lesson={lesson} mode={mode} onRestart={() => {}} sites={testViews} watchTravelMs={0} onSave={onSave} />,
  );
  return user;
}

/** Goes to the upload step: « Mes prêts ». */
async function toUpload(user: ReturnType<typeof userEvent.setup>) {
  await onStep(lesson, unit('prets'));
  await user.click(findTarget(document, 'biblio.home.prets')!);
  await onStep(lesson, unit('justificatif'));
}

describe('the « Ouvrir » dialog', () => {
  it('shows the persona’s files with type and size, a preview, and opens one by keyboard', async () => {
    const user = await start();
    await toUpload(user);
    await user.click(chooser());
    const box = await screen.findByRole('dialog', { name: 'Ouvrir' });
    expect(within(box).getByText('Ordinateur › Documents')).toBeVisible();
    const options = within(box).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      'justificatif-domicile.pdfDocument PDF180 Ko',
      'photo-facture.jpgImage JPEG2,4 Mo',
      'scan-complet.pdfDocument PDF6,2 Mo',
      'lettre.docxDocument Microsoft Word35 Ko',
    ]);
    expect(within(box).getByRole('button', { name: 'Ouvrir' })).toBeDisabled();
    // Focus is in the list; the arrows select, the preview follows, Enter opens.
    expect(options[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    expect(within(box).getByText('Facture d’électricité d’octobre 2026, page 1'.replace(/’/g, "'"))).toBeVisible();
    await user.keyboard('{ArrowDown}');
    expect(options[1]).toHaveFocus();
    expect(box.querySelector('.file-thumb-floue')).not.toBeNull();
    await user.keyboard('{ArrowUp}{Enter}');
    await waitFor(() => expect(dialog()).toBeNull());
    // The site got the file; the step after the refused one is the next.
    await onStep(lesson, unit('renvoyer'));
    expect(screen.getByRole('alert')).toHaveTextContent('Le document n’a pas pu être transmis. Veuillez réessayer.');
    await waitFor(() => expect(chooser()).toHaveFocus());
  });

  it('cancels with « Annuler » or Escape: nothing is sent, focus goes back to the button', async () => {
    const user = await start();
    await toUpload(user);
    await user.click(chooser());
    await user.click(within((await screen.findByRole('dialog'))!).getByRole('button', { name: 'Annuler' }));
    expect(dialog()).toBeNull();
    await waitFor(() => expect(chooser()).toHaveFocus());
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('dialog', { name: 'Ouvrir' })).toBeVisible();
    await user.keyboard('{Escape}');
    expect(dialog()).toBeNull();
    await waitFor(() => expect(chooser()).toHaveFocus());
    // Still on the same step, and no wrong action was counted for it.
    await onStep(lesson, unit('justificatif'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('has nothing axe-core finds, with a file selected and its preview', async () => {
    const user = await start();
    await toUpload(user);
    await user.click(chooser());
    const box = await screen.findByRole('dialog', { name: 'Ouvrir' });
    expect(await violations(document.querySelector('.practice-browser')!)).toEqual([]);
    await user.click(within(box).getByRole('option', { name: /photo-facture\.jpg/ }));
    expect(await violations(document.querySelector('.practice-browser')!)).toEqual([]);
    await user.click(within(box).getByRole('button', { name: 'Téléchargements' }));
    expect(within(box).getByText('Ce dossier est vide.')).toBeVisible();
    expect(await violations(document.querySelector('.practice-browser')!)).toEqual([]);
  });

  it('in « On fait ensemble », points at the file to send, then at « Ouvrir »', async () => {
    const user = await start();
    await toUpload(user);
    await user.click(chooser());
    const box = await screen.findByRole('dialog', { name: 'Ouvrir' });
    const good = within(box).getByRole('option', { name: /justificatif-domicile\.pdf/ });
    await waitFor(() => expect(good).toHaveAttribute('data-pap-highlight'));
    await user.click(good);
    await waitFor(() =>
      expect(within(box).getByRole('button', { name: 'Ouvrir' })).toHaveAttribute('data-pap-highlight'),
    );
    expect(good).not.toHaveAttribute('data-pap-highlight');
  });

  it('keeps Tab inside the dialog', async () => {
    const user = await start();
    await toUpload(user);
    await user.click(chooser());
    const box = await screen.findByRole('dialog', { name: 'Ouvrir' });
    for (let i = 0; i < 8; i++) {
      await user.tab();
      expect(box.contains(document.activeElement)).toBe(true);
    }
    await user.tab({ shift: true });
    expect(box.contains(document.activeElement)).toBe(true);
  });

  it('by mouse: a file clicked, then « Ouvrir »; a double-click opens; the site refuses what it does not take', async () => {
    const user = await start();
    await toUpload(user);
    await user.click(chooser());
    let box = await screen.findByRole('dialog', { name: 'Ouvrir' });
    await user.click(within(box).getByRole('option', { name: /photo-facture\.jpg/ }));
    expect(within(box).getByRole('button', { name: 'Ouvrir' })).toBeEnabled();
    await user.click(within(box).getByRole('button', { name: 'Ouvrir' }));
    // The lesson's Mistake for the blurred photo.
    expect(await screen.findAllByText('Cette photo est floue : choisissez le fichier PDF.')).not.toHaveLength(0);
    await user.click(chooser());
    box = await screen.findByRole('dialog', { name: 'Ouvrir' });
    await user.dblClick(within(box).getByRole('option', { name: /scan-complet\.pdf/ }));
    expect(dialog()).toBeNull();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Le fichier dépasse la taille maximale autorisée (5 Mo).',
    );
    expect(chooser()).toHaveAttribute('aria-describedby', 'justificatif-aide justificatif-erreur');
  });
});

describe('the driver’s upload', () => {
  it('clicks the button, selects the file in the dialog and opens it', async () => {
    const user = await start();
    await toUpload(user);
    await act(() =>
      performAsync(document, {
        action: 'upload',
        target: 'biblio.prets.justificatif',
        value: 'justificatif-domicile.pdf',
      }),
    );
    expect(dialog()).toBeNull();
    await onStep(lesson, unit('renvoyer'));
  });
});

describe('a lesson with uploads and an incident', () => {
  it('switches the incident on when its step is reached, not before, and the site clears it once played', async () => {
    const runs: RunState[] = [];
    const user = await start('guided', (run) => runs.push(run));
    await onStep(lesson, unit('prets'));
    expect(runs.at(-1)?.world.incidents ?? []).toEqual([]);
    await user.click(findTarget(document, 'biblio.home.prets')!);
    await onStep(lesson, unit('justificatif'));
    await waitFor(() => expect(runs.at(-1)?.world.incidents).toEqual(['biblio.envoi-refuse']));
    await act(() =>
      performAsync(document, {
        action: 'upload',
        target: 'biblio.prets.justificatif',
        value: 'justificatif-domicile.pdf',
      }),
    );
    await onStep(lesson, unit('renvoyer'));
    await waitFor(() => expect(runs.at(-1)?.world.incidents).toEqual([]));
  });

  it('plays to the end following the guide', async () => {
    const [path] = lessonPaths(lesson, createWorld(0));
    await start('guided');
    for (const step of path!) await playStep(lesson, step);
    expect(await screen.findByRole('heading', { name: 'Bravo !' })).toBeVisible();
    expect(screen.getByText(/3 étapes faites sans aide/)).toBeVisible();
  });

  it('plays to the end in « Je regarde »', async () => {
    const user = await start('watch');
    for (const u of lesson.units) {
      await onStep(lesson, u);
      await user.click(screen.getByRole('button', { name: 'Suivant' }));
    }
    expect(await screen.findByRole('heading', { name: 'Bravo !' })).toBeVisible();
  });

  it('plays to the end with « Montre-moi » in « Je fais seul »', async () => {
    const user = await start('alone');
    for (const u of lesson.units) {
      await onStep(lesson, u);
      // The ladder: its hints, then « Montre-moi ».
      while (!screen.queryByRole('button', { name: 'Montre-moi' }))
        await user.click(screen.getByRole('button', { name: "J'ai besoin d'aide" }));
      await user.click(screen.getByRole('button', { name: 'Montre-moi' }));
    }
    expect(await screen.findByRole('heading', { name: 'Bravo !' })).toBeVisible();
  });
});
