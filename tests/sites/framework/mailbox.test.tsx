/**
 * The practice mailbox, extended for the sites that send documents and links: an attachment
 * opened in the viewer, a link that opens a site (and is recorded), a site's mail in
 * « Courrier indésirable » moved to the inbox, and the way back to it on the navigation map.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createWorld, type PracticeMail } from '../../../src/lesson/world.ts';
import { planWayBack } from '../../../src/sites/framework/planWayBack.ts';
import { createSiteRegistry } from '../../../src/sites/framework/siteRegistry.ts';
import type { SiteSpec } from '../../../src/sites/framework/types.ts';
import { mail } from '../../../src/sites/mail/index.ts';
import { MailSite } from '../../../src/sites/mail/MailSite.tsx';
import { useOpenedLink } from '../../../src/sites/framework/useOpenedLink.ts';
import { renderWithBridge } from '../renderWithBridge.tsx';
import { violations } from './axe.ts';

/** A site that sends an activation link (to the spam folder) and a convocation with its PDF. */
const sender = {
  id: 'agence',
  tabLabel: 'agence.fr',
  address: 'https://entrainement.pas-a-pas.local/agence',
  targets: { 'agence.home.titre': { label: 'Titre', actions: ['click'] } },
  mails: {
    'agence-activation': {
      label: 'Message « Activez votre compte » de l’agence',
      link: 'Lien « Activer mon compte »',
      folder: 'spam',
    },
    'agence-convocation': {
      label: 'Message « Votre convocation » de l’agence',
      attachment: 'Pièce jointe « convocation.pdf »',
    },
  },
} as const satisfies SiteSpec;
const registry = createSiteRegistry([sender, mail]);

const convocation = {
  id: 'agence-convocation-pdf',
  fileName: 'convocation.pdf',
  title: 'Convocation',
  issuer: "Agence — site d'entraînement",
  sections: [{ lines: ['Le 8 décembre 2026 à 9 h 30'] }],
};

/** A world whose practice time starts on 30 November 2026, 9:00 (UTC), whatever the real date. */
function worldWith(...mails: PracticeMail[]) {
  const world = createWorld({ practiceStart: Date.UTC(2026, 10, 30, 9), realStart: Date.now() });
  world.inbox = [...mails, ...world.inbox];
  return world;
}
const activation: PracticeMail = {
  id: 'agence-activation',
  from: 'Agence',
  subject: 'Activez votre compte',
  body: 'Bonjour,\n\nCliquez sur le lien pour activer votre compte.',
  receivedAt: Date.UTC(2026, 10, 30, 8),
  read: false,
  folder: 'spam',
  link: { label: 'Activer mon compte', site: 'agence', id: 'activation', expiresAt: Date.UTC(2026, 11, 2) },
};
const withPdf: PracticeMail = {
  id: 'agence-convocation',
  from: 'Agence',
  subject: 'Votre convocation',
  body: 'Bonjour,\n\nVous trouverez votre convocation en pièce jointe.',
  receivedAt: Date.UTC(2026, 10, 30, 8, 30),
  read: false,
  folder: 'inbox',
  attachments: [convocation],
};

describe('the mailbox’s targets for what sites send', () => {
  it('derives the message, spam, attachment and link targets from the sites’ mails', () => {
    expect(registry.targets['mail.inbox.agence-activation']?.label).toBe(
      'Message « Activez votre compte » de l’agence',
    );
    expect(registry.targets['mail.spam.agence-activation']?.label).toBe(
      'Message « Activez votre compte » de l’agence, dans « Courrier indésirable »',
    );
    expect(registry.targets['mail.lien.agence-activation']).toEqual({
      label: 'Lien « Activer mon compte »',
      actions: ['click'],
    });
    expect(registry.targets['mail.piece-jointe.agence-convocation']?.label).toBe('Pièce jointe « convocation.pdf »');
    expect(registry.targets['mail.spam.agence-convocation']).toBeUndefined();
  });

  it('brings a learner to « Courrier indésirable » and to a message, on the navigation map', () => {
    const nav = mail.navigation;
    expect(planWayBack(nav, 'mail.spam.agence-activation', { places: ['inbox'], flags: [] })?.[0]?.steps).toEqual([
      { action: 'click', target: 'mail.folder.spam' },
    ]);
    // A spam message's link is reached through the inbox, once the message is marked as not spam.
    expect(
      planWayBack(nav, 'mail.lien.agence-activation', { places: ['spam'], flags: [] })?.map((l) => l.steps),
    ).toEqual([[{ action: 'click', target: 'mail.folder.inbox' }], [{ action: 'click', target: 'mail.inbox.*' }]]);
    expect(planWayBack(nav, 'mail.message.pas-indesirable', { places: ['spam'], flags: [] })?.[0]?.steps).toEqual([
      { action: 'click', target: 'mail.spam.*' },
    ]);
  });
});

describe('a message with an attachment', () => {
  it('shows a paperclip line that opens the document in the viewer', async () => {
    const site = renderWithBridge(<MailSite />, { world: worldWith(withPdf), targets: registry.targets });
    await site.user.click(screen.getByRole('button', { name: /Votre convocation/ }));
    const attachments = screen.getByRole('region', { name: 'Pièces jointes' });
    const line = within(attachments).getByRole('button', { name: 'convocation.pdf (PDF)' });
    expect(line.dataset.target).toBe('mail.piece-jointe.agence-convocation');
    await site.user.click(line);
    expect(site.documents).toEqual([convocation]);
    expect(await violations()).toEqual([]);
    expect(site.events.at(-1)).toEqual({ action: 'click', target: 'mail.piece-jointe.agence-convocation' });
  });
});

describe('a site’s mail in « Courrier indésirable », with a link', () => {
  it('is listed there under its spam target, moved to the inbox, and its link opens the site', async () => {
    const site = renderWithBridge(<MailSite />, { world: worldWith(activation), targets: registry.targets });
    expect(screen.queryByRole('button', { name: /Activez votre compte/ })).toBeNull();
    await site.user.click(screen.getByRole('button', { name: /Courrier indésirable/ }));
    const spam = screen.getByRole('region', { name: 'Courrier indésirable' });
    const item = within(spam).getByRole('button', { name: /Activez votre compte/ });
    expect(item.dataset.target).toBe('mail.spam.agence-activation');
    await site.user.click(item);
    expect(await violations()).toEqual([]);

    await site.user.click(screen.getByRole('button', { name: 'Ce n’est pas un courrier indésirable' }));
    expect(site.world().inbox.find((m) => m.id === 'agence-activation')?.folder).toBe('inbox');
    expect(screen.getByRole('status')).toHaveTextContent('Ce message a été déplacé dans la boîte de réception.');
    expect(screen.getByRole('heading', { level: 1, name: 'Activez votre compte' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Ce n’est pas un courrier indésirable' })).toBeNull();

    const link = screen.getByRole('button', { name: 'Activer mon compte' });
    expect(link.dataset.target).toBe('mail.lien.agence-activation');
    await site.user.click(link);
    expect(site.world().openedLinks).toEqual(['activation']);
    expect(site.tabs).toEqual(['agence']);

    await site.user.click(screen.getByRole('button', { name: 'Retour à la boîte de réception' }));
    const inbox = screen.getByRole('region', { name: 'Boîte de réception' });
    expect(within(inbox).getByRole('button', { name: /Activez votre compte/ }).dataset.target).toBe(
      'mail.inbox.agence-activation',
    );
    expect(site.events.map((e) => e.target)).toEqual([
      'mail.folder.spam',
      'mail.spam.agence-activation',
      'mail.message.pas-indesirable',
      'mail.lien.agence-activation',
      'mail.message.back',
    ]);
  });
});

/** What a site shows for its activation link, as `useOpenedLink` tells it. */
function ActivationPage() {
  const { opened, expired } = useOpenedLink('activation');
  return <p>{!opened ? 'Lien pas encore ouvert' : expired ? 'Ce lien a expiré' : 'Votre compte est activé'}</p>;
}

describe('useOpenedLink', () => {
  it('tells the site the link was opened, and whether it had expired (practice time)', async () => {
    const site = renderWithBridge(
      <>
        <ActivationPage />
        <MailSite />
      </>,
      { world: worldWith({ ...activation, folder: 'inbox' }), targets: registry.targets },
    );
    expect(screen.getByText('Lien pas encore ouvert')).toBeVisible();
    await site.user.click(screen.getByRole('button', { name: /Activez votre compte/ }));
    await site.user.click(screen.getByRole('button', { name: 'Activer mon compte' }));
    expect(screen.getByText('Votre compte est activé')).toBeVisible();
  });

  it('says « expired » once the practice time is past `expiresAt`', async () => {
    const late = {
      ...activation,
      folder: 'inbox' as const,
      link: { ...activation.link!, expiresAt: Date.UTC(2026, 10, 29) },
    };
    const site = renderWithBridge(
      <>
        <ActivationPage />
        <MailSite />
      </>,
      { world: worldWith(late), targets: registry.targets },
    );
    await site.user.click(screen.getByRole('button', { name: /Activez votre compte/ }));
    await site.user.click(screen.getByRole('button', { name: 'Activer mon compte' }));
    expect(screen.getByText('Ce lien a expiré')).toBeVisible();
  });
});
