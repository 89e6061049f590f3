/**
 * The app shell and routes with the real lesson catalogue: the home page, a lesson's start
 * screen, an unknown lesson, an unknown page, and switching language.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memoryLocation } from 'wouter/memory-location';
import { expect, it } from 'vitest';
import { lessons } from 'virtual:pas-a-pas/lessons';
import { App } from '../../src/app/App.tsx';
import { languageStorageKey } from '../../src/i18n/i18n.ts';
import { describeBoth } from './renderBoth.tsx';

describeBoth('App', ({ render }) => {
  const open = (path: string) => {
    const location = memoryLocation({ path, record: true });
    render(<App hook={location.hook} />);
    return { user: userEvent.setup(), location };
  };

  it('lists every lesson of the catalogue on the home page, each a link to its page', async () => {
    open('/');
    expect(screen.getByRole('heading', { level: 1, name: 'Les leçons' })).toBeVisible();
    expect(lessons.length).toBeGreaterThan(0);
    for (const entry of lessons) {
      const link = screen.getByRole('link', { name: entry.texts.fr!.title });
      expect(link).toHaveAttribute('href', `/lecons/${entry.id}`);
      const item = link.closest('li')!;
      expect(within(item).getByText(entry.texts.fr!.summary)).toBeVisible();
      expect(within(item).getByText(`Niveau ${entry.level} sur 3`)).toBeVisible();
    }
    expect(screen.getByRole('link', { name: 'Aller au contenu' })).toHaveAttribute('href', '#contenu');
    expect(document.querySelector('main#contenu')).toBeInTheDocument();
  });

  it('opens a lesson from the list: start screen, then the player on step 1', async () => {
    const { user, location } = open('/');
    const entry = lessons.find((l) => l.id === 'caf-se-connecter')!;
    await user.click(screen.getByRole('link', { name: entry.texts.fr!.title }));
    expect(location.history?.at(-1)).toBe('/lecons/caf-se-connecter');
    expect(await screen.findByRole('heading', { level: 1, name: entry.texts.fr!.title })).toBeVisible();
    expect(screen.getByText(entry.texts.fr!.goal)).toBeVisible();
    expect(screen.getByText(/Durée : environ 10 minutes/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'On fait ensemble' }));
    const heading = await screen.findByRole('heading', { name: /^Étape 1 sur \d+$/ });
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('says so, with a link home, for an unknown lesson', async () => {
    open('/lecons/nulle-part');
    expect(await screen.findByRole('heading', { name: 'Leçon introuvable' })).toBeVisible();
    expect(screen.getByText(/Il n'y a pas de leçon « nulle-part »/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Retour aux leçons' })).toHaveAttribute('href', '/');
  });

  it('shows a page-not-found message for an unknown address', () => {
    open('/nulle/part');
    expect(screen.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Retour aux leçons' })).toBeVisible();
  });

  it('switches the UI language, sets <html lang> and remembers it for the session', async () => {
    const { user } = open('/');
    await waitFor(() => expect(document.documentElement.lang).toBe('fr'));
    const english = screen.getByRole('button', { name: 'English' });
    expect(english).toHaveAttribute('aria-pressed', 'false');
    await user.click(english);
    // English is a chunk of its own, loaded on this first choice.
    expect(await screen.findByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toBeVisible();
    expect(english).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(document.documentElement.dir).toBe('ltr');
    expect(sessionStorage.getItem(languageStorageKey)).toBe('en');
    await user.click(screen.getByRole('button', { name: 'Français' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Les leçons' })).toBeVisible();
    await waitFor(() => expect(document.documentElement.lang).toBe('fr'));
  });

  it('shows the lesson in English when it has a translation', async () => {
    const { user } = open('/lecons/caf-se-connecter');
    const entry = lessons.find((l) => l.id === 'caf-se-connecter')!;
    await screen.findByRole('heading', { level: 1, name: entry.texts.fr!.title });
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: entry.texts.en!.title })).toBeVisible();
    expect(screen.getByRole('button', { name: 'We do it together' })).toBeVisible();
  });

  it('keeps the lesson run when the language changes mid-lesson', async () => {
    const { user } = open('/lecons/caf-se-connecter');
    await user.click(await screen.findByRole('button', { name: 'On fait ensemble' }));
    await waitFor(() => expect(document.querySelector('[data-target="caf.header.mon-compte"]')).toBeVisible());
    await user.click(screen.getByRole('button', { name: 'Montre-moi' }));
    expect(await screen.findByRole('heading', { name: /^Étape 2 sur \d+$/ })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { name: /^Step 2 of \d+$/ })).toBeVisible();
    const en = (await lessons.find((l) => l.id === 'caf-se-connecter')!.load.en!()).units[1]!;
    await waitFor(() => expect(document.querySelector('.instruction')?.textContent).toContain(en.text.slice(0, 20)));
    expect(screen.getByRole('button', { name: 'Show me' })).toBeVisible();
  });
});
