/**
 * Logging in to the espace particulier: numéro fiscal and password, then the security code sent
 * to the practice mailbox; « Mot de passe oublié ? »; signing out.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { impotsNavigationReducer, initialImpotsNavigation } from '../../../src/sites/impots/navigationReducer.ts';
import { click, fill, flags, julien, renderImpots } from './impotsBridge.tsx';

const alertText = () =>
  screen
    .getAllByRole('alert')
    .map((a) => a.textContent)
    .join(' | ');
const title = () => screen.getByRole('heading', { level: 1 });

describe('logging in to impots.gouv', () => {
  it('refuses a wrong pair, then asks for the code sent by e-mail, refuses a wrong one and signs in', () => {
    const site = renderImpots();
    site.drive(click('impots.home.espace'), click('impots.connexion.valider'));
    expect(alertText()).toContain('Veuillez saisir votre numéro fiscal.');
    expect(alertText()).toContain('Veuillez saisir votre mot de passe.');
    site.drive(
      fill('impots.connexion.numero-fiscal', julien.nif),
      fill('impots.connexion.mot-de-passe', 'Acacias-Montreuil-28'),
      click('impots.connexion.valider'),
    );
    expect(alertText()).toContain('Numéro fiscal ou mot de passe incorrect.');
    expect(screen.getByLabelText('Mot de passe')).toHaveValue('');
    expect(site.events.at(-1)).toMatchObject({ target: 'impots.connexion.valider', ok: false });
    site.drive(fill('impots.connexion.mot-de-passe', julien.password), click('impots.connexion.valider'));
    expect(title()).toHaveTextContent('Code de sécurité');
    const code = site.world().otp;
    expect(code).toMatch(/^\d{6}$/);
    const mail = site.world().inbox.find((m) => m.id === 'impots-code')!;
    expect(mail.body).toContain(code);
    expect(screen.getByText(/j•••@messagerie-entrainement.fr/)).toBeVisible();
    site.drive(fill('impots.code.input', code === '123456' ? '654321' : '123456'), click('impots.code.valider'));
    expect(alertText()).toContain('Le code de sécurité saisi est incorrect.');
    site.drive(fill('impots.code.input', code), click('impots.code.valider'));
    expect(title()).toHaveTextContent('Bonjour Julien MARTIN');
    expect(flags()).toContain('signed-in');
    expect(screen.getByRole('navigation', { name: 'Espace particulier' })).toBeVisible();
  });

  it('a code sent more than 15 minutes before has expired; a new code works', () => {
    const site = renderImpots();
    site.drive(
      click('impots.home.espace'),
      fill('impots.connexion.numero-fiscal', julien.nif),
      fill('impots.connexion.mot-de-passe', julien.password),
      click('impots.connexion.valider'),
    );
    site.later(16 * 60_000);
    site.drive(fill('impots.code.input', site.world().otp), click('impots.code.valider'));
    expect(alertText()).toContain('Le code de sécurité a expiré.');
    site.drive(click('impots.code.renvoyer'));
    site.drive(fill('impots.code.input', site.world().otp), click('impots.code.valider'));
    expect(title()).toHaveTextContent('Bonjour Julien MARTIN');
  });

  it('a page of the space asked for while signed out comes after the login; « Se déconnecter » leads home', () => {
    const site = renderImpots();
    site.drive(click('impots.header.espace'));
    expect(title()).toHaveTextContent('Connexion à mon espace particulier');
    site.drive(
      fill('impots.connexion.numero-fiscal', julien.nif),
      fill('impots.connexion.mot-de-passe', julien.password),
      click('impots.connexion.valider'),
    );
    site.drive(fill('impots.code.input', site.world().otp), click('impots.code.valider'));
    site.drive(click('impots.menu.documents'));
    expect(title()).toHaveTextContent('Documents');
    site.drive(click('impots.header.deconnexion'));
    expect(title()).toHaveTextContent('Particulier');
    expect(screen.getByText('Vous avez été déconnecté de votre espace particulier.')).toBeVisible();
    expect(flags()).not.toContain('signed-in');
  });

  it('« Mot de passe oublié ? » checks the numéro fiscal, then says the rest is not copied', () => {
    const site = renderImpots();
    site.drive(click('impots.home.espace'), click('impots.connexion.mot-de-passe-oublie'));
    expect(title()).toHaveTextContent('Mot de passe oublié');
    site.drive(click('impots.mot-de-passe-oublie.continuer'));
    expect(alertText()).toContain('Veuillez saisir votre numéro fiscal.');
    site.drive(
      fill('impots.mot-de-passe-oublie.numero-fiscal', julien.nif),
      click('impots.mot-de-passe-oublie.continuer'),
    );
    expect(screen.getByRole('status')).toHaveTextContent('n’est pas reproduite');
    site.drive(click('impots.mot-de-passe-oublie.retour'));
    expect(title()).toHaveTextContent('Connexion à mon espace particulier');
  });

  it('« S’identifier avec FranceConnect » starts the journey from impots.gouv; its return signs the learner in', () => {
    const site = renderImpots();
    site.drive(click('impots.home.espace'), click('impots.connexion.franceconnect'));
    expect(site.world().franceConnect).toMatchObject({ from: 'impots', page: 'choix' });
    site.updateWorld((w) => {
      const rest = { ...w, franceConnectReturns: ['impots'] };
      delete rest.franceConnect;
      return rest;
    });
    expect(title()).toHaveTextContent('Bonjour Julien MARTIN');
    expect(flags()).toContain('signed-in');
    expect(site.world().franceConnectReturns).toEqual([]);
  });
});

describe('« Précédent » on impots.gouv', () => {
  it('goes back a page, never to the code page once it was left', () => {
    let nav = impotsNavigationReducer(initialImpotsNavigation, { type: 'go', page: 'login' });
    nav = impotsNavigationReducer(nav, { type: 'password-ok' });
    nav = impotsNavigationReducer(nav, { type: 'go', page: 'home' });
    expect(nav.auth).toBe('out');
    nav = impotsNavigationReducer(nav, { type: 'back' });
    expect(nav.page).toBe('login');
    nav = impotsNavigationReducer(nav, { type: 'back' });
    expect(nav.page).toBe('home');
  });
});
