/**
 * The practice mailbox behind the practice browser's « Précédent »: from a message back to its
 * folder's list, and from one folder back to the one before.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { useRef } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../src/i18n/i18n.ts';
import { PracticeBrowser } from '../../src/player/PracticeBrowser.tsx';
import { renderWithBridge } from './renderWithBridge.tsx';

beforeAll(async () => {
  await initI18n('fr').changeLanguage('fr');
});

function Mailbox() {
  const root = useRef<HTMLDivElement>(null);
  return <PracticeBrowser sites={['mail']} active="mail" onSelect={() => {}} rootRef={root} />;
}

const back = () => screen.getByRole('button', { name: 'Page précédente' });
const folder = (name: string) => screen.getByRole('region', { name });

describe.each([{ strict: false }, { strict: true }])('mailbox « Précédent » (StrictMode: $strict)', ({ strict }) => {
  it('goes from a message back to its list, then to the folder before', async () => {
    const mail = renderWithBridge(<Mailbox />, { strict });
    const inbox = await screen.findByRole('region', { name: 'Boîte de réception' });
    expect(back()).toBeDisabled();

    await mail.user.click(screen.getByRole('button', { name: /Courrier indésirable/ }));
    await mail.user.click(
      within(folder('Courrier indésirable')).getByRole('button', { name: /Service Remboursement/ }),
    );
    expect(screen.getByRole('article')).toBeVisible();
    expect(inbox).not.toBeInTheDocument();

    await mail.user.click(back());
    expect(screen.queryByRole('article')).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: 'Courrier indésirable' })).toHaveFocus();
    await mail.user.click(back());
    expect(screen.getByRole('heading', { level: 1, name: 'Boîte de réception' })).toHaveFocus();
    await waitFor(() => expect(back()).toBeDisabled());
    expect(mail.events.filter((e) => e.target === 'browser.back')).toHaveLength(2);
  });

  it('keeps the way back of the message’s own « Retour » link, as a real webmail does', async () => {
    const mail = renderWithBridge(<Mailbox />, { strict });
    const inbox = await screen.findByRole('region', { name: 'Boîte de réception' });
    await mail.user.click(within(inbox).getByRole('button', { name: /Médiathèque de Saint-Denis/ }));
    await mail.user.click(screen.getByRole('button', { name: 'Retour à la boîte de réception' }));
    expect(folder('Boîte de réception')).toBeVisible();
    await mail.user.click(back());
    expect(screen.getByRole('article')).toBeVisible();
  });
});
