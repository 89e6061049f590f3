/**
 * « Créer un compte » on the CAF copy, inside a first request as on the real site: the identity
 * (a temporary number refused, an identity that does not match refused, someone with an account
 * sent to the login), the address checked by a code sent to the practice mailbox, the password
 * typed twice; then signed in, and the password works at the next login.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { click, fill, personaNamed, place, renderCaf, type RenderedCaf } from './renderCaf.tsx';

const lucas = personaNamed('lucas');
const toCreation = [
  click('caf.header.mon-compte'),
  click('caf.login.create-account'),
  click('caf.compte.demande.creer'),
];
const identity = (nir = '1030593066274', nom = 'Martin') => [
  fill('caf.compte.creation.nir', nir),
  fill('caf.compte.creation.nom', nom),
  fill('caf.compte.creation.prenoms', 'Lucas'),
  fill('caf.compte.creation.naissance', '17/05/2003'),
  fill('caf.compte.creation.lieu', 'Saint-Denis'),
  fill('caf.compte.creation.code-postal', '93200'),
  fill('caf.compte.creation.commune', 'Saint-Denis'),
  click('caf.compte.creation.continuer'),
];

function toPassword(site: RenderedCaf) {
  site.drive(
    ...toCreation,
    ...identity(),
    fill('caf.compte.creation.email', 'lucas.martin@messagerie-entrainement.fr'),
    click('caf.compte.creation.envoyer-code'),
  );
  site.drive(fill('caf.compte.creation.code', site.world().otp), click('caf.compte.creation.valider-code'));
}

describe('« Créer un compte »', () => {
  it('opens « Faire une demande de prestation », then the identity form', () => {
    const site = renderCaf({ persona: lucas });
    site.drive(click('caf.header.mon-compte'), click('caf.login.create-account'));
    expect(place()).toBe('compte-demande');
    site.drive(click('caf.compte.demande.creer'));
    expect(place()).toBe('compte-creation-identite');
    expect(screen.getByText('Étape 1 sur 3 : Votre identité')).toBeVisible();
  });

  it('asks every field, and refuses a temporary number (7 or 8) as the real site does', async () => {
    const site = renderCaf({ persona: lucas });
    site.drive(...toCreation, click('caf.compte.creation.continuer'));
    const summary = await screen.findByRole('alert');
    for (const message of [
      'Saisissez votre numéro de sécurité sociale.',
      'Saisissez votre nom de naissance.',
      'Saisissez vos prénoms.',
      'Saisissez votre date de naissance.',
      'Saisissez votre lieu de naissance.',
      'Saisissez votre code postal.',
      'Saisissez votre commune.',
    ])
      expect(summary).toHaveTextContent(message);
    site.drive(...identity('7030593066274'));
    expect(screen.getByLabelText('Numéro de sécurité sociale')).toHaveAccessibleDescription(
      /numéro provisoire \(il commence par 7 ou 8\) : il ne permet pas de créer un compte/,
    );
    expect(place()).toBe('compte-creation-identite');
  });

  it('refuses an identity it cannot check, and sends someone who has an account to the login', () => {
    const site = renderCaf({ persona: lucas });
    site.drive(...toCreation, ...identity('1030593066274', 'Durand'));
    expect(screen.getByRole('alert')).toHaveTextContent('Nous n’avons pas pu vérifier votre identité');
    site.unmount();

    const amina = renderCaf();
    amina.drive(
      ...toCreation,
      fill('caf.compte.creation.nir', '2860375114023'),
      fill('caf.compte.creation.nom', 'BENALI'),
      fill('caf.compte.creation.prenoms', 'Amina'),
      fill('caf.compte.creation.naissance', '14/03/1986'),
      fill('caf.compte.creation.lieu', 'Paris'),
      fill('caf.compte.creation.code-postal', '93200'),
      fill('caf.compte.creation.commune', 'Saint-Denis'),
      click('caf.compte.creation.continuer'),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Vous avez déjà un compte caf.fr');
  });

  it('checks the address with a code sent to the practice mailbox, valid 15 minutes', () => {
    const site = renderCaf({ persona: lucas });
    site.drive(...toCreation, ...identity());
    expect(place()).toBe('compte-creation-code');
    site.drive(fill('caf.compte.creation.email', 'lucas.martin'), click('caf.compte.creation.envoyer-code'));
    expect(screen.getByLabelText('Adresse électronique')).toHaveAccessibleDescription(/n’est pas valide/);
    site.drive(
      fill('caf.compte.creation.email', 'lucas.martin@messagerie-entrainement.fr'),
      click('caf.compte.creation.envoyer-code'),
    );
    const mail = site.world().inbox.find((m) => m.id === 'caf-creation-code')!;
    expect(mail.body).toContain(site.world().otp);
    site.drive(fill('caf.compte.creation.code', '000000'), click('caf.compte.creation.valider-code'));
    expect(screen.getByLabelText('Code reçu par courriel')).toHaveAccessibleDescription(/incorrect/);
    site.later(16 * 60_000);
    site.drive(fill('caf.compte.creation.code', site.world().otp), click('caf.compte.creation.valider-code'));
    expect(screen.getByLabelText('Code reçu par courriel')).toHaveAccessibleDescription(/a expiré/);
    site.drive(click('caf.compte.creation.envoyer-code'));
    site.drive(fill('caf.compte.creation.code', site.world().otp), click('caf.compte.creation.valider-code'));
    expect(place()).toBe('compte-creation-mot-de-passe');
  });

  it('sends no code to another address: no code typed can be right', () => {
    const site = renderCaf({ persona: lucas });
    site.drive(
      ...toCreation,
      ...identity(),
      fill('caf.compte.creation.email', 'lucas.martn@messagerie-entrainement.fr'),
      click('caf.compte.creation.envoyer-code'),
    );
    expect(site.world().inbox.some((m) => m.id === 'caf-creation-code')).toBe(false);
    expect(screen.getByText(/l•••@messagerie-entrainement\.fr/)).toBeVisible();
  });

  it('creates the account with a password that follows the rules; signed in; it works at the next login', () => {
    const site = renderCaf({ persona: lucas });
    toPassword(site);
    site.drive(
      fill('caf.compte.creation.mot-de-passe', 'lucas93'),
      fill('caf.compte.creation.confirmation', 'lucas93'),
      click('caf.compte.creation.creer'),
    );
    expect(screen.getByLabelText('Mot de passe')).toHaveAccessibleDescription(/ne respecte pas les règles/);
    site.drive(
      fill('caf.compte.creation.mot-de-passe', 'Gare-Saint-Denis-2026'),
      fill('caf.compte.creation.confirmation', 'Gare-Saint-Denis-2026'),
      click('caf.compte.creation.creer'),
    );
    expect(place()).toBe('compte-creation-confirmation');
    site.drive(click('caf.compte.cree.continuer'));
    expect(place()).toBe('espace');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Bonjour Lucas');
    site.drive(
      click('caf.espace.logout'),
      click('caf.header.mon-compte'),
      fill('caf.login.nir', '1030593066274'),
      fill('caf.login.password', 'Gare-Saint-Denis-2026'),
      click('caf.login.submit'),
    );
    expect(place()).toBe('code');
  });

  it('lets no one log in before the account exists', () => {
    const site = renderCaf({ persona: lucas });
    site.drive(
      click('caf.header.mon-compte'),
      fill('caf.login.nir', '1030593066274'),
      fill('caf.login.password', 'Gare-Saint-Denis-2026'),
      click('caf.login.submit'),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Identifiant ou mot de passe incorrect');
  });
});
