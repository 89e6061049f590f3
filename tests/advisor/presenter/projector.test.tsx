/**
 * The projector: the segment's title and questions only (no answers, no advisor notes); the real
 * player in « Je regarde » led to the presenter's step by `watchUntil`, played again from the
 * start when the presenter goes back; and, over a real BroadcastChannel, following the presenter
 * view and taking its position up again after a reload.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import * as reference from '../../../content/lessons/caf-se-connecter/fr.mdx';
import { PresenterPage } from '../../../src/advisor/presenter/PresenterPage.tsx';
import { Projector } from '../../../src/advisor/projector/Projector.tsx';
import { ProjectorPage } from '../../../src/advisor/projector/ProjectorPage.tsx';
import type { CompiledLesson } from '../../../src/lesson/types.ts';
import { Player } from '../../../src/player/Player.tsx';
import { describeBoth } from '../../player/renderBoth.tsx';
import { fixtureEntry, fixtureSession } from './sessionFixture.tsx';

const lesson = reference as unknown as CompiledLesson;
const total = lesson.units.length;
const lessons = { 'caf-se-connecter': lesson };
const stepHeading = (n: number) => screen.findByRole('heading', { name: `Étape ${n} sur ${total}` });
const watchNext = () => screen.getByRole('button', { name: 'Suivant' });

describeBoth('the projector', ({ render }) => {
  it('waits for the presenter, then shows the segment title and its questions, never the answers nor the notes', () => {
    const { rerender } = render(<Projector session={fixtureSession} lessons={lessons} at={null} />);
    expect(screen.getByRole('status')).toHaveTextContent('En attente de la vue animateur.');
    rerender(<Projector session={fixtureSession} lessons={lessons} at={{ segment: 0, step: 0 }} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Accueil et tour de table' })).toBeVisible();
    expect(screen.getByText('Qui a déjà un compte CAF ?')).toBeVisible();
    const page = document.body.textContent ?? '';
    for (const hidden of [
      'Certains, pas tous.',
      'Présentez-vous.',
      'Chaque personne a un ordinateur allumé.',
      "Note pour l'animateur",
    ])
      expect(page).not.toContain(hidden);
  });

  it("plays the lesson in « Je regarde » up to the presenter's step, and again from the start when it goes back", async () => {
    const at = (step: number) => ({ segment: 1, step });
    const { rerender } = render(<Projector session={fixtureSession} lessons={lessons} at={at(2)} watchTravelMs={0} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Se connecter : je regarde' })).toBeVisible();
    expect(await stepHeading(3)).toBeVisible();
    expect(screen.getByText('Mode : Je regarde')).toBeVisible();
    rerender(<Projector session={fixtureSession} lessons={lessons} at={at(4)} watchTravelMs={0} />);
    expect(await stepHeading(5)).toBeVisible();
    rerender(<Projector session={fixtureSession} lessons={lessons} at={at(1)} watchTravelMs={0} />);
    expect(await stepHeading(2)).toBeVisible();
    expect(document.body.textContent).not.toContain("Note pour l'animateur");
  });
});

describeBoth('the player led by watchUntil', ({ render }) => {
  it('demonstrates the units before the index by itself, stops there, and « Suivant » still goes on', async () => {
    const user = userEvent.setup();
    render(<Player lesson={lesson} mode="watch" watchUntil={3} watchTravelMs={0} onRestart={() => {}} />);
    expect(await stepHeading(4)).toBeVisible();
    // Stopped: once the last demonstration has ended (« Suivant » no longer held), none runs, and the step stays.
    await waitFor(() => expect(watchNext()).not.toHaveAttribute('aria-disabled'));
    expect(screen.getByRole('heading', { name: `Étape 4 sur ${total}` })).toBeVisible();
    await user.click(watchNext());
    expect(await stepHeading(5)).toBeVisible();
  });
});

describeBoth('presenter and projector windows', ({ render }) => {
  it('the projector follows each move over the channel, and takes the position up again after a reload', async () => {
    const sessions = [fixtureEntry];
    render(<PresenterPage id="atelier-test" sessions={sessions} openWindow={() => true} />);
    const projector = document.createElement('div');
    document.body.append(projector);
    const shown = render(<ProjectorPage id="atelier-test" sessions={sessions} watchTravelMs={0} />, {
      container: projector,
    });
    const inProjector = within(projector);
    expect(await inProjector.findByRole('heading', { level: 1, name: 'Accueil et tour de table' })).toBeVisible();
    await userEvent.keyboard('{ArrowRight}');
    expect(await inProjector.findByRole('heading', { level: 1, name: 'Se connecter : je regarde' })).toBeVisible();
    await userEvent.keyboard('{ArrowRight}');
    expect(await inProjector.findByRole('heading', { name: `Étape 2 sur ${total}` })).toBeVisible();

    // A reload: a new window content, which says hello and follows again.
    shown.unmount();
    const reloaded = document.createElement('div');
    document.body.append(reloaded);
    render(<ProjectorPage id="atelier-test" sessions={sessions} watchTravelMs={0} />, { container: reloaded });
    const again = within(reloaded);
    expect(await again.findByRole('heading', { name: `Étape 2 sur ${total}` })).toBeVisible();
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(await again.findByRole('heading', { level: 1, name: 'Accueil et tour de table' })).toBeVisible();
  });
});
