/**
 * Signing in to the personal space: the identifier, then the password, with the real site's
 * errors; « Identifiant oublié ? » by e-mail; FranceConnect's journey started. Once
 * signed in, a registered job seeker's espace shows the monthly update's status from the
 * practice clock.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderSite, personaNamed } from './siteBridge.tsx';

const nadia = personaNamed('nadia');
const heading = () => screen.getByRole('heading', { level: 1 });
const c = (field: string) => `france-travail.connexion.${field}`;

describe('login', () => {
  it('asks the identifier, then the password; refuses a wrong pair and empties the password', async () => {
    const site = renderSite({ persona: nadia, date: '2026-11-30' });
    const { user } = site;
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(heading()).toHaveTextContent('Connexion à votre espace personnel');
    await user.click(screen.getByRole('button', { name: 'Poursuivre' }));
    expect(within(screen.getByRole('alert')).getByRole('link')).toHaveTextContent('Saisissez votre identifiant.');
    await user.type(screen.getByLabelText('Identifiant'), '4821377{Enter}');
    expect(within(screen.getByRole('alert')).getByRole('link')).toHaveTextContent(
      'L’identifiant doit comporter 8 caractères : 7 chiffres suivis d’une lettre ou d’un chiffre.',
    );
    await user.type(screen.getByLabelText('Identifiant'), 'k{Enter}');
    expect(screen.getByText('4821377K')).toBeVisible();
    const field = screen.getByLabelText('Mot de passe');
    expect(field).toHaveFocus();
    expect(document.querySelector('[data-place="login-password"]')).not.toBeNull();
    await user.type(field, 'Tilleuls{Enter}');
    expect(screen.getByText('Identifiant ou mot de passe incorrect.')).toBeVisible();
    expect(field).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Afficher le mot de passe' }));
    expect(field).toHaveAttribute('type', 'text');
    await user.type(field, 'Tilleuls-Courneuve-82');
    const page = screen.getByRole('region', { name: 'Connexion à votre espace personnel' });
    await user.click(within(page).getByRole('button', { name: 'Se connecter' }));
    expect(heading()).toHaveTextContent('Bonjour Nadia');
    expect(site.events.filter((e) => e.target === c('valider'))).toEqual([
      { action: 'click', target: c('valider'), ok: false },
      { action: 'click', target: c('valider') },
    ]);
  });

  it('a registered job seeker’s espace: the update open on 30 November, until 15 December', () => {
    const site = renderSite({ persona: nadia, date: '2026-11-30' });
    site.drive(
      { action: 'click', target: 'france-travail.header.connexion' },
      { action: 'fill', target: c('identifiant'), value: '4821377K' },
      { action: 'click', target: c('poursuivre') },
      { action: 'fill', target: c('mot-de-passe'), value: 'Tilleuls-Courneuve-82' },
      { action: 'click', target: c('valider') },
    );
    expect(screen.getByText(/jusqu’au 15\/12\/2026/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'M’actualiser' })).toBeVisible();
    expect(screen.getByRole('button', { name: /Transmettre un document/ })).toBeVisible();
    expect(document.querySelector('[data-flags]')!.getAttribute('data-flags')!.split(' ')).toEqual(
      expect.arrayContaining(['signed-in', 'compte-actif', 'inscrit']),
    );
    site.drive({ action: 'click', target: 'france-travail.espace.rendez-vous' });
    expect(screen.getByText('Vous n’avez aucun rendez-vous à venir.')).toBeVisible();
  });

  it('the update closed on 20 December: its dates', () => {
    const site = renderSite({ persona: nadia, date: '2026-12-20' });
    site.drive(
      { action: 'click', target: 'france-travail.header.connexion' },
      { action: 'fill', target: c('identifiant'), value: '4821377K' },
      { action: 'click', target: c('poursuivre') },
      { action: 'fill', target: c('mot-de-passe'), value: 'Tilleuls-Courneuve-82' },
      { action: 'click', target: c('valider') },
    );
    expect(screen.getByText('La prochaine actualisation sera possible du 28/12/2026 au 15/01/2027.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'M’actualiser' })).toBeNull();
  });

  it('« Identifiant oublié ? » sends the identifier to the space’s address, and says the same whatever the address', async () => {
    const site = renderSite({ persona: nadia, date: '2026-11-30' });
    const { user } = site;
    site.drive({ action: 'click', target: 'france-travail.header.connexion' });
    await user.click(screen.getByRole('button', { name: 'Identifiant oublié ?' }));
    const field = screen.getByLabelText('Adresse e-mail');
    expect(field).toHaveFocus();
    await user.type(field, 'quelquun@exemple.fr');
    await user.click(screen.getByRole('button', { name: 'Recevoir mon identifiant' }));
    const answer =
      'Si cette adresse correspond à un espace personnel, vous allez recevoir votre identifiant par courriel.';
    expect(screen.getByText(answer)).toBeVisible();
    expect(site.world().inbox.some((m) => m.id === 'ft-identifiant')).toBe(false);
    await user.clear(field);
    await user.type(field, 'Nadia.Haddad@messagerie-entrainement.fr');
    await user.click(screen.getByRole('button', { name: 'Recevoir mon identifiant' }));
    expect(site.world().inbox.find((m) => m.id === 'ft-identifiant')?.body).toContain('Votre identifiant : 4821377K');
  });

  it('« S’identifier avec FranceConnect » starts FranceConnect’s journey from France Travail', async () => {
    const site = renderSite({ persona: nadia, date: '2026-11-30' });
    site.drive({ action: 'click', target: 'france-travail.header.connexion' });
    await site.user.click(screen.getByRole('button', { name: 'S’identifier avec FranceConnect' }));
    expect(site.world().franceConnect).toEqual({ from: 'france-travail', page: 'choix' });
    expect(site.events).toContainEqual({ action: 'click', target: 'france-travail.connexion.franceconnect' });
  });

  it('a space not activated yet cannot be signed in to', () => {
    const site = renderSite();
    site.drive(
      { action: 'click', target: 'france-travail.home.inscription' },
      { action: 'click', target: 'france-travail.inscription.commencer' },
      { action: 'choose', target: 'france-travail.inscription.eligibilite.contrat', value: 'non' },
      { action: 'choose', target: 'france-travail.inscription.eligibilite.residence', value: 'france' },
      { action: 'click', target: 'france-travail.inscription.eligibilite.continuer' },
      { action: 'click', target: 'france-travail.inscription.pieces.commencer' },
      {
        action: 'fill',
        target: 'france-travail.inscription.creation.email',
        value: 'lucas.martin@messagerie-entrainement.fr',
      },
      { action: 'fill', target: 'france-travail.inscription.creation.mot-de-passe', value: 'Canal-Saint-Denis-2026' },
      { action: 'fill', target: 'france-travail.inscription.creation.confirmation', value: 'Canal-Saint-Denis-2026' },
      { action: 'check', target: 'france-travail.inscription.creation.cgu' },
      { action: 'click', target: 'france-travail.inscription.creation.valider' },
      { action: 'click', target: 'france-travail.header.connexion' },
      { action: 'fill', target: c('identifiant'), value: '3081946K' },
      { action: 'click', target: c('poursuivre') },
      { action: 'fill', target: c('mot-de-passe'), value: 'Canal-Saint-Denis-2026' },
      { action: 'click', target: c('valider') },
    );
    expect(
      screen.getByText(
        'Votre espace personnel n’est pas encore activé. Cliquez sur le lien « Activer mon espace » reçu par courriel.',
      ),
    ).toBeVisible();
  });
});
