/**
 * Creating the espace particulier on the impots.gouv copy: each page's messages, the activation
 * link in the practice mailbox (valid 8 hours of the practice clock), the incidents
 * `lien-expire` and `courriel-indesirable`, then the first login with the code.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  activationLink,
  click,
  createSpace,
  fill,
  flags,
  gerard,
  gerardIds,
  renderImpots,
  signIn,
} from './impotsBridge.tsx';

const email = 'gerard.lefevre@messagerie-entrainement.fr';
const alertText = () =>
  screen
    .getAllByRole('alert')
    .map((a) => a.textContent)
    .join(' | ');

describe('creating the espace particulier', () => {
  it('checks the numéro fiscal: empty, letters, length, key, unknown', () => {
    const site = renderImpots({ persona: gerard });
    site.drive(click('impots.home.creer-espace'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Créer mon espace particulier');
    const tries: [string, string][] = [
      ['', 'Veuillez saisir votre numéro fiscal.'],
      ['30162847554AB', 'Le numéro fiscal ne doit contenir que des chiffres.'],
      ['301628475545', 'Le numéro fiscal doit comporter 13 chiffres (vous en avez saisi 12).'],
      ['3016284755457', 'Le numéro fiscal saisi est erroné.'],
    ];
    for (const [typed, message] of tries) {
      if (typed) site.drive(fill('impots.creation.numero-fiscal', typed));
      site.drive(click('impots.creation.continuer'));
      expect(alertText()).toContain(message);
      expect(screen.getByLabelText('Numéro fiscal')).toHaveAccessibleDescription(expect.stringContaining(message));
      expect(site.events.at(-1)).toMatchObject({ target: 'impots.creation.continuer', ok: false });
    }
    // The test vector of docs/procedures.md looks like someone's real number: it is not kept.
    site.drive(fill('impots.creation.numero-fiscal', '3023217600053'));
    expect(screen.getByLabelText('Numéro fiscal')).toHaveValue('');
  });

  it('knows no other numéro fiscal than the learner’s (the partner creates their own space)', () => {
    const site = renderImpots();
    site.drive(click('impots.home.creer-espace'), fill('impots.creation.numero-fiscal', '2075390148440'));
    site.drive(click('impots.creation.continuer'));
    expect(alertText()).toContain('Le numéro fiscal saisi est inconnu. Vérifiez votre saisie.');
  });

  it('checks the numéro d’accès en ligne and the revenu fiscal de référence, with « Où trouver… ? »', async () => {
    const site = renderImpots({ persona: gerard });
    site.drive(
      click('impots.home.creer-espace'),
      fill('impots.creation.numero-fiscal', gerardIds.nif),
      click('impots.creation.continuer'),
    );
    expect(screen.getByText(/Étape 2 sur 3/)).toBeVisible();
    site.drive(click('impots.creation.continuer'));
    expect(alertText()).toContain('Veuillez saisir votre numéro d’accès en ligne.');
    expect(alertText()).toContain('Veuillez saisir votre revenu fiscal de référence.');
    site.drive(fill('impots.creation.numero-acces', '615034'), fill('impots.creation.revenu-fiscal', '17 460,50'));
    site.drive(click('impots.creation.continuer'));
    expect(alertText()).toContain('Le numéro d’accès en ligne doit comporter 7 chiffres.');
    expect(alertText()).toContain('Le revenu fiscal de référence doit être un nombre entier, sans centimes');
    site.drive(fill('impots.creation.numero-acces', '6150342'), fill('impots.creation.revenu-fiscal', '17 470'));
    site.drive(click('impots.creation.continuer'));
    expect(alertText()).toContain('Les informations saisies ne correspondent pas');
    // The help shows where each one is printed.
    const help = screen.getByRole('button', { name: 'Où trouver mon revenu fiscal de référence ?' });
    expect(help).toHaveAttribute('aria-expanded', 'false');
    await site.user.click(help);
    expect(help).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText(/figure sur la première page de votre dernier avis d’impôt/)).toBeVisible();
    site.drive(fill('impots.creation.revenu-fiscal', '17460'), click('impots.creation.continuer'));
    expect(screen.getByText(/Étape 3 sur 3/)).toBeVisible();
  });

  it('checks the e-mail twice and the password rules shown', async () => {
    const site = renderImpots({ persona: gerard });
    site.drive(
      click('impots.home.creer-espace'),
      fill('impots.creation.numero-fiscal', gerardIds.nif),
      click('impots.creation.continuer'),
      fill('impots.creation.numero-acces', gerardIds.access),
      fill('impots.creation.revenu-fiscal', gerardIds.rfr),
      click('impots.creation.continuer'),
      click('impots.creation.valider'),
    );
    for (const message of [
      'Veuillez saisir votre adresse électronique.',
      'Veuillez confirmer votre adresse électronique.',
      'Veuillez saisir un mot de passe.',
      'Veuillez confirmer votre mot de passe.',
    ])
      expect(alertText()).toContain(message);
    site.drive(
      fill('impots.creation.email', 'gerard.lefevre@'),
      fill('impots.creation.email-confirmation', email),
      fill('impots.creation.mot-de-passe', 'republique'),
      fill('impots.creation.mot-de-passe-confirmation', 'Republique93301'),
      click('impots.creation.valider'),
    );
    expect(alertText()).toContain('L’adresse électronique saisie n’est pas valide.');
    expect(alertText()).toContain('Les deux adresses électroniques saisies sont différentes.');
    expect(alertText()).toContain('Le mot de passe ne respecte pas les règles de sécurité.');
    expect(alertText()).toContain('Les deux mots de passe saisis sont différents.');
    const rules = screen.getByText('Votre mot de passe doit contenir :').parentElement!;
    expect(rules).toHaveTextContent('au moins 8 caractères (respecté)');
    expect(rules).toHaveTextContent('au moins une lettre (respecté)');
    expect(rules).not.toHaveTextContent('au moins un chiffre (respecté)');
    expect(screen.getByLabelText('Mot de passe')).toHaveAccessibleDescription(
      expect.stringContaining('au moins un chiffre'),
    );
  });

  it('sends the activation link; opened in time it activates the space, and the learner signs in with the code', () => {
    const site = renderImpots({ persona: gerard });
    site.drive(click('impots.home.espace'), fill('impots.connexion.numero-fiscal', gerardIds.nif));
    site.drive(fill('impots.connexion.mot-de-passe', gerardIds.password), click('impots.connexion.valider'));
    expect(alertText()).toContain('Vous n’avez pas encore d’espace particulier.');
    createSpace(site, gerardIds, email);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Activez votre espace particulier');
    expect(screen.getByText(/Ce lien est valable 8 heures/)).toBeVisible();
    const sent = site.world().inbox.find((m) => m.id === 'impots-activation')!;
    expect(sent).toMatchObject({ folder: 'inbox', subject: 'Activation de votre espace particulier' });
    expect(sent.link!.expiresAt! - sent.receivedAt).toBe(8 * 3600_000);
    expect(flags()).toContain('espace-en-attente');
    // Not activated yet: the login says so.
    site.drive(click('impots.header.espace'), fill('impots.connexion.numero-fiscal', gerardIds.nif));
    site.drive(fill('impots.connexion.mot-de-passe', gerardIds.password), click('impots.connexion.valider'));
    expect(alertText()).toContain('Votre espace particulier n’est pas encore activé.');
    site.later(7 * 3600_000);
    site.openLink(activationLink(site));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Votre espace particulier est activé');
    expect(flags()).toContain('espace-actif');
    site.drive(click('impots.creation.acceder'));
    signIn(site, gerardIds.nif, gerardIds.password);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Bonjour Gérard LEFÈVRE');
  });

  it('sends nothing to an address that is not the learner’s', () => {
    const site = renderImpots({ persona: gerard });
    createSpace(site, gerardIds, 'gerard.lefevre@messagerie-entrainement.com');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Activez votre espace particulier');
    expect(site.world().inbox.some((m) => m.id === 'impots-activation')).toBe(false);
  });

  it('a link opened after 8 hours of the practice clock has expired; « Recevoir un nouveau lien » sends one that works', () => {
    const site = renderImpots({ persona: gerard });
    createSpace(site, gerardIds, email);
    site.later(8 * 3600_000 + 60_000);
    site.openLink(activationLink(site));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Le lien d’activation a expiré');
    expect(flags()).not.toContain('espace-actif');
    site.drive(click('impots.creation.nouveau-lien'));
    const fresh = activationLink(site);
    site.openLink(fresh);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Votre espace particulier est activé');
  });

  it('incident lien-expire: the next link opened has expired, once', () => {
    const site = renderImpots({ persona: gerard });
    createSpace(site, gerardIds, email);
    site.incident('lien-expire');
    site.openLink(activationLink(site));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Le lien d’activation a expiré');
    expect(site.world().incidents).toEqual([]);
    site.drive(click('impots.creation.nouveau-lien'));
    site.openLink(activationLink(site));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Votre espace particulier est activé');
  });

  it('incident courriel-indesirable: the activation mail lands in « Courrier indésirable »', () => {
    const site = renderImpots({ persona: gerard });
    site.incident('courriel-indesirable');
    createSpace(site, gerardIds, email);
    expect(site.world().inbox.find((m) => m.id === 'impots-activation')?.folder).toBe('spam');
    expect(site.world().incidents).toEqual([]);
  });
});
