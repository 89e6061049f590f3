/**
 * Each check of the registration, with the message the site shows: in the error summary at the
 * top (a link to the field, focused after a refused submit) and under the field (its
 * `aria-describedby`). A refused step is reported with `ok: false`.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DriverAction } from '../../../src/sites/framework/driver.ts';
import { renderSite, type RenderedSite } from './siteBridge.tsx';
import { answers, createSpace, toCreation, toForm } from './siteSteps.ts';

const f = (field: string) => `france-travail.inscription.${field}`;
const summary = () => screen.getByRole('alert');
/** The messages of the error summary, in order. */
const messages = () =>
  within(summary())
    .getAllByRole('link')
    .map((link) => link.textContent);
/** The message under a field, which its `aria-describedby` names. */
const fieldError = (label: string) => {
  const field = screen.getByLabelText(label);
  expect(field.getAttribute('aria-describedby')?.split(' ')).toContain(`${field.id}-error`);
  expect(field).toHaveAttribute('aria-invalid', 'true');
  return document.getElementById(`${field.id}-error`)?.textContent;
};

/** Fills `step`'s answers with `changes` (target → value; `null` leaves the field empty) and sends it. */
function send(site: RenderedSite, steps: DriverAction[], changes: Record<string, string | null> = {}) {
  const replaced = steps
    .filter((s) => changes[s.target] !== null)
    .map((s) => (s.target in changes ? { ...s, value: changes[s.target] ?? '' } : s));
  site.drive(...replaced);
}

describe('personal data', () => {
  it('lists every missing answer, in order, and focuses the summary', () => {
    const site = renderSite();
    toForm(site);
    site.clearEvents();
    site.drive({ action: 'click', target: f('suivant') });
    expect(messages()).toEqual([
      'Indiquez votre civilité.',
      'Saisissez votre nom.',
      'Saisissez votre prénom.',
      'Saisissez votre date de naissance.',
      'Saisissez votre numéro de sécurité sociale.',
      'Saisissez le numéro et le nom de la voie.',
      'Saisissez votre code postal.',
      'Saisissez votre numéro de téléphone.',
    ]);
    expect(within(summary()).getByText('Le formulaire contient 8 erreurs :')).toBeVisible();
    expect(summary()).toHaveFocus();
    expect(site.events).toEqual([{ action: 'click', target: f('suivant'), ok: false }]);
    expect(fieldError('Nom')).toBe('Saisissez votre nom.');
  });

  it('a link of the summary takes the focus to its field', async () => {
    const site = renderSite();
    toForm(site);
    site.drive({ action: 'click', target: f('suivant') });
    await site.user.click(within(summary()).getByRole('link', { name: 'Saisissez votre prénom.' }));
    expect(screen.getByLabelText('Prénom')).toHaveFocus();
    await site.user.click(within(summary()).getByRole('link', { name: 'Indiquez votre civilité.' }));
    expect(screen.getByLabelText('Madame')).toHaveFocus();
  });

  it.each([
    [
      f('donnees.nom'),
      'Martin2',
      'Le nom ne doit contenir que des lettres, des espaces, des tirets ou des apostrophes.',
    ],
    [
      f('donnees.naissance'),
      '17-05-2003',
      'La date de naissance doit être au format JJ/MM/AAAA, par exemple 25/01/1990.',
    ],
    [f('donnees.naissance'), '31/02/2003', 'Cette date n’existe pas. Vérifiez le jour et le mois.'],
    [f('donnees.naissance'), '02/12/2026', 'La date de naissance ne peut pas être dans le futur.'],
    [f('donnees.naissance'), '02/12/2010', 'Vous devez avoir au moins 16 ans pour vous inscrire.'],
    [
      f('donnees.nir'),
      '1030593066274',
      'Le numéro de sécurité sociale doit comporter 15 caractères, clé comprise (vous en avez saisi 13).',
    ],
    [
      f('donnees.nir'),
      '103059306627466',
      'Ce numéro de sécurité sociale n’est pas valide. Vérifiez-le sur votre carte Vitale.',
    ],
    [f('donnees.nir'), '1030593066274x5', 'Le numéro de sécurité sociale ne doit contenir que des chiffres.'],
    [f('donnees.code-postal'), '9320', 'Le code postal doit comporter 5 chiffres.'],
    [f('donnees.code-postal'), '93999', 'Ce code postal n’est pas reconnu. Vérifiez-le.'],
    [
      f('donnees.telephone'),
      '07 61 48 22',
      'Le numéro de téléphone doit comporter 10 chiffres et commencer par 0, par exemple 06 12 34 56 78.',
    ],
    [f('donnees.email'), 'lucas.martin@', 'L’adresse e-mail n’est pas valide. Exemple : nom@exemple.fr'],
  ])('%s = « %s »: %s', (target, value, message) => {
    const site = renderSite();
    toForm(site);
    const steps = target.endsWith('code-postal')
      ? answers.donnees.filter((s) => !s.target.endsWith('commune'))
      : [
          { action: 'fill' as const, target: f('donnees.email'), value: 'lucas.martin@messagerie-entrainement.fr' },
          ...answers.donnees,
        ];
    send(site, steps, { [target]: value });
    expect(messages()[0]).toBe(message);
  });

  it('checks that the social security number matches the date of birth', () => {
    const site = renderSite();
    toForm(site);
    send(site, answers.donnees, { [f('donnees.naissance')]: '17/06/2003' });
    expect(messages()).toEqual(['Le numéro de sécurité sociale ne correspond pas à votre date de naissance.']);
  });

  it('offers the communes of the postcode typed, and asks to choose one', async () => {
    const site = renderSite();
    toForm(site);
    const commune = screen.getByLabelText('Commune');
    expect(
      within(commune)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Aucune commune']);
    await site.user.type(screen.getByLabelText('Code postal'), '77000');
    expect(
      within(commune)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Sélectionnez votre commune', 'La Rochette', 'Livry-sur-Seine', 'Melun', 'Vaux-le-Pénil']);
    send(site, answers.donnees, { [f('donnees.code-postal')]: '77000', [f('donnees.commune')]: null });
    expect(messages()).toEqual(['Choisissez votre commune dans la liste.']);
  });

  it('erases a real-looking social security number and says so on the page', () => {
    const site = renderSite();
    toForm(site);
    // A NIR with a right key that is not the persona's (python-stdnum's public example).
    site.drive({ action: 'fill', target: f('donnees.nir'), value: '295109912611193' });
    expect(screen.getByLabelText('Numéro de sécurité sociale')).toHaveValue('');
    expect(screen.getByText(/Ce numéro ressemble à un vrai numéro de sécurité sociale/)).toBeVisible();
    expect(site.events.some((e) => e.target === f('donnees.nir'))).toBe(false);
  });
});

describe('the other steps', () => {
  /** The form at `step`, the steps before it answered. */
  function at(step: keyof typeof answers) {
    const site = renderSite();
    toForm(site);
    const order = Object.keys(answers) as (keyof typeof answers)[];
    site.drive(...order.slice(0, order.indexOf(step)).flatMap((s) => answers[s]));
    return site;
  }

  it('situation: the end of the last contract must be before today', () => {
    const site = at('situation');
    site.drive({ action: 'click', target: f('suivant') });
    expect(messages()).toEqual([
      'Saisissez la date de fin de votre dernier contrat.',
      'Choisissez le motif de fin de contrat.',
      'Saisissez le nom de votre dernier employeur.',
    ]);
    send(site, answers.situation, { [f('situation.fin-contrat')]: '01/12/2026' });
    expect(messages()).toEqual(['Vous ne pouvez vous inscrire qu’à partir du lendemain de la fin de votre contrat.']);
    send(site, answers.situation, { [f('situation.fin-contrat')]: '30/11/26' });
    expect(messages()).toEqual(['La date doit être au format JJ/MM/AAAA.']);
  });

  it('experiences: months MM/AAAA, the end after the start; none when the box is ticked', () => {
    const site = at('experiences');
    send(site, answers.experiences, { [f('experiences.debut')]: '2026-06', [f('experiences.fin')]: '05/2026' });
    expect(messages()).toEqual(['La date de début doit être au format MM/AAAA, par exemple 06/2026.']);
    send(site, answers.experiences, { [f('experiences.fin')]: '05/2026' });
    expect(messages()).toEqual(['La date de fin doit être après la date de début.']);
    site.drive({ action: 'check', target: f('experiences.sans-experience') });
    expect(screen.queryByLabelText('Métier exercé')).toBeNull();
    site.drive({ action: 'click', target: f('suivant') });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Vos formations et langues');
  });

  it('trainings: the level and French are asked; another language needs its level', () => {
    const site = at('formations');
    site.drive(
      { action: 'fill', target: f('formations.autre-langue'), value: 'Anglais' },
      { action: 'click', target: f('suivant') },
    );
    expect(messages()).toEqual([
      'Choisissez votre niveau de formation.',
      'Indiquez votre niveau en français.',
      'Indiquez votre niveau dans cette langue.',
    ]);
  });

  it('project: the job must be one of the list', () => {
    const site = at('projet');
    site.drive({ action: 'click', target: f('suivant') });
    expect(messages()).toEqual([
      'Saisissez le métier que vous recherchez, puis choisissez-le dans la liste.',
      'Indiquez votre expérience dans ce métier.',
    ]);
    send(site, answers.projet, { [f('projet.metier')]: 'Employé de rayon fruits' });
    expect(messages()).toEqual(['Choisissez un métier dans la liste proposée.']);
  });

  it('search: the contract, the time and the mobility; a distance once « À une distance… » is chosen', () => {
    const site = at('recherche');
    site.drive({ action: 'click', target: f('suivant') });
    expect(messages()).toEqual([
      'Choisissez le type de contrat recherché.',
      'Choisissez la durée de travail.',
      'Indiquez jusqu’où vous pouvez vous déplacer.',
    ]);
    send(site, answers.recherche, { [f('recherche.distance')]: null });
    expect(messages()).toEqual(['Choisissez une distance.']);
  });

  it.each([
    ['', 'Saisissez votre IBAN.'],
    ['DE00 3704 0044 0532 0130 00', 'Saisissez un IBAN français : il commence par FR.'],
    ['FR76 1789 9009 1200 0451 8726 39', 'L’IBAN doit comporter 27 caractères (vous en avez saisi 26).'],
    ['FR76 1789 9009 1200 0451 8726 394', 'Cet IBAN n’est pas valide. Vérifiez-le sur votre RIB.'],
    ['FR76 1789 9009 1200 0451 8726 39!', 'L’IBAN ne doit contenir que des lettres et des chiffres.'],
  ])('bank details: IBAN « %s »: %s', (iban, message) => {
    const site = at('banque');
    send(site, answers.banque, { [f('banque.iban')]: iban === '' ? null : iban });
    expect(messages()).toEqual([message]);
  });

  it('bank details: the BIC has 8 or 11 characters', () => {
    const site = at('banque');
    send(site, answers.banque, { [f('banque.bic')]: 'BENTFRPPX' });
    expect(messages()).toEqual(['Le code BIC doit comporter 8 ou 11 caractères, par exemple BNPAFRPP.']);
    expect(fieldError('BIC')).toBe('Le code BIC doit comporter 8 ou 11 caractères, par exemple BNPAFRPP.');
  });

  it('appointment: a slot and the certification', () => {
    const site = at('banque');
    site.drive(...answers.banque, { action: 'click', target: f('recapitulatif.continuer') });
    site.clearEvents();
    site.drive({ action: 'click', target: f('rendez-vous.valider') });
    expect(messages()).toEqual([
      'Choisissez un créneau.',
      'Cochez la case pour certifier l’exactitude des informations.',
    ]);
    expect(site.events).toEqual([{ action: 'click', target: f('rendez-vous.valider'), ok: false }]);
  });
});

describe('before the form', () => {
  it('eligibility: both questions; the end date once « Oui » is chosen', () => {
    const site = renderSite();
    site.drive(...toCreation.slice(0, 2), { action: 'click', target: f('eligibilite.continuer') });
    expect(messages()).toEqual([
      'Indiquez si vous êtes en contrat de travail ou en préavis.',
      'Indiquez où vous habitez.',
    ]);
    site.drive(
      { action: 'choose', target: f('eligibilite.contrat'), value: 'oui' },
      { action: 'fill', target: f('eligibilite.date-fin'), value: '31/11/2026' },
      { action: 'choose', target: f('eligibilite.residence'), value: 'france' },
      { action: 'click', target: f('eligibilite.continuer') },
    );
    expect(messages()).toEqual(['Cette date n’existe pas. Vérifiez le jour et le mois.']);
  });

  it('the personal space: the address, the password rules, the confirmation, the terms', () => {
    const site = renderSite();
    site.drive(...toCreation, { action: 'click', target: f('creation.valider') });
    expect(messages()).toEqual([
      'Saisissez votre adresse e-mail.',
      'Saisissez un mot de passe.',
      'Saisissez de nouveau votre mot de passe.',
      'Vous devez accepter les conditions générales d’utilisation.',
    ]);
    site.drive(
      { action: 'fill', target: f('creation.email'), value: 'lucas.martin' },
      { action: 'fill', target: f('creation.mot-de-passe'), value: 'lucas2026' },
      { action: 'fill', target: f('creation.confirmation'), value: 'lucas2025' },
      { action: 'click', target: f('creation.valider') },
    );
    expect(messages()).toEqual([
      'L’adresse e-mail n’est pas valide. Exemple : nom@exemple.fr',
      'Votre mot de passe ne respecte pas les règles indiquées.',
      'Les deux mots de passe ne sont pas identiques.',
      'Vous devez accepter les conditions générales d’utilisation.',
    ]);
    site.drive(...createSpace);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Activez votre espace personnel');
  });
});
