/**
 * The practice browser during a FranceConnect login: FranceConnect has no tab; its pages show
 * inside the CAF's tab with FranceConnect's address, then the provider's; « Précédent » goes back
 * through them to the CAF's login page; and the guide finds FranceConnect's targets through the
 * CAF's tab, from another tab too.
 */
import { act, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../src/i18n/i18n.ts';
import { PracticeBrowser } from '../../src/player/PracticeBrowser.tsx';
import { readWhereabouts } from '../../src/player/readWhereabouts.ts';
import { franceConnectAddress, providers } from '../../src/sites/franceconnect/providers.ts';
import { perform } from '../../src/sites/framework/driver.ts';
import { registry } from '../../src/sites/registry.ts';
import { renderWithBridge } from '../sites/renderWithBridge.tsx';

beforeAll(() => initI18n('fr'));

function renderBrowser(active = 'caf') {
  const rootRef = createRef<HTMLDivElement>();
  const selected: string[] = [];
  const site = renderWithBridge(
    <PracticeBrowser
      sites={['caf', 'mail', 'franceconnect']}
      active={active}
      onSelect={(id) => selected.push(id)}
      rootRef={rootRef}
    />,
  );
  return { ...site, selected, root: () => rootRef.current! };
}

const address = () => document.querySelector('.browser-url')?.textContent;
const tabs = () => within(screen.getByRole('group', { name: /onglets/i })).getAllByRole('button');

describe('FranceConnect in the practice browser', () => {
  it('shows its pages in the CAF tab with its address, then the provider’s, and back', async () => {
    const browser = renderBrowser();
    await screen.findByRole('button', { name: 'Mon Compte' });
    expect(tabs().map((tab) => tab.textContent)).toEqual(['caf.fr', 'Ma messagerie']);
    expect(address()).toBe(registry.site('caf')?.address);

    act(() => perform(document, { action: 'click', target: 'caf.header.mon-compte' }));
    await browser.user.click(screen.getByRole('button', { name: 'S’identifier avec FranceConnect' }));
    const choice = await screen.findByRole('heading', { name: 'Je choisis un compte pour me connecter sur' });
    // Inside the CAF's tab, which stays the one in front.
    expect(choice.closest('[data-site]')).toHaveAttribute('data-site', 'caf');
    expect(tabs()[0]).toHaveAttribute('aria-current', 'page');
    expect(address()).toBe(franceConnectAddress);

    // A provider without a practice copy: FranceConnect's own page says so, at FranceConnect's address.
    await browser.user.click(screen.getByRole('button', { name: 'MSA' }));
    expect(screen.getByRole('heading', { name: 'Ce compte n’est pas disponible ici' })).toBeVisible();
    expect(address()).toBe(franceConnectAddress);
    await browser.user.click(screen.getByRole('button', { name: 'Choisir un autre compte' }));
    await browser.user.click(screen.getByRole('button', { name: 'impots.gouv' }));
    expect(address()).toBe(providers.impots.address);

    const back = screen.getByRole('button', { name: 'Page précédente' });
    await browser.user.click(back);
    expect(screen.getByRole('heading', { name: 'Je choisis un compte pour me connecter sur' })).toBeVisible();
    expect(address()).toBe(franceConnectAddress);
    await browser.user.click(back);
    expect(screen.getByRole('heading', { level: 1, name: 'Connexion à Mon Compte' })).toBeVisible();
    expect(address()).toBe(registry.site('caf')?.address);
    expect(browser.events.filter((e) => e.target === 'browser.back')).toHaveLength(2);
  });

  it('signs in through impots.gouv and lands in Mon Compte, in the same tab', async () => {
    const browser = renderBrowser();
    await screen.findByRole('button', { name: 'Mon Compte' });
    const steps = [
      { action: 'click', target: 'caf.header.mon-compte' },
      { action: 'click', target: 'caf.login.franceconnect' },
      { action: 'click', target: 'franceconnect.fournisseurs.impots' },
      { action: 'fill', target: 'franceconnect.impots.numero-fiscal', value: '2478391650259' },
      { action: 'click', target: 'franceconnect.impots.continuer' },
      { action: 'fill', target: 'franceconnect.impots.mot-de-passe', value: 'Tournesol-2026' },
      { action: 'click', target: 'franceconnect.impots.connexion' },
    ] as const;
    for (const step of steps) {
      await screen.findByText((_, element) => element?.getAttribute('data-target') === step.target);
      act(() => perform(document, step));
    }
    await browser.user.click(await screen.findByRole('button', { name: 'Continuer sur caf.fr' }));
    expect(await screen.findByRole('button', { name: 'Me déconnecter' })).toBeVisible();
    expect(address()).toBe(registry.site('caf')?.address);
  });

  it('the guide finds FranceConnect’s targets through the CAF’s map, in front or behind another tab', async () => {
    const inFront = renderBrowser();
    await screen.findByRole('button', { name: 'Mon Compte' });
    act(() => perform(document, { action: 'click', target: 'caf.header.mon-compte' }));
    expect(readWhereabouts(inFront.root(), 'franceconnect.fournisseurs.impots', registry)).toMatchObject({
      status: 'away',
      place: 'la page « Connexion à Mon Compte »',
      steps: [{ action: 'click', target: 'caf.login.franceconnect' }],
    });
    inFront.unmount();

    const behind = renderBrowser('mail');
    await screen.findByRole('button', { name: 'Mon Compte', hidden: true });
    expect(readWhereabouts(behind.root(), 'franceconnect.fournisseurs.impots', registry)).toMatchObject({
      status: 'away',
      steps: [{ action: 'click', target: 'browser.tab.caf' }],
    });
  });
});
