/**
 * The ameli login as a learner meets it: each message of « Mon numéro de sécurité sociale » and
 * « Mon mot de passe », a wrong password, a temporary number refused, signing in and out, and the
 * first pages of « Mot de passe oublié ? » and « Créer mon compte ».
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAmeli, signIn } from './ameliBridge.tsx';

const nirField = () => screen.getByLabelText('Mon numéro de sécurité sociale');
const passwordField = () => screen.getByLabelText('Mon mot de passe');
const connect = () => screen.getByRole('button', { name: 'Se connecter' });

/** Types a number and a password, then « Se connecter »; returns the number's message. */
async function tryLogin(site: ReturnType<typeof renderAmeli>, nir: string, password = 'Coquelicot-2026') {
  if (nir) await site.user.type(nirField(), nir);
  if (password) await site.user.type(passwordField(), password);
  await site.user.click(connect());
}

describe('ameli login', () => {
  it.each([
    ['', 'Veuillez saisir votre numéro de sécurité sociale.'],
    ['28603751140', 'Votre numéro de sécurité sociale doit comporter 13 caractères (vous en avez saisi 11).'],
    ['2860375114023AB', 'Votre numéro de sécurité sociale ne doit comporter que des chiffres.'],
    [
      '286037511402363',
      'Saisissez uniquement les 13 premiers caractères de votre numéro de sécurité sociale, sans la clé.',
    ],
    [
      '7860375114023',
      'Ce numéro est un numéro provisoire : il ne permet pas d’accéder au compte ameli. Contactez votre caisse d’assurance maladie au 3646.',
    ],
    ['2861375114023', 'Ce numéro de sécurité sociale n’est pas valide. Vérifiez-le sur votre carte Vitale.'],
  ])('refuses « %s » with its message, linked to the field and listed in the summary', async (nir, message) => {
    const site = renderAmeli();
    await tryLogin(site, nir);
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Le formulaire contient 1 erreur :');
    expect(within(summary).getByRole('link', { name: message })).toBeVisible();
    expect(nirField()).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(nirField()).toHaveAttribute('aria-invalid', 'true');
    expect(site.events.at(-1)).toEqual({ action: 'click', target: 'ameli.connexion.valider', ok: false });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Connexion à mon compte ameli');
  });

  it('asks for the password, and says so under its field', async () => {
    const site = renderAmeli();
    await tryLogin(site, '2860375114023', '');
    expect(await screen.findByRole('link', { name: 'Veuillez saisir votre mot de passe.' })).toBeVisible();
    expect(passwordField()).toHaveAccessibleDescription('Veuillez saisir votre mot de passe.');
  });

  it('refuses a wrong password, empties it, and lets the learner try again', async () => {
    const site = renderAmeli();
    await tryLogin(site, '2860375114023', 'Coquelicot-2025');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Le numéro de sécurité sociale ou le mot de passe est incorrect. Vérifiez votre saisie.',
    );
    expect(passwordField()).toHaveValue('');
    expect(site.events.at(-1)).toEqual({ action: 'click', target: 'ameli.connexion.valider', ok: false });
    await site.user.type(passwordField(), 'Coquelicot-2026');
    await site.user.click(connect());
    expect(await screen.findByRole('heading', { level: 1, name: 'Bonjour Amina BENALI' })).toHaveFocus();
  });

  it('shows and hides the password with « Afficher », a harmless toggle', async () => {
    const site = renderAmeli();
    await site.user.type(passwordField(), 'abc');
    const show = screen.getByRole('button', { name: 'Afficher le mot de passe' });
    expect(passwordField()).toHaveAttribute('type', 'password');
    await site.user.click(show);
    expect(passwordField()).toHaveAttribute('type', 'text');
    expect(show).toHaveAttribute('aria-pressed', 'true');
    await site.user.click(show);
    expect(passwordField()).toHaveAttribute('type', 'password');
  });

  it('signs in with the number spaced as on the card, reports fill and click, and signs out', async () => {
    const site = renderAmeli();
    await tryLogin(site, '2 86 03 75 114 023');
    expect(await screen.findByRole('heading', { level: 1, name: 'Bonjour Amina BENALI' })).toBeVisible();
    expect(site.events).toContainEqual({ action: 'fill', target: 'ameli.connexion.nir', value: '2 86 03 75 114 023' });
    expect(site.events.at(-1)).toEqual({ action: 'click', target: 'ameli.connexion.valider' });
    for (const tile of ['Mes paiements', 'Mes démarches', 'Mes attestations', 'Messagerie'])
      expect(screen.getByRole('button', { name: new RegExp(`^${tile}`) })).toBeVisible();
    await site.user.click(screen.getByRole('button', { name: 'Se déconnecter' }));
    expect(await screen.findByText('Vous êtes déconnecté de votre compte ameli.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Se déconnecter' })).toBeNull();
  });

  it('« Mot de passe oublié ? »: the number and the date of birth checked, then the practice note', async () => {
    const site = renderAmeli();
    await site.user.click(screen.getByRole('button', { name: 'Mot de passe oublié ?' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mot de passe oublié' })).toHaveFocus();
    await site.user.click(screen.getByRole('button', { name: 'Valider' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Le formulaire contient 2 erreurs :');
    expect(summary).toHaveTextContent('Veuillez saisir votre date de naissance.');
    await site.user.type(screen.getByLabelText('Mon numéro de sécurité sociale'), '2860375114023');
    await site.user.type(screen.getByLabelText('Ma date de naissance'), '14031986');
    await site.user.click(screen.getByRole('button', { name: 'Valider' }));
    expect(
      await screen.findByRole('link', { name: 'La date de naissance doit être au format JJ/MM/AAAA.' }),
    ).toBeVisible();
    await site.user.clear(screen.getByLabelText('Ma date de naissance'));
    await site.user.type(screen.getByLabelText('Ma date de naissance'), '14/03/1986');
    await site.user.click(screen.getByRole('button', { name: 'Valider' }));
    expect(await screen.findByText(/un courriel vous est envoyé pour choisir un nouveau mot de passe/)).toBeVisible();
    expect(screen.getByText(/Site d’entraînement : ce courriel n’est pas envoyé/)).toBeVisible();
    await site.user.click(screen.getByRole('button', { name: 'Retour à la connexion' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Connexion à mon compte ameli' })).toHaveFocus();
  });

  it('« Créer mon compte »: a temporary number refused; her own number already has an account', async () => {
    const site = renderAmeli();
    await site.user.click(screen.getByRole('button', { name: 'Créer mon compte' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Créer mon compte ameli' })).toHaveFocus();
    const field = screen.getByLabelText('Mon numéro de sécurité sociale');
    await site.user.type(field, '8860375114023');
    await site.user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(await screen.findByRole('link', { name: /numéro provisoire/ })).toBeVisible();
    await site.user.clear(field);
    await site.user.type(field, '2860375114023');
    await site.user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(
      await screen.findByText(
        'Un compte ameli existe déjà pour ce numéro de sécurité sociale. Connectez-vous avec votre mot de passe.',
      ),
    ).toBeVisible();
    await site.user.clear(field);
    await site.user.type(field, '1830199350017');
    await site.user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(await screen.findByText(/la suite de la création du compte .* n’est pas reproduite/)).toBeVisible();
  });

  it('« S’identifier avec FranceConnect » starts the journey; its return signs the learner in', async () => {
    const site = renderAmeli();
    await site.user.click(screen.getByRole('button', { name: /S’identifier avec FranceConnect/ }));
    expect(site.events.at(-1)).toEqual({ action: 'click', target: 'ameli.connexion.franceconnect' });
    expect(site.world().franceConnect).toEqual({ from: 'ameli', page: 'choix' });
    site.updateWorld((w) => {
      const rest = { ...w };
      delete rest.franceConnect;
      return { ...rest, franceConnectReturns: ['ameli'] };
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Bonjour Amina BENALI' })).toBeVisible();
    expect(site.world().franceConnectReturns).toEqual([]);
  });

  it('a page of the account asked for while signed out comes after the login; a reload keeps the session', async () => {
    const store: Record<string, unknown> = {};
    const first = renderAmeli({ store });
    first.drive(...signIn, { action: 'click', target: 'ameli.compte.demarches' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Mes démarches');
    first.unmount();
    renderAmeli({ store });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Mes démarches');
    expect(screen.getByRole('button', { name: 'Se déconnecter' })).toBeVisible();
  });
});
