/**
 * FranceConnect from the CAF's login page, in the real site components: the choice of a provider
 * shown in the CAF's tab, impots.gouv's login with its checks, the return to Mon Compte signed in
 * (no code asked), « Annuler » and « Précédent » back to the login page, a reload in the middle.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../src/lesson/world.ts';
import { renderCafTab, toChoice, toImpots } from './fcBridge.tsx';

const heading = (name: string | RegExp) => screen.getByRole('heading', { level: 1, name });
/** FranceConnect's pages (the CAF's, hidden meanwhile, have fields with the same labels). */
const fc = () => within(document.querySelector<HTMLElement>('.fcp-site')!);

describe('signing in to the CAF through FranceConnect with impots.gouv', () => {
  it('goes from the login page to Mon Compte, the pages shown in the CAF tab', async () => {
    const site = renderCafTab();
    site.drive({ action: 'click', target: 'caf.header.mon-compte' });
    await site.user.click(screen.getByRole('button', { name: 'S’identifier avec FranceConnect' }));

    expect(heading('Je choisis un compte pour me connecter sur')).toHaveFocus();
    expect(screen.getByText('caf.fr')).toBeVisible();
    // The CAF's page is hidden meanwhile, not gone.
    expect(screen.queryByRole('heading', { name: 'Connexion à Mon Compte' })).toBeNull();
    expect(site.world().franceConnect).toEqual({ from: 'caf', page: 'choix' });
    for (const name of ['impots.gouv', 'ameli', 'L’Identité Numérique La Poste', 'MSA', 'France Identité'])
      expect(screen.getByRole('button', { name })).toBeVisible();

    await site.user.click(screen.getByRole('button', { name: 'impots.gouv' }));
    expect(heading('Connexion à votre espace particulier')).toHaveFocus();
    await site.user.type(screen.getByLabelText('Numéro fiscal'), '24 78 391 650 259');
    await site.user.click(screen.getByRole('button', { name: 'Continuer' }));
    await site.user.type(fc().getByLabelText('Mot de passe'), 'Tournesol-2026{Enter}');

    expect(heading('Vous êtes connecté(e) en tant que Amina Benali')).toHaveFocus();
    expect(screen.getByText('avec votre compte impots.gouv')).toBeVisible();
    const data = screen.getByRole('heading', { name: 'Les données suivantes vont être transmises à caf.fr :' });
    const shared = within(data.nextElementSibling as HTMLElement);
    expect(shared.getByText('Nom de naissance').nextElementSibling).toHaveTextContent('BENALI');
    expect(shared.getByText('Date de naissance').nextElementSibling).toHaveTextContent('14/03/1986');
    await site.user.click(screen.getByRole('button', { name: 'Continuer sur caf.fr' }));

    // Back on the CAF, signed in, with no code asked.
    expect(await screen.findByRole('button', { name: 'Me déconnecter' })).toBeVisible();
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    expect(screen.queryByText(/Double authentification/)).toBeNull();
    expect(site.world().franceConnect).toBeUndefined();
    expect(site.world().franceConnectReturns).toEqual([]);
    expect(site.world().franceConnectLogins).toEqual([{ site: 'caf', provider: 'impots' }]);
    expect(site.events.map((e) => `${e.action} ${e.target}${e.ok === false ? ' refused' : ''}`)).toEqual([
      'click caf.header.mon-compte',
      'click caf.login.franceconnect',
      'click franceconnect.fournisseurs.impots',
      'fill franceconnect.impots.numero-fiscal',
      'click franceconnect.impots.continuer',
      'fill franceconnect.impots.mot-de-passe',
      'click franceconnect.impots.connexion',
      'click franceconnect.confirmation.continuer',
    ]);
  });

  it('checks the numéro fiscal as impots.gouv does, then the password (a wrong one is emptied)', async () => {
    const site = renderCafTab();
    toImpots(site);
    const continuer = () => screen.getByRole('button', { name: 'Continuer' });
    const field = () => screen.getByLabelText('Numéro fiscal');
    const errorOfField = () => document.getElementById(`${field().id}-error`);

    await site.user.click(continuer());
    expect(screen.getByRole('alert')).toHaveTextContent('Le formulaire contient 1 erreur');
    expect(errorOfField()).toHaveTextContent('Veuillez saisir votre numéro fiscal.');
    expect(field()).toHaveAttribute('aria-invalid', 'true');
    expect(field().getAttribute('aria-describedby')).toContain(`${field().id}-error`);

    await site.user.type(field(), '247839165025');
    await site.user.click(continuer());
    expect(errorOfField()).toHaveTextContent('Le numéro fiscal doit comporter 13 chiffres.');

    await site.user.clear(field());
    await site.user.type(field(), '2478391650258');
    await site.user.click(continuer());
    expect(errorOfField()).toHaveTextContent('Le numéro fiscal saisi n’est pas valide.');
    // The CAF number is no numéro fiscal.
    await site.user.clear(field());
    await site.user.type(field(), '4825913');
    await site.user.click(continuer());
    expect(errorOfField()).toHaveTextContent('Le numéro fiscal doit comporter 13 chiffres.');
    expect(fc().queryByLabelText('Mot de passe')).toBeNull();

    await site.user.clear(field());
    await site.user.type(field(), '2478391650259');
    await site.user.click(continuer());
    expect(screen.queryByRole('alert')).toBeNull();
    await site.user.click(screen.getByRole('button', { name: 'Connexion' }));
    expect(screen.getByText('Veuillez saisir votre mot de passe.', { selector: 'p' })).toBeVisible();
    await site.user.type(fc().getByLabelText('Mot de passe'), 'Jasmin2026!{Enter}');
    expect(screen.getByText('Le mot de passe saisi est incorrect.', { selector: 'p' })).toBeVisible();
    expect(fc().getByLabelText('Mot de passe')).toHaveValue('');
    const refused = site.events.filter((e) => e.ok === false).map((e) => e.target);
    expect(refused).toEqual([
      ...Array<string>(4).fill('franceconnect.impots.continuer'),
      'franceconnect.impots.connexion',
      'franceconnect.impots.connexion',
    ]);
  });

  it('erases a real-looking numéro fiscal and says so', async () => {
    const site = renderCafTab();
    toImpots(site);
    // python-stdnum's public example: right key, not a practice number.
    await site.user.type(screen.getByLabelText('Numéro fiscal'), '3023217600053');
    await site.user.tab();
    expect(screen.getByLabelText('Numéro fiscal')).toHaveValue('');
    expect(screen.getByRole('alert')).toHaveTextContent('Ce numéro ressemble à un vrai numéro fiscal');
    expect(site.realIdentifiers.count).toBe(1);
    expect(site.events.some((e) => e.target === 'franceconnect.impots.numero-fiscal')).toBe(false);
  });

  it('« Annuler » and « Revenir sur caf.fr » lead back to the CAF login page', async () => {
    const site = renderCafTab();
    toImpots(site);
    await site.user.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(heading('Connexion à Mon Compte')).toHaveFocus();
    expect(site.world().franceConnect).toBeUndefined();

    await site.user.click(screen.getByRole('button', { name: 'S’identifier avec FranceConnect' }));
    await site.user.click(screen.getByRole('button', { name: '← Revenir sur caf.fr' }));
    expect(heading('Connexion à Mon Compte')).toHaveFocus();
    // Still signed out.
    expect(screen.queryByRole('button', { name: 'Me déconnecter' })).toBeNull();
  });

  it('« Précédent » goes back a page of FranceConnect, then to the CAF login page', () => {
    const site = renderCafTab();
    toImpots(site);
    expect(site.back()).toBe(true);
    expect(heading('Je choisis un compte pour me connecter sur')).toBeVisible();
    expect(site.back()).toBe(true);
    expect(heading('Connexion à Mon Compte')).toBeVisible();
    expect(site.back()).toBe(true);
    expect(heading(/Bienvenue|caf\.fr|Accueil/)).toBeVisible();
  });

  it('a reload in the middle comes back to the same FranceConnect page', async () => {
    const first = renderCafTab();
    toImpots(first);
    const world = first.world();
    first.unmount();
    const again = renderCafTab({ world });
    expect(heading('Connexion à votre espace particulier')).toBeVisible();
    again.drive(
      { action: 'fill', target: 'franceconnect.impots.numero-fiscal', value: '2478391650259' },
      { action: 'click', target: 'franceconnect.impots.continuer' },
      { action: 'fill', target: 'franceconnect.impots.mot-de-passe', value: 'Tournesol-2026' },
      { action: 'click', target: 'franceconnect.impots.connexion' },
    );
    // Reloaded on the confirmation: the return still signs in.
    const confirmed = again.world();
    again.unmount();
    const third = renderCafTab({ world: confirmed });
    await third.user.click(screen.getByRole('button', { name: 'Continuer sur caf.fr' }));
    expect(await screen.findByRole('button', { name: 'Me déconnecter' })).toBeVisible();
  });

  it.each([false, true])(
    'a return left in the world signs the CAF in once, after a reload (StrictMode: %s)',
    async (strict) => {
      const site = renderCafTab({ strict, world: { ...createWorld(), franceConnectReturns: ['caf'] } });
      expect(await screen.findByRole('button', { name: 'Me déconnecter' })).toBeVisible();
      expect(site.world().franceConnectReturns).toEqual([]);
      // Signing out is not undone by the return, already taken up.
      await site.user.click(screen.getByRole('button', { name: 'Me déconnecter' }));
      expect(screen.queryByRole('button', { name: 'Me déconnecter' })).toBeNull();
    },
  );

  it('lists the providers in the order of the real page', () => {
    const site = renderCafTab();
    toChoice(site);
    const list = screen.getAllByRole('listitem');
    expect(list.map((item) => within(item).getByRole('button').textContent)).toEqual([
      'impots.gouv',
      'ameli',
      'L’Identité Numérique La Poste',
      'MSA',
      'France Identité',
    ]);
  });
});
