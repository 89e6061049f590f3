/** The workshop delay: an advisor sets it on a learner's computer, and the wipe brings back the usual one. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { memoryLocation } from 'wouter/memory-location';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App.tsx';
import { workshopDelays } from '../../../src/advisor/prepare/workshopDelays.ts';
import { FakeStorage, run, storeOn } from '../../progress/fixtures.ts';
import { describeBoth } from '../../player/renderBoth.tsx';

describe('workshopDelays', () => {
  it('offers the usual delay and the workshop ones, shortest first', () => {
    expect(workshopDelays(10, 10)).toEqual([10, 20, 30, 45, 60]);
  });

  it('keeps the delay in force when it is none of the choices', () => {
    expect(workshopDelays(15, 90)).toEqual([15, 20, 30, 45, 60, 90]);
  });
});

describeBoth('Preparing a computer for a workshop', ({ render }) => {
  it('sets a longer delay until « Terminer et tout effacer »', async () => {
    const user = userEvent.setup();
    const { store } = storeOn(new FakeStorage());
    store.recordRun(run('caf-se-connecter', ['se-connecter']));
    const location = memoryLocation({ path: '/animateur', record: true });
    render(<App hook={location.hook} searchHook={location.searchHook} progressStore={store} />);
    await user.click(await screen.findByRole('link', { name: /^Préparer cet ordinateur pour l'atelier/ }));

    expect(
      await screen.findByRole('heading', { level: 1, name: "Préparer cet ordinateur pour l'atelier" }),
    ).toBeVisible();
    // Contrast aside: jsdom has no layout (the e2e runs check contrast on the other advisor pages).
    const violations = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
    expect(violations.violations.map((v) => v.id)).toEqual([]);
    expect(screen.getByText('Maintenant : tout est effacé après 10 minutes sans activité.')).toBeVisible();
    const choices = within(
      screen.getByRole('group', { name: 'Effacer tout après combien de minutes sans activité ?' }),
    );
    expect(choices.getByRole('radio', { name: '10 minutes (le réglage habituel)' })).toBeChecked();
    // Offline: only in a production build with a service worker (tests/e2e/offline.spec.ts); here, said plainly.
    const offline = within(screen.getByRole('region', { name: 'Travailler sans internet' }));
    expect(await offline.findByText(/^Ce navigateur ne peut pas garder Pas à pas sans internet/)).toBeVisible();
    expect(offline.queryByRole('button')).toBeNull();

    await user.click(choices.getByRole('radio', { name: '30 minutes' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(screen.getByRole('status')).toHaveTextContent("C'est enregistré : 30 minutes.");
    expect(screen.getByText('Maintenant : tout est effacé après 30 minutes sans activité.')).toBeVisible();
    expect(store.getSnapshot().progress.settings.inactivityMinutes).toBe(30);

    await user.click(screen.getByRole('button', { name: 'Terminer et tout effacer' }));
    await user.click(await screen.findByRole('button', { name: 'Oui, tout effacer' }));
    await screen.findByRole('heading', { level: 1, name: 'Les leçons' });
    expect(store.getSnapshot().progress.settings.inactivityMinutes).toBe(10);
  });
});
