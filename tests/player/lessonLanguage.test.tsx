/**
 * A lesson shown in another language than the UI's: in English, a lesson written only in French
 * (the declaration lesson, its translations taken out) says so on its start screen, and its texts carry `lang="fr"` on the start
 * screen, in the guide (instruction, hint) and on the home page; the login lesson, translated,
 * shows no such notice and its texts carry `lang="en"`.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memoryLocation } from 'wouter/memory-location';
import { expect, it } from 'vitest';
import { lessons } from 'virtual:pas-a-pas/lessons';
import { App } from '../../src/app/App.tsx';
import { onlyInFrench as keepOnlyFrench } from '../support/onlyInFrench.ts';
import { describeBoth, hasText } from './renderBoth.tsx';

const login = lessons.find((entry) => entry.id === 'caf-se-connecter')!;
const onlyInFrench = 'This lesson is only in French for now.';
/** The language a screen reader reads `element` in: its nearest `lang`. */
const langOf = (element: Element) => element.closest('[lang]')?.getAttribute('lang');

describeBoth('Lesson language', ({ render }) => {
  const declaration = keepOnlyFrench('caf-declaration-trimestrielle');
  const openInEnglish = async (path: string) => {
    render(<App hook={memoryLocation({ path }).hook} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'English' }));
    return user;
  };

  it('says a lesson is only in French, and marks its texts French, in an English UI', async () => {
    const user = await openInEnglish(`/lecons/${declaration.id}`);
    const title = await screen.findByRole('heading', { level: 1, name: declaration.texts.fr!.title });
    expect(title).toHaveAttribute('lang', 'fr');
    expect(screen.getByText(onlyInFrench)).toBeVisible();
    expect(langOf(screen.getByText(onlyInFrench))).not.toBe('fr');
    expect(screen.getByText(declaration.texts.fr!.goal)).toHaveAttribute('lang', 'fr');
    expect(screen.getByRole('heading', { level: 2, name: 'Your mission' })).not.toHaveAttribute('lang');

    await user.click(screen.getByRole('button', { name: 'We do it together' }));
    expect(await screen.findByRole('heading', { name: /^Step 1 of \d+$/ })).toBeVisible();
    const [first] = (await declaration.load.fr!()).units;
    if (first?.kind !== 'step') throw new Error('The declaration lesson starts with a step.');
    // Once the practice site is painted (until then the guide says it is opening).
    await waitFor(() => expect(hasText(document.querySelector('.guide-panel .instruction'), first.text)).toBe(true));
    expect(langOf(document.querySelector('.guide-panel .instruction')!)).toBe('fr');

    await user.click(screen.getByRole('button', { name: 'I need help' }));
    const hints = await screen.findByRole('list', { name: 'Help' });
    const hint = within(hints).getByRole('listitem');
    expect(hasText(hint, first.hints[0]!.text)).toBe(true);
    expect(langOf(hint.querySelector('.lesson-text')!)).toBe('fr');
    expect(screen.getByRole('button', { name: 'Show me' })).not.toHaveAttribute('lang');
  });

  it('shows no notice for a lesson written in English, and marks its texts English', async () => {
    await openInEnglish(`/lecons/${login.id}`);
    const title = await screen.findByRole('heading', { level: 1, name: login.texts.en!.title });
    expect(title).toHaveAttribute('lang', 'en');
    expect(screen.getByText(login.texts.en!.goal)).toHaveAttribute('lang', 'en');
    expect(screen.queryByText(/only in/)).not.toBeInTheDocument();
  });

  it('marks each lesson card of the home page in the language of its text', async () => {
    await openInEnglish('/');
    expect(screen.getByRole('heading', { level: 1, name: 'Lessons' })).toBeVisible();
    expect(screen.getByRole('link', { name: declaration.texts.fr!.title })).toHaveAttribute('lang', 'fr');
    expect(screen.getByText(declaration.texts.fr!.summary)).toHaveAttribute('lang', 'fr');
    expect(screen.getByRole('link', { name: login.texts.en!.title })).toHaveAttribute('lang', 'en');
    // On the declaration's card (other lessons need the login lesson first too).
    const card = screen.getByRole('link', { name: declaration.texts.fr!.title }).closest('li, article')!;
    const before = within(card as HTMLElement).getByRole('link', { name: `Do first: ${login.texts.en!.title}` });
    expect(langOf(within(before).getByText(login.texts.en!.title))).toBe('en');
  });
});
