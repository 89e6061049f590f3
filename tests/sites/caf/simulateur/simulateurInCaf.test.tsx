/**
 * The simulator inside the CAF site: « Faire une simulation » on the home page opens its first
 * page, and the guide's « Montre-moi » way back (`bringBack`, on the CAF's map) reaches it from
 * the login page and from Mon Compte.
 */
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TargetId } from '../../../../src/lesson/types.ts';
import { bringBack } from '../../../../src/player/bringBack.ts';
import { CafSite } from '../../../../src/sites/caf/CafSite.tsx';
import { perform } from '../../../../src/sites/framework/driver.ts';
import { registry } from '../../../../src/sites/registry.ts';
import { logIn } from '../../cafSteps.ts';
import { renderWithBridge, type Rendered } from '../../renderWithBridge.tsx';

/** The CAF in its practice-browser tab panel, where the guide looks for it. */
const inTab = () =>
  renderWithBridge(
    <div data-site="caf">
      <CafSite />
    </div>,
  );

const place = () => document.querySelector('.caf-site [data-place]:not([data-place=""])')?.getAttribute('data-place');

function walkTo(site: Rendered, goal: TargetId): Promise<boolean> {
  return bringBack({
    root: site.container,
    goal,
    registry,
    preferred: [],
    perform: (step) => act(() => perform(site.container, { action: step.action, target: step.target })),
  });
}

describe('the prime d’activité simulator on caf.fr', () => {
  it('opens from « Faire une simulation » on the home page', async () => {
    const site = inTab();
    await site.user.click(screen.getByRole('button', { name: /Faire une simulation/ }));
    expect(place()).toBe('simulateur-debut');
    expect(screen.getByLabelText('Code postal de votre lieu de résidence')).toBeVisible();
    expect(site.events).toContainEqual({ action: 'click', target: 'caf.home.simulateur' });
  });

  it('is reached by the way back from the login page', async () => {
    const site = inTab();
    site.drive({ action: 'click', target: 'caf.header.mon-compte' });
    expect(await walkTo(site, 'caf.simulateur.debut.code-postal')).toBe(true);
    expect(place()).toBe('simulateur-debut');
  });

  it('is reached by the way back from Mon Compte, signed in', async () => {
    const site = inTab();
    logIn(site);
    expect(await walkTo(site, 'caf.simulateur.debut.code-postal')).toBe(true);
    expect(place()).toBe('simulateur-debut');
  });
});
