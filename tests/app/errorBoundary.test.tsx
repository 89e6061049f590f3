/**
 * When a page fails: a page that throws while rendering shows the crash message (« Un problème
 * est survenu », what to do, a way back to the lessons) instead of a blank page, and the error
 * still reaches the console; in the app, the crash stays within the page, the header still works,
 * and leaving the page brings the app back. A lesson that fails to load says so, without the
 * crash message.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memoryLocation } from 'wouter/memory-location';
import { afterEach, beforeEach, expect, it, vi, type MockInstance } from 'vitest';
import { lessons } from 'virtual:pas-a-pas/lessons';
import { App } from '../../src/app/App.tsx';
import { ErrorBoundary } from '../../src/app/ErrorBoundary.tsx';
import { forgetLoadedLessons } from '../../src/app/lessonCache.ts';
import type { CompiledLesson } from '../../src/lesson/types.ts';
import { describeBoth } from '../player/renderBoth.tsx';

const crashTitle = 'Un problème est survenu';
const crashText = "Cette page n'a pas pu s'afficher. Rechargez la page, ou revenez aux leçons.";
const lesson = lessons.find((entry) => entry.id === 'caf-se-connecter')!;
const lessonTitle = lesson.texts.fr!.title;

const failure = new Error('the page could not render');
function Broken(): never {
  throw failure;
}

describeBoth('When a page fails', ({ render }) => {
  let consoleError: MockInstance<typeof console.error>;
  beforeEach(() => {
    forgetLoadedLessons(); // an earlier test's lesson would hide the loader swapped here
    // React reports a caught error on the console too: keep the calls to check them, print none.
    consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const open = (path: string) => {
    const location = memoryLocation({ path, record: true });
    render(<App hook={location.hook} />);
    return { user: userEvent.setup(), location };
  };

  it('shows the page when nothing throws', () => {
    render(
      <ErrorBoundary>
        <p>Tout va bien</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('Tout va bien')).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('shows the crash message, with a way back to the lessons, instead of a page that throws', () => {
    render(
      <ErrorBoundary>
        <p>Début de la page</p>
        <Broken />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { level: 1, name: crashTitle })).toBeVisible();
    expect(within(alert).getByText(crashText)).toBeVisible();
    // A plain link, which reloads the app: the router may be what failed.
    expect(within(alert).getByRole('link', { name: 'Retour aux leçons' })).toHaveAttribute('href', '/');
    expect(screen.queryByText('Début de la page')).not.toBeInTheDocument();
  });

  it('does not swallow the error: it goes to the console', () => {
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toBeVisible();
    expect(consoleError).toHaveBeenCalledWith('Pas à pas: a page crashed', failure);
  });

  it('in the app, keeps the header of a crashed page, and leaving the page brings the app back', async () => {
    // A lesson chunk that loads but is not a lesson: the lesson page throws while rendering it.
    const load = vi.spyOn(lesson.load, 'fr').mockResolvedValue({} as CompiledLesson);
    const { user, location } = open(`/lecons/${lesson.id}`);
    const title = await screen.findByRole('heading', { level: 1, name: crashTitle });
    expect(title.closest('[role="alert"]')).toHaveTextContent(crashText);
    expect(consoleError).toHaveBeenCalledWith('Pas à pas: a page crashed', expect.any(TypeError));

    await user.click(screen.getByRole('link', { name: "Pas à pas, page d'accueil" }));
    expect(location.history!.at(-1)).toBe('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Les leçons' })).toBeVisible();
    expect(screen.queryByRole('heading', { name: crashTitle })).not.toBeInTheDocument();

    // The same page, now that its lesson loads, shows again.
    load.mockRestore();
    forgetLoadedLessons(); // the broken lesson it gave is kept otherwise, as a loaded chunk is
    await user.click(screen.getByRole('link', { name: lessonTitle }));
    expect(await screen.findByRole('heading', { level: 1, name: lessonTitle })).toBeVisible();
    expect(screen.getByRole('button', { name: 'On fait ensemble' })).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says a lesson could not be loaded, with a link home, rather than crashing', async () => {
    vi.spyOn(lesson.load, 'fr').mockRejectedValue(new TypeError('Failed to fetch dynamically imported module'));
    const { user } = open(`/lecons/${lesson.id}`);
    expect(
      await screen.findByText("La leçon n'a pas pu être chargée. Rechargez la page pour essayer encore."),
    ).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: crashTitle })).toBeVisible();
    expect(screen.queryByText(crashText)).not.toBeInTheDocument();
    expect(consoleError).not.toHaveBeenCalledWith('Pas à pas: a page crashed', expect.anything());

    await user.click(screen.getByRole('link', { name: 'Retour aux leçons' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Les leçons' })).toBeVisible();
  });
});
