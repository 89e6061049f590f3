/**
 * Nothing waits in line (issue 13): pointing at or focusing a lesson's link on the home page
 * starts loading that lesson, so its start screen shows at once after the click.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memoryLocation } from 'wouter/memory-location';
import { afterEach, expect, it, vi } from 'vitest';
import { lessons } from 'virtual:pas-a-pas/lessons';
import { App } from '../../src/app/App.tsx';
import { initI18n } from '../../src/i18n/i18n.ts';

const entry = lessons.find((lesson) => lesson.id === 'impots-trouver-avis')!;
const title = entry.texts.fr!.title;

afterEach(() => {
  vi.restoreAllMocks();
});

// Once per lesson and language in a page's life: one test, so that no earlier render asked first.
it('starts loading a lesson when its link is focused, and its start screen is ready after the click', async () => {
  initI18n('fr');
  const load = vi.spyOn(entry.load, 'fr');
  render(<App hook={memoryLocation({ path: '/' }).hook} />);
  const user = userEvent.setup();
  const link = await screen.findByRole('link', { name: title });
  expect(load).not.toHaveBeenCalled();
  link.focus();
  await waitFor(() => expect(load).toHaveBeenCalledTimes(1));
  await user.click(link);
  expect(await screen.findByRole('heading', { level: 1, name: title })).toBeVisible();
  expect(screen.getByRole('button', { name: 'Je regarde' })).toBeEnabled();
});
