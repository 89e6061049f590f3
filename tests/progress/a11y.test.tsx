/**
 * axe-core on the public-computer screens: the home page with a refused code and a notice, the
 * wipe dialog, the inactivity warning, the progress code page (contrast needs a real layout: the
 * e2e run checks it).
 */
import axe from 'axe-core';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memoryLocation } from 'wouter/memory-location';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App.tsx';
import { initI18n } from '../../src/i18n/i18n.ts';
import { progressStorageKey } from '../../src/progress/progressStore.ts';
import { run } from './fixtures.ts';

async function violations(): Promise<string[]> {
  const result = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const keep = () =>
  localStorage.setItem(
    progressStorageKey,
    JSON.stringify({
      version: 1,
      runs: [run('caf-se-connecter', ['se-connecter'])],
      settings: { inactivityMinutes: 10 },
    }),
  );
const open = (path: string) => {
  const location = memoryLocation({ path });
  render(<App hook={location.hook} />);
  return userEvent.setup();
};

beforeAll(async () => {
  await initI18n('fr').changeLanguage('fr');
  document.title = 'Pas à pas';
  document.documentElement.lang = 'fr';
});
beforeEach(() => localStorage.clear());
afterEach(() => {
  localStorage.clear();
  vi.useRealTimers();
});

describe('accessibility of the public-computer screens (axe-core)', () => {
  it('home page: a notice, then a refused code', async () => {
    localStorage.setItem(progressStorageKey, 'not json');
    const user = open('/');
    await screen.findByText(/étaient abîmés/);
    expect(await violations()).toEqual([]);
    await user.type(screen.getByRole('textbox', { name: 'Mon code de progrès' }), 'ABCD');
    await user.click(screen.getByRole('button', { name: 'Reprendre' }));
    await screen.findByRole('alert');
    expect(await violations()).toEqual([]);
  });

  it('the wipe dialog', async () => {
    keep();
    const user = open('/');
    await user.click(screen.getByRole('button', { name: 'Terminer et tout effacer' }));
    expect(await violations()).toEqual([]);
  });

  it('the inactivity warning', async () => {
    vi.useFakeTimers();
    keep();
    open('/');
    await act(() => vi.advanceTimersByTimeAsync(10 * 60_000));
    expect(screen.getByRole('alertdialog')).toBeVisible();
    vi.useRealTimers();
    expect(await violations()).toEqual([]);
  });

  it('the progress code page', async () => {
    keep();
    open('/carnet/code');
    await screen.findByRole('img', { name: 'QR code de vos progrès' });
    expect(await violations()).toEqual([]);
  });
});
