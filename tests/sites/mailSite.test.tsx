import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../src/lesson/world.ts';
import { CafSite } from '../../src/sites/caf/CafSite.tsx';
import { MailSite } from '../../src/sites/mail/MailSite.tsx';
import { toCodePage } from './cafSteps.ts';
import { renderWithBridge } from './renderWithBridge.tsx';

const list = () => screen.getByRole('region', { name: 'Boîte de réception' });

describe.each([{ strict: false }, { strict: true }])('practice mailbox (StrictMode: $strict)', ({ strict }) => {
  it('shows its banner, folders with unread counts, and the inbox', () => {
    renderWithBridge(<MailSite />, { strict });
    expect(screen.getByRole('note').textContent).toBe('!Site d’entraînement — ce n’est pas votre vraie messagerie');
    const folders = within(screen.getByRole('navigation', { name: 'Dossiers' })).getAllByRole('button');
    expect(folders.map((f) => [f.dataset.target, f.textContent])).toEqual([
      ['mail.folder.inbox', 'Boîte de réception'],
      ['mail.folder.spam', 'Courrier indésirable1 non lu'],
    ]);
    const item = within(list()).getByRole('button', { name: /Médiathèque de Saint-Denis/ });
    expect(item.dataset.target).toBe('mail.inbox.other');
    expect(item.className).not.toContain('unread');
  });

  it('receives the CAF code: newest first, unread in bold; opening marks it read', async () => {
    const site = renderWithBridge(
      <>
        <CafSite />
        <MailSite />
      </>,
      { strict },
    );
    site.drive(...toCodePage, { action: 'click', target: 'caf.code.send' });
    site.clearEvents();
    const items = within(list()).getAllByRole('button');
    expect(items.map((b) => b.dataset.target)).toEqual(['mail.inbox.caf-code', 'mail.inbox.other']);
    expect(items[0]!.className).toContain('mail-item--unread');
    expect(items[0]!.textContent).toMatch(/^Non lu : caf.frVotre code de connexion\d\d:\d\d$/);

    await site.user.click(items[0]!);
    const title = screen.getByRole('heading', { level: 1, name: 'Votre code de connexion' });
    expect(title).toHaveFocus();
    const message = screen.getByRole('article');
    expect(message.textContent).toContain(`Voici votre code de connexion à Mon Compte : ${site.world().otp}`);
    expect(message.textContent).toContain('Ce code est valable 15 minutes. Ne le donnez à personne.');
    expect(site.world().inbox[0]!.read).toBe(true);

    await site.user.click(screen.getByRole('button', { name: 'Retour à la boîte de réception' }));
    expect(within(list()).getAllByRole('button')[0]!.className).not.toContain('unread');
    expect(site.events).toEqual([
      { action: 'click', target: 'mail.inbox.caf-code' },
      { action: 'click', target: 'mail.message.back' },
    ]);
  });

  it('shows the spam folder with its warning', async () => {
    const site = renderWithBridge(<MailSite />, { strict });
    await site.user.click(screen.getByRole('button', { name: /Courrier indésirable/ }));
    const spam = screen.getByRole('region', { name: 'Courrier indésirable' });
    expect(spam.textContent).toContain('les messages de ce dossier sont souvent des arnaques');
    await site.user.click(within(spam).getByRole('button', { name: /Service Remboursement/ }));
    expect(screen.getByRole('button', { name: 'Retour au courrier indésirable' }).dataset.target).toBe(
      'mail.message.back',
    );
    expect(site.events).toEqual([
      { action: 'click', target: 'mail.folder.spam' },
      { action: 'click', target: 'mail.inbox.other' },
    ]);
  });

  it('moves a scam out of spam on « Ce n’est pas un courrier indésirable », but reports it as not the step', async () => {
    const site = renderWithBridge(<MailSite />, { strict });
    await site.user.click(screen.getByRole('button', { name: /Courrier indésirable/ }));
    await site.user.click(screen.getByRole('button', { name: /Service Remboursement/ }));
    await site.user.click(screen.getByRole('button', { name: 'Ce n’est pas un courrier indésirable' }));
    expect(site.events.at(-1)).toEqual({ action: 'click', target: 'mail.message.pas-indesirable', ok: false });
    expect(site.world().inbox.find((m) => m.id === 'other')?.folder).toBe('inbox');
  });

  it('gives the receipt its own target, and shows an empty folder plainly', async () => {
    const world = createWorld();
    world.inbox = [
      {
        id: 'caf-accuse',
        from: 'caf.fr',
        subject: 'Accusé de réception de votre déclaration',
        body: 'Bonjour',
        receivedAt: Date.now(),
        read: false,
        folder: 'inbox',
      },
    ];
    const site = renderWithBridge(<MailSite />, { strict, world });
    expect(within(list()).getByRole('button').dataset.target).toBe('mail.inbox.caf-accuse');
    await site.user.click(screen.getByRole('button', { name: 'Courrier indésirable' }));
    expect(screen.getByText('Aucun message.')).toBeVisible();
  });
});
