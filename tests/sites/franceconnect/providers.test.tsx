/**
 * The other providers behind FranceConnect: ameli's login and its checks, the providers without a
 * practice copy (their page and the way to another account), and the incident
 * `fournisseur-indisponible` (FranceConnect's error page, played once).
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../src/lesson/world.ts';
import { amina } from '../renderWithBridge.tsx';
import { renderCafTab, toChoice, withUnavailableProvider } from './fcBridge.tsx';

const heading = (name: string | RegExp) => screen.getByRole('heading', { level: 1, name });
const fc = () => within(document.querySelector<HTMLElement>('.fcp-site')!);

describe('ameli behind FranceConnect', () => {
  it('checks the numéro de sécurité sociale and the password, then signs the CAF in', async () => {
    const site = renderCafTab();
    toChoice(site);
    await site.user.click(screen.getByRole('button', { name: 'ameli' }));
    expect(heading('Connexion avec mon compte ameli')).toHaveFocus();
    const connect = () => fc().getByRole('button', { name: 'Se connecter' });
    const nir = () => fc().getByLabelText('Numéro de sécurité sociale');

    await site.user.click(connect());
    expect(fc().getByRole('alert')).toHaveTextContent('Le formulaire contient 2 erreurs');
    expect(fc().getByText('Veuillez saisir votre numéro de sécurité sociale.', { selector: 'p' })).toBeVisible();
    expect(fc().getByText('Veuillez saisir votre mot de passe.', { selector: 'p' })).toBeVisible();

    // The 15 characters of the carte Vitale, key included: ameli asks for 13.
    await site.user.type(nir(), '286037511402363');
    await site.user.type(fc().getByLabelText('Mot de passe'), 'Coquelicot-2026');
    await site.user.click(connect());
    expect(fc().getByText(/doit comporter 13 caractères/, { selector: 'p' })).toBeVisible();

    await site.user.clear(nir());
    await site.user.type(nir(), '2860375114023');
    await site.user.type(fc().getByLabelText('Mot de passe'), 'Tournesol-2026');
    await site.user.click(connect());
    expect(fc().getByText('Numéro de sécurité sociale ou mot de passe incorrect.')).toBeVisible();
    expect(fc().getByLabelText('Mot de passe')).toHaveValue('');

    await site.user.type(fc().getByLabelText('Mot de passe'), 'Coquelicot-2026{Enter}');
    expect(heading('Vous êtes connecté(e) en tant que Amina Benali')).toBeVisible();
    expect(screen.getByText('avec votre compte ameli')).toBeVisible();
    await site.user.click(screen.getByRole('button', { name: 'Continuer sur caf.fr' }));
    expect(await screen.findByRole('button', { name: 'Me déconnecter' })).toBeVisible();
    expect(site.events.filter((e) => e.target === 'franceconnect.ameli.connexion').map((e) => e.ok)).toEqual([
      false,
      false,
      false,
      undefined,
    ]);
  });

  it('refuses every pair for a persona without an ameli account', async () => {
    const withoutAmeli: Record<string, unknown> = { ...amina };
    delete withoutAmeli.ameli;
    const site = renderCafTab({ persona: withoutAmeli as typeof amina });
    toChoice(site);
    await site.user.click(screen.getByRole('button', { name: 'ameli' }));
    await site.user.type(fc().getByLabelText('Numéro de sécurité sociale'), '2860375114023');
    await site.user.type(fc().getByLabelText('Mot de passe'), 'Coquelicot-2026{Enter}');
    expect(fc().getByText('Numéro de sécurité sociale ou mot de passe incorrect.')).toBeVisible();
  });
});

describe('providers without a practice copy', () => {
  it.each([
    ['L’Identité Numérique La Poste', 'laposte'],
    ['MSA', 'msa'],
    ['France Identité', 'france-identite'],
  ])('%s says it is not available here and leads to another account', async (name, id) => {
    const site = renderCafTab();
    toChoice(site);
    await site.user.click(screen.getByRole('button', { name }));
    expect(heading('Ce compte n’est pas disponible ici')).toHaveFocus();
    expect(screen.getByText(name, { selector: '.fcp-pretitle' })).toBeVisible();
    expect(site.world().franceConnect).toEqual({ from: 'caf', page: 'fournisseur', provider: id });
    await site.user.click(screen.getByRole('button', { name: 'Choisir un autre compte' }));
    expect(heading('Je choisis un compte pour me connecter sur')).toHaveFocus();
    await site.user.click(screen.getByRole('button', { name }));
    await site.user.click(screen.getByRole('button', { name: '← Revenir sur caf.fr' }));
    expect(heading('Connexion à Mon Compte')).toHaveFocus();
  });
});

describe('incident « fournisseur-indisponible »', () => {
  it('shows FranceConnect’s error page once, then the provider works again', async () => {
    const site = renderCafTab({ world: withUnavailableProvider(createWorld()) });
    toChoice(site);
    await site.user.click(screen.getByRole('button', { name: 'impots.gouv' }));
    expect(heading('Une erreur est survenue')).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('Le service impots.gouv est momentanément indisponible.');
    expect(site.world().incidents).toEqual([]);

    await site.user.click(screen.getByRole('button', { name: 'Choisir un autre compte' }));
    await site.user.click(screen.getByRole('button', { name: 'impots.gouv' }));
    expect(heading('Connexion à votre espace particulier')).toBeVisible();
  });

  it('leaves the providers without a copy as they are, and leads back to the CAF', async () => {
    const site = renderCafTab({ world: withUnavailableProvider(createWorld()) });
    toChoice(site);
    await site.user.click(screen.getByRole('button', { name: 'MSA' }));
    expect(heading('Ce compte n’est pas disponible ici')).toBeVisible();
    await site.user.click(screen.getByRole('button', { name: 'Choisir un autre compte' }));
    await site.user.click(screen.getByRole('button', { name: 'ameli' }));
    expect(heading('Une erreur est survenue')).toBeVisible();
    await site.user.click(screen.getByRole('button', { name: '← Revenir sur caf.fr' }));
    expect(heading('Connexion à Mon Compte')).toHaveFocus();
  });
});
