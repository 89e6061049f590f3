/**
 * The practice browser's « Précédent » with the real sites: it goes back a page in the site in
 * front (the CAF site's pages, the mailbox's message to its list), is reported to the guide as
 * `browser.back`, and is disabled when that site has nothing to go back to.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import * as lesson from '../../content/lessons/caf-se-connecter/fr.mdx';
import { initI18n } from '../../src/i18n/i18n.ts';
import type { CompiledLesson } from '../../src/lesson/types.ts';
import { Player } from '../../src/player/Player.tsx';
import { PracticeBrowser } from '../../src/player/PracticeBrowser.tsx';
import { registry } from '../../src/sites/registry.ts';
import { logIn } from '../sites/cafSteps.ts';
import { renderWithBridge } from '../sites/renderWithBridge.tsx';

const compiled = lesson as unknown as CompiledLesson;

beforeAll(async () => {
  await initI18n('fr').changeLanguage('fr');
});

/** The practice browser with the CAF site and the mailbox, as the player shows them. */
function Browser() {
  const [active, setActive] = useState('caf');
  const root = useRef<HTMLDivElement>(null);
  return <PracticeBrowser sites={['caf', 'mail']} active={active} onSelect={setActive} rootRef={root} />;
}

const backButton = () => screen.getByRole('button', { name: 'Page précédente' });
const pageTitle = () => screen.getByRole('heading', { level: 1 });
const backs = (events: { target: string }[]) => events.filter((e) => e.target === 'browser.back').length;

describe.each([{ strict: false }, { strict: true }])('« Précédent » (StrictMode: $strict)', ({ strict }) => {
  async function open() {
    const browser = renderWithBridge(<Browser />, { strict });
    expect(await screen.findByRole('heading', { level: 1, name: 'Bienvenue sur caf.fr' })).toBeVisible();
    return browser;
  }

  it('stands left of the address bar, disabled on the first page', async () => {
    await open();
    const back = backButton();
    expect(back).toBeDisabled();
    expect(back.dataset.target).toBe('browser.back');
    expect(
      back.compareDocumentPosition(screen.getByText('https://entrainement.pas-a-pas.local/caf')) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  it('goes back a page on the CAF site, reports the click, then is disabled again', async () => {
    const browser = await open();
    await browser.user.click(screen.getByRole('button', { name: 'Mon Compte' }));
    expect(pageTitle()).toHaveTextContent('Connexion à Mon Compte');
    await waitFor(() => expect(backButton()).toBeEnabled());

    await browser.user.click(backButton());
    expect(pageTitle()).toHaveTextContent('Bienvenue sur caf.fr');
    expect(pageTitle()).toHaveFocus();
    expect(browser.events.at(-1)).toEqual({ action: 'click', target: 'browser.back' });
    await waitFor(() => expect(backButton()).toBeDisabled());

    await browser.user.click(backButton());
    expect(backs(browser.events)).toBe(1);
    expect(pageTitle()).toHaveTextContent('Bienvenue sur caf.fr');
  });

  it('retraces the pages of Mon Compte, but never back to the login once logged in', async () => {
    const browser = await open();
    logIn(browser);
    expect(pageTitle()).toHaveTextContent('Bonjour Amina');
    await browser.user.click(screen.getByRole('button', { name: 'Mes ressources' }));
    expect(pageTitle()).toHaveTextContent('Mes ressources');

    await browser.user.click(backButton());
    expect(pageTitle()).toHaveTextContent('Bonjour Amina');
    await browser.user.click(backButton());
    expect(pageTitle()).toHaveTextContent('Bienvenue sur caf.fr');
    await waitFor(() => expect(backButton()).toBeDisabled());
  });

  it('has nothing to go back to after a logout', async () => {
    const browser = await open();
    logIn(browser);
    await browser.user.click(screen.getByRole('button', { name: 'Me déconnecter' }));
    expect(pageTitle()).toHaveTextContent('Bienvenue sur caf.fr');
    await waitFor(() => expect(backButton()).toBeDisabled());
  });

  it('acts on the tab in front: from a message back to the mailbox’s list', async () => {
    const browser = await open();
    await browser.user.click(screen.getByRole('button', { name: 'Mon Compte' }));
    await browser.user.click(screen.getByRole('button', { name: 'Ma messagerie' }));
    const list = await screen.findByRole('region', { name: 'Boîte de réception' });
    // The mailbox has nothing to go back to, whatever the CAF site has.
    await waitFor(() => expect(backButton()).toBeDisabled());

    await browser.user.click(within(list).getByRole('button', { name: /Médiathèque de Saint-Denis/ }));
    expect(screen.getByRole('article')).toBeVisible();
    await waitFor(() => expect(backButton()).toBeEnabled());
    await browser.user.click(backButton());
    expect(screen.getByRole('region', { name: 'Boîte de réception' })).toBeVisible();
    expect(screen.queryByRole('article')).toBeNull();
    await waitFor(() => expect(backButton()).toBeDisabled());

    // Back on the CAF tab: its own page before is still there.
    await browser.user.click(screen.getByRole('button', { name: 'caf.fr' }));
    await waitFor(() => expect(backButton()).toBeEnabled());
    await browser.user.click(backButton());
    expect(pageTitle()).toHaveTextContent('Bienvenue sur caf.fr');
    expect(backs(browser.events)).toBe(2);
  });
});

describe('« Précédent » in a lesson', () => {
  it('is a target lessons can name, harmless by nature', () => {
    expect(registry.targets['browser.back']).toEqual({
      label: 'Bouton « Précédent » du navigateur',
      actions: ['click'],
      neutral: true,
    });
  });

  it('is never counted as a mistake: the step stays, with no wrong-place message', async () => {
    const user = userEvent.setup();
    render(<Player lesson={compiled} mode="guided" onRestart={() => {}} />);
    await user.click(await screen.findByRole('button', { name: 'Mon Compte' }));
    const step2 = await screen.findByRole('heading', { name: `Étape 2 sur ${compiled.units.length}` });
    await waitFor(() => expect(backButton()).toBeEnabled());
    await user.click(backButton());
    expect(screen.getByRole('heading', { level: 1, name: 'Bienvenue sur caf.fr' })).toBeVisible();
    expect(step2).toBeVisible();
    expect(screen.queryByText(/pas le bon endroit/)).toBeNull();
  });
});
