import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CafSite } from '../../src/sites/caf/CafSite.tsx';
import { logIn, toCodePage } from './cafSteps.ts';
import { amina, renderWithBridge } from './renderWithBridge.tsx';

afterEach(() => vi.restoreAllMocks());

describe.each([{ strict: false }, { strict: true }])('CAF login and code (StrictMode: $strict)', ({ strict }) => {
  async function openLogin() {
    const site = renderWithBridge(<CafSite />, { strict });
    await site.user.click(screen.getByRole('button', { name: 'Mon Compte' }));
    return site;
  }
  const nirField = () => screen.getByLabelText('Numéro de sécurité sociale');
  const submit = () => screen.getByRole('button', { name: 'Me connecter' });

  it('shows the practice banner and the caf.fr home page', () => {
    renderWithBridge(<CafSite />, { strict });
    expect(screen.getByRole('note')).toHaveProperty(
      'textContent',
      '!Site d’entraînement — ce n’est pas le vrai site de la CAF',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Bienvenue sur caf.fr' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'caf.fr, accueil' }).dataset.target).toBe('caf.header.logo');
  });

  it('refuses an empty form: errors by the fields and in a summary, and an ok:false click', async () => {
    const site = await openLogin();
    expect(screen.getByRole('heading', { level: 1, name: 'Connexion à Mon Compte' })).toHaveFocus();
    await site.user.click(submit());
    const summary = screen.getByRole('alert');
    expect(summary.textContent).toBe(
      'Le formulaire contient 2 erreurs :Saisissez votre numéro de sécurité sociale.Saisissez votre mot de passe.',
    );
    expect(summary).toHaveFocus();
    expect(nirField()).toHaveAttribute('aria-invalid', 'true');
    expect(nirField()).toHaveAttribute('aria-describedby', 'caf-login-nir-hint caf-login-nir-error');
    expect(document.getElementById('caf-login-nir-error')?.textContent).toBe(
      'Saisissez votre numéro de sécurité sociale.',
    );
    expect(site.events).toEqual([
      { action: 'click', target: 'caf.header.mon-compte' },
      { action: 'click', target: 'caf.login.submit', ok: false },
    ]);
  });

  it.each([
    ['286037511402363', 'Le numéro de sécurité sociale doit comporter 13 chiffres.'],
    ['2861375114023', 'Le numéro de sécurité sociale saisi n’est pas valide.'],
    ['7860375114023', 'Ce numéro ne permet pas de vous connecter à Mon Compte. Contactez votre Caf.'],
    ['28603751140', 'Le numéro de sécurité sociale doit comporter 13 chiffres.'],
  ])('refuses the number %s with the site’s message', async (typed, message) => {
    const site = await openLogin();
    site.clearEvents();
    await site.user.type(nirField(), typed);
    await site.user.type(screen.getByLabelText('Mot de passe'), 'Jasmin2026!');
    await site.user.click(submit());
    expect(screen.getByRole('alert').textContent).toBe(`Le formulaire contient 1 erreur :${message}`);
    expect(document.getElementById('caf-login-nir-error')?.textContent).toBe(message);
    expect(site.events).toEqual([
      { action: 'fill', target: 'caf.login.nir', value: typed },
      { action: 'fill', target: 'caf.login.password', value: 'Jasmin2026!' },
      { action: 'click', target: 'caf.login.submit', ok: false },
    ]);
  });

  it('says « Identifiant ou mot de passe incorrect » for a wrong pair', async () => {
    const site = await openLogin();
    await site.user.type(nirField(), '2860375114023');
    await site.user.type(screen.getByLabelText('Mot de passe'), 'jasmin2026!');
    await site.user.click(submit());
    expect(screen.getByRole('alert').textContent).toBe(
      'Identifiant ou mot de passe incorrectVérifiez votre numéro de sécurité sociale et votre mot de passe.',
    );
    expect((screen.getByLabelText('Mot de passe') as HTMLInputElement).value).toBe('');
    expect(site.events.at(-1)).toEqual({ action: 'click', target: 'caf.login.submit', ok: false });
  });

  it('forgets a number that looks like someone’s real NIR, and never reports it', async () => {
    const site = await openLogin();
    site.clearEvents();
    await site.user.type(nirField(), '255081416802538');
    await site.user.tab();
    expect((nirField() as HTMLInputElement).value).toBe('');
    expect(screen.getByRole('alert').textContent).toContain(
      'Ce numéro ressemble à un vrai numéro de sécurité sociale. Nous l’avons effacé.',
    );
    expect(site.events).toEqual([]);
    // The page's warning goes once the practice number is typed and kept.
    await site.user.type(nirField(), String(amina.nir13));
    await site.user.tab();
    expect(screen.queryByText(/ressemble à un vrai numéro/)).not.toBeInTheDocument();
    expect(site.events).toEqual([{ action: 'fill', target: 'caf.login.nir', value: String(amina.nir13) }]);
  });

  it('shows the password when « Afficher le mot de passe » is ticked (a check event)', async () => {
    const site = await openLogin();
    const password = screen.getByLabelText('Mot de passe');
    expect(password).toHaveAttribute('type', 'password');
    await site.user.click(screen.getByLabelText('Afficher le mot de passe'));
    expect(password).toHaveAttribute('type', 'text');
    await site.user.click(screen.getByLabelText('Afficher le mot de passe'));
    expect(site.events.filter((e) => e.action === 'check')).toEqual([
      { action: 'check', target: 'caf.login.show-password' },
    ]);
  });

  it('opens a first request from « Créer mon compte », and starts FranceConnect in the practice browser', async () => {
    const site = await openLogin();
    await site.user.click(screen.getByRole('button', { name: 'Créer mon compte' }));
    // As on the real site, the account is created inside a first request.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Faire une demande de prestation');
    await site.user.click(screen.getByRole('button', { name: 'J’ai déjà un compte : me connecter' }));
    site.clearEvents();
    await site.user.click(screen.getByRole('button', { name: 'S’identifier avec FranceConnect' }));
    expect(site.world().franceConnect).toEqual({ from: 'caf', page: 'choix' });
    expect(site.events).toEqual([{ action: 'click', target: 'caf.login.franceconnect' }]);
  });

  it('goes to the code page with the right pair, then sends a code by e-mail', async () => {
    const site = await openLogin();
    await site.user.type(nirField(), '2 860 375 114 023');
    await site.user.type(screen.getByLabelText('Mot de passe'), 'Jasmin2026!{Enter}');
    const title = screen.getByRole('heading', { level: 1, name: 'Double authentification' });
    expect(title).toHaveFocus();
    expect(screen.getByText(/a•••@messagerie-entrainement\.fr/)).toBeVisible();
    expect(site.events.at(-1)).toEqual({ action: 'click', target: 'caf.login.submit' });

    await site.user.click(screen.getByRole('button', { name: 'Envoyer le code' }));
    const { otp, otpSentAt, inbox } = site.world();
    expect(otp).toMatch(/^\d{6}$/);
    expect(Date.now() - otpSentAt).toBeLessThan(5000);
    expect(inbox[0]).toMatchObject({
      id: 'caf-code',
      from: 'caf.fr',
      subject: 'Votre code de connexion',
      read: false,
      folder: 'inbox',
    });
    expect(inbox[0]!.body).toContain(otp);
    expect(inbox[0]!.body).toContain('Ce code est valable 15 minutes. Ne le donnez à personne.');
    expect(screen.getByLabelText('Code reçu par courriel')).toHaveFocus();
    expect(site.events.at(-1)).toEqual({ action: 'click', target: 'caf.code.send' });
  });

  it('refuses a wrong code, an old code after « Renvoyer un code », and an expired code', async () => {
    const site = renderWithBridge(<CafSite />, { strict });
    site.drive(...toCodePage, { action: 'click', target: 'caf.code.send' });
    const first = site.world().otp;
    const field = screen.getByLabelText('Code reçu par courriel');
    const valider = screen.getByRole('button', { name: 'Valider' });
    const wrong = first === '123456' ? '654321' : '123456';
    site.clearEvents();

    await site.user.type(field, wrong);
    await site.user.click(valider);
    expect(screen.getByRole('alert').textContent).toBe(
      'Le code saisi est incorrect. Vérifiez le dernier courriel reçu, ou cliquez sur « Renvoyer un code ».',
    );
    expect(field).toHaveAttribute('aria-describedby', 'caf-code-input-hint caf-code-input-error');

    await site.user.click(screen.getByRole('button', { name: 'Renvoyer un code' }));
    expect(site.world().inbox.filter((m) => m.id === 'caf-code')).toHaveLength(1);
    expect(site.world().inbox[1]!.id).toMatch(/^caf-code-\d+$/);
    expect(screen.getByRole('status').textContent).toBe('Un nouveau code vous a été envoyé.');
    if (site.world().otp !== first) {
      await site.user.type(field, first);
      await site.user.click(valider);
      expect(screen.getByRole('alert').textContent).toMatch(/^Le code saisi est incorrect/);
      await site.user.clear(field);
    }

    const sentAt = site.world().otpSentAt;
    vi.spyOn(Date, 'now').mockReturnValue(sentAt + 15 * 60_000 + 1);
    await site.user.type(field, site.world().otp);
    await site.user.click(valider);
    expect(screen.getByRole('alert').textContent).toBe(
      'Ce code a expiré : il était valable 15 minutes. Cliquez sur « Renvoyer un code » pour en recevoir un nouveau.',
    );
    expect(site.events.filter((e) => e.target === 'caf.code.submit').every((e) => e.ok === false)).toBe(true);
    expect(site.events.filter((e) => e.target === 'caf.code.submit').length).toBeGreaterThanOrEqual(2);
  });

  it('opens the espace with the right code: the greeting and the red DTR alert', async () => {
    const site = renderWithBridge(<CafSite />, { strict });
    logIn(site);
    expect(screen.getByRole('heading', { level: 1, name: 'Bonjour Amina' })).toBeVisible();
    const alert = screen.getByRole('button', {
      name: 'Vous devez déclarer vos ressources trimestrielles avant le 25/11/2026',
    });
    expect(alert.dataset.target).toBe('caf.espace.notification-dtr');
    const menu = screen.getByRole('navigation', { name: 'Mon Compte' });
    expect(
      within(menu)
        .getAllByRole('button')
        .map((b) => b.dataset.target),
    ).toEqual([
      'caf.espace.menu.ressources',
      'caf.espace.menu.paiements',
      'caf.espace.menu.profil',
      'caf.espace.menu.documents',
    ]);
    expect(site.events.at(-1)).toEqual({ action: 'click', target: 'caf.code.submit' });

    await site.user.click(screen.getByRole('button', { name: 'Me déconnecter' }));
    expect(screen.getAllByRole('status')[0]!.textContent).toBe('Vous êtes déconnecté. À bientôt sur caf.fr.');
    await site.user.click(screen.getByRole('button', { name: 'Mon Compte' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Connexion à Mon Compte');
  });
});
