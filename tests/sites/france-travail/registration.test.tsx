/**
 * Registering as a job seeker on the France Travail practice site, through the real site inside a
 * bridge: eligibility, documents, the personal space created and activated from the practice
 * mailbox, every step of the form, the summary, the appointment, the convocation (mail, PDF).
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderSite } from './siteBridge.tsx';
import {
  activationLink,
  allAnswers,
  answers,
  chooseSlot,
  createSpace,
  password,
  toCreation,
  toForm,
} from './siteSteps.ts';

const heading = () => screen.getByRole('heading', { level: 1 });
const flags = () => document.querySelector<HTMLElement>('[data-flags]')!.dataset.flags!.split(' ');
const place = () => document.querySelector<HTMLElement>('.ft-page')!.dataset.place;

describe.each([{ strict: false }, { strict: true }])('registration (StrictMode: $strict)', ({ strict }) => {
  it('goes from the home page to the personal space, activated by the link in the practice mailbox', async () => {
    const site = renderSite({ strict });
    const { user } = site;
    await user.click(screen.getByRole('button', { name: /S’inscrire, se réinscrire/ }));
    expect(heading()).toHaveTextContent('S’inscrire, se réinscrire');
    expect(heading()).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Je commence' }));
    expect(heading()).toHaveTextContent('Avant de commencer');
    await user.click(screen.getByLabelText('Non'));
    await user.click(screen.getByLabelText('En France (métropole ou outre-mer)'));
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(heading()).toHaveTextContent('Préparez vos documents');
    expect(screen.getByText(/un RIB \(relevé d’identité bancaire\) à votre nom/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Commencer mon inscription' }));
    expect(heading()).toHaveTextContent('Créer mon espace personnel');

    // The password rules are ticked as the password is typed.
    const rules = screen.getByText('Votre mot de passe doit contenir :').parentElement!;
    await user.type(screen.getByLabelText('Adresse e-mail'), 'lucas.martin@messagerie-entrainement.fr');
    const passwordField = screen.getByLabelText('Mot de passe');
    await user.type(passwordField, 'canal');
    expect(within(rules).getByText(/12 caractères minimum/)).toHaveTextContent('12 caractères minimum : non respecté');
    expect(within(rules).getByText(/1 lettre minuscule/)).toHaveTextContent('1 lettre minuscule : respecté');
    await user.clear(passwordField);
    await user.type(passwordField, password);
    expect(within(rules).getAllByText(/: respecté/)).toHaveLength(4);
    expect(passwordField).toHaveAttribute('type', 'password');
    await user.click(screen.getByRole('button', { name: 'Afficher le mot de passe' }));
    expect(passwordField).toHaveAttribute('type', 'text');
    expect(screen.getByRole('button', { name: 'Afficher le mot de passe' })).toHaveAttribute('aria-pressed', 'true');
    await user.type(screen.getByLabelText('Confirmez le mot de passe'), password);
    await user.click(screen.getByLabelText('J’ai lu et j’accepte les conditions générales d’utilisation'));
    await user.click(screen.getByRole('button', { name: 'Créer mon espace' }));

    expect(heading()).toHaveTextContent('Activez votre espace personnel');
    expect(screen.getByText('lucas.martin@messagerie-entrainement.fr')).toBeVisible();
    const mail = site.world().inbox.find((m) => m.id === 'ft-activation')!;
    expect(mail).toMatchObject({ subject: 'Activez votre espace personnel', folder: 'inbox', from: 'France Travail' });
    expect(mail.link).toMatchObject({ label: 'Activer mon espace', site: 'france-travail' });
    expect(mail.link!.expiresAt! - mail.receivedAt).toBe(24 * 3600_000);
    expect(flags()).toEqual(expect.arrayContaining(['compte-cree', 'compte-en-attente']));

    site.openLink(mail.link!.id);
    expect(await screen.findByRole('heading', { level: 1, name: 'Votre espace personnel est activé' })).toBeVisible();
    expect(screen.getByText('3081946K')).toBeVisible();
    expect(flags()).toEqual(expect.arrayContaining(['signed-in', 'compte-actif', 'brouillon']));
    await user.click(screen.getByRole('button', { name: 'Continuer mon inscription' }));
    expect(heading()).toHaveTextContent('Vos données personnelles');
    expect(screen.getByText('Étape 1 sur 9')).toBeVisible();
    // The space's address is already there.
    expect(screen.getByLabelText('Adresse e-mail')).toHaveValue('lucas.martin@messagerie-entrainement.fr');
    expect(site.events.map((e) => e.target)).toEqual(
      expect.arrayContaining([
        'france-travail.home.inscription',
        'france-travail.inscription.commencer',
        'france-travail.inscription.eligibilite.contrat',
        'france-travail.inscription.creation.cgu',
        'france-travail.inscription.creation.valider',
        'france-travail.inscription.compte-active.continuer',
      ]),
    );
  });

  it('fills every step, reviews the summary, chooses a slot and gets the convocation by mail and as a PDF', async () => {
    const site = renderSite({ strict });
    const { user } = site;
    toForm(site);
    site.clearEvents();
    site.drive(...answers.donnees, ...answers.situation, ...answers.experiences, ...answers.formations);
    expect(heading()).toHaveTextContent('Votre projet');
    site.drive(...answers.projet, ...answers.recherche);
    expect(heading()).toHaveTextContent('Vos coordonnées bancaires');
    // The IBAN typed in one block is shown in groups of 4 once the learner leaves the field.
    site.drive(...answers.banque.slice(0, 2));
    expect(screen.getByLabelText('IBAN')).toHaveValue('FR76 1789 9009 1200 0451 8726 393');
    site.drive(...answers.banque.slice(2));

    expect(heading()).toHaveTextContent('Récapitulatif');
    const section = (name: string) => screen.getByRole('region', { name });
    expect(within(section('Vos données personnelles')).getByText('103059306627465')).toBeVisible();
    expect(
      within(section('Vos données personnelles')).getByText('8 rue Gabriel Péri, 93200 Saint-Denis'),
    ).toBeVisible();
    expect(within(section('Votre situation')).getByText('Fin de contrat à durée déterminée (CDD)')).toBeVisible();
    expect(within(section('Votre projet')).getByText('Employé / Employée de libre-service')).toBeVisible();
    expect(within(section('Votre recherche')).getByText('20 km autour de mon domicile')).toBeVisible();
    expect(within(section('Vos coordonnées bancaires')).getByText('FR76 1789 9009 1200 0451 8726 393')).toBeVisible();

    // « Modifier » leads to the step; the stepper leads back to the summary.
    await user.click(screen.getByRole('button', { name: 'Modifier : Votre projet' }));
    expect(heading()).toHaveTextContent('Votre projet');
    expect(screen.getByRole('combobox', { name: 'Métier recherché' })).toHaveValue(
      'Employé / Employée de libre-service',
    );
    await user.click(
      within(screen.getByRole('navigation', { name: 'Étapes de l’inscription' })).getByRole('button', {
        name: '8. Récapitulatif',
      }),
    );
    expect(heading()).toHaveTextContent('Récapitulatif');

    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(heading()).toHaveTextContent('Votre rendez-vous');
    expect(screen.getByText('France Travail Saint-Denis')).toBeVisible();
    const slots = within(screen.getByRole('group', { name: 'Choisissez un créneau' })).getAllByRole('radio');
    expect(slots).toHaveLength(6);
    expect(screen.getByLabelText('Jeudi 3 décembre 2026 à 09:30')).toBeVisible();
    site.drive(...chooseSlot.slice(1));

    expect(heading()).toHaveTextContent('Votre inscription est enregistrée');
    expect(screen.getByText(/a bien été enregistrée le 01\/12\/2026/)).toBeVisible();
    expect(screen.getByText('Le jeudi 3 décembre 2026 à 09:30')).toBeVisible();
    const mail = site.world().inbox.find((m) => m.id === 'ft-convocation')!;
    expect(mail.subject).toBe('Votre convocation à un entretien');
    expect(mail.body).toContain('jeudi 3 décembre 2026 à 09:30, à l’agence France Travail Saint-Denis');
    expect(mail.attachments?.[0]).toMatchObject({ fileName: 'convocation-france-travail.pdf' });
    await user.click(screen.getByRole('button', { name: 'Télécharger ma convocation (PDF)' }));
    expect(site.opened).toHaveLength(1);
    expect(site.opened[0]).toEqual(mail.attachments![0]);
    expect(flags()).toEqual(expect.arrayContaining(['inscrit', 'convocation']));
    expect(flags()).not.toContain('brouillon');

    await user.click(screen.getByRole('button', { name: 'Accéder à mon espace' }));
    expect(heading()).toHaveTextContent('Bonjour Lucas');
    await user.click(screen.getByRole('button', { name: /Mes rendez-vous/ }));
    expect(screen.getByText('Le jeudi 3 décembre 2026 à 09:30')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Télécharger ma convocation (PDF)' }));
    await user.click(screen.getByRole('button', { name: 'Retour à mon espace' }));
    await user.click(screen.getByRole('button', { name: /Mes courriers/ }));
    expect(within(screen.getByRole('table')).getByText('Convocation à un entretien')).toBeVisible();
    expect(site.opened).toHaveLength(2);

    // What the lesson engine heard: each value as committed, each step's button accepted.
    expect(site.events).toContainEqual({
      action: 'fill',
      target: 'france-travail.inscription.projet.metier',
      value: 'Employé / Employée de libre-service',
    });
    expect(site.events).toContainEqual({
      action: 'choose',
      target: 'france-travail.inscription.donnees.commune',
      value: 'Saint-Denis',
    });
    expect(site.events).toContainEqual({ action: 'click', target: 'france-travail.inscription.rendez-vous.valider' });
    expect(site.events.filter((e) => e.ok === false)).toEqual([]);
  });

  it('sends no mail to an address that is not the learner’s; « Modifier l’adresse e-mail » lets them fix it', async () => {
    const site = renderSite({ strict });
    site.drive(...toCreation);
    site.drive(
      {
        action: 'fill',
        target: 'france-travail.inscription.creation.email',
        value: 'lucas.martin@messagerie-entrainemnt.fr',
      },
      ...createSpace.slice(1),
    );
    expect(screen.getByText('lucas.martin@messagerie-entrainemnt.fr')).toBeVisible();
    expect(site.world().inbox.some((m) => m.id === 'ft-activation')).toBe(false);
    await site.user.click(screen.getByRole('button', { name: 'Modifier l’adresse e-mail' }));
    expect(heading()).toHaveTextContent('Créer mon espace personnel');
    expect(screen.getByLabelText('Adresse e-mail')).toHaveValue('lucas.martin@messagerie-entrainemnt.fr');
    site.drive(...createSpace);
    expect(site.world().inbox.filter((m) => m.id === 'ft-activation')).toHaveLength(1);
  });

  it('a link opened too late says so; a new link activates the space', async () => {
    const site = renderSite({ strict });
    site.drive(...toCreation, ...createSpace);
    const first = activationLink(site);
    site.incident('lien-expire');
    site.openLink(first);
    expect(
      await screen.findByText('Ce lien a expiré : il était valable 24 heures. Demandez un nouveau lien.'),
    ).toBeVisible();
    expect(place()).toBe('activation');
    expect(document.querySelector('[data-place="activation-expiree"]')).not.toBeNull();
    expect(site.world().incidents).toEqual([]);
    await site.user.click(screen.getByRole('button', { name: 'Recevoir un nouveau lien' }));
    const second = activationLink(site);
    expect(second).not.toBe(first);
    expect(site.world().inbox.filter((m) => m.id.startsWith('ft-activation'))).toHaveLength(2);
    site.openLink(second);
    expect(await screen.findByRole('heading', { level: 1, name: 'Votre espace personnel est activé' })).toBeVisible();
  });

  it('puts the next mail in the spam folder when the lesson says so', () => {
    const site = renderSite({ strict });
    site.incident('courriel-indesirable');
    site.drive(...toCreation, ...createSpace);
    expect(site.world().inbox.find((m) => m.id === 'ft-activation')?.folder).toBe('spam');
    expect(site.world().incidents).toEqual([]);
  });

  it('goes through the whole form with the driver, as « Montre-moi » would', () => {
    const site = renderSite({ strict });
    toForm(site);
    site.drive(...allAnswers, ...chooseSlot);
    expect(heading()).toHaveTextContent('Votre inscription est enregistrée');
  });
});
