/**
 * « Enregistrer et quitter » and « Reprendre mon inscription »: a draft kept 15 days of the
 * practice clock, with every field as typed; after 15 days it is deleted, as the espace says.
 * A reload (the site rendered again from the run's memory) keeps it too.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createPracticeClock } from '../../../src/lesson/practiceClock.ts';
import { createWorld } from '../../../src/lesson/world.ts';
import { renderSite } from './siteBridge.tsx';
import { answers, signIn, toForm } from './siteSteps.ts';

const f = (field: string) => `france-travail.inscription.${field}`;
const heading = () => screen.getByRole('heading', { level: 1 });

/** Lucas's form filled up to « Votre projet », half of it typed, then « Enregistrer et quitter ». */
function saveHalfway() {
  const site = renderSite();
  toForm(site);
  site.drive(...answers.donnees, ...answers.situation, ...answers.experiences, ...answers.formations);
  site.drive(
    { action: 'fill', target: f('projet.metier'), value: 'Employé / Employée de libre-service' },
    { action: 'click', target: f('enregistrer') },
  );
  return site;
}

describe('the registration draft', () => {
  it('« Enregistrer et quitter » signs out and says until when the registration can be taken up', () => {
    saveHalfway();
    expect(heading()).toHaveTextContent('Bienvenue sur francetravail.fr');
    expect(
      screen.getByText(
        'Votre inscription a bien été enregistrée. Vous pouvez la reprendre jusqu’au 16/12/2026, en vous connectant à votre espace personnel.',
      ),
    ).toBeVisible();
    expect(document.querySelector('[data-flags]')!.getAttribute('data-flags')).not.toContain('signed-in');
  });

  it('« Reprendre mon inscription » comes back to the step left, with every field as typed', async () => {
    const site = saveHalfway();
    site.drive({ action: 'click', target: 'france-travail.header.connexion' }, ...signIn);
    expect(heading()).toHaveTextContent('Bonjour Lucas');
    expect(
      screen.getByText('Votre inscription n’est pas terminée. Vous pouvez la reprendre jusqu’au 16/12/2026.'),
    ).toBeVisible();
    await site.user.click(screen.getByRole('button', { name: 'Reprendre mon inscription' }));
    expect(heading()).toHaveTextContent('Votre projet');
    expect(screen.getByRole('combobox', { name: 'Métier recherché' })).toHaveValue(
      'Employé / Employée de libre-service',
    );
    site.drive({ action: 'click', target: f('etape.donnees') });
    expect(screen.getByLabelText('Numéro de sécurité sociale')).toHaveValue('103059306627465');
    expect(screen.getByLabelText('Commune')).toHaveValue('Saint-Denis');
    expect(screen.getByLabelText('Monsieur')).toBeChecked();
    site.drive({ action: 'click', target: f('etape.formations') });
    expect(screen.getByLabelText('Niveau de formation')).toHaveValue('cap-bep');
  });

  it('is kept across a reload, and 15 days later', () => {
    const first = saveHalfway();
    const { store } = first;
    first.unmount();
    // The same run, 14 days later (the practice clock has moved on).
    const later = createWorld(createPracticeClock('2026-12-15', Date.now()));
    const site = renderSite({ store, world: later });
    site.drive({ action: 'click', target: 'france-travail.header.connexion' }, ...signIn);
    site.drive({ action: 'click', target: 'france-travail.espace.reprendre' });
    expect(heading()).toHaveTextContent('Votre projet');
    expect(screen.getByRole('combobox', { name: 'Métier recherché' })).toHaveValue(
      'Employé / Employée de libre-service',
    );
  });

  it('is deleted after 15 days: the espace says so, and the form starts again empty', async () => {
    const first = saveHalfway();
    const { store } = first;
    first.unmount();
    const later = createWorld(createPracticeClock('2026-12-17', Date.now()));
    const site = renderSite({ store, world: later });
    site.drive({ action: 'click', target: 'france-travail.header.connexion' }, ...signIn);
    expect(
      screen.getByText(
        'Votre inscription n’a pas été terminée dans les 15 jours : les informations que vous aviez saisies ont été supprimées. Vous pouvez recommencer votre inscription.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Reprendre mon inscription' })).toBeNull();
    await site.user.click(screen.getByRole('button', { name: 'Commencer mon inscription' }));
    expect(heading()).toHaveTextContent('Vos données personnelles');
    expect(screen.getByLabelText('Nom')).toHaveValue('');
    expect(screen.getByLabelText('Adresse e-mail')).toHaveValue('lucas.martin@messagerie-entrainement.fr');
  });

  it('what was typed after the last save is lost when the learner signs out without saving', () => {
    const site = renderSite();
    toForm(site);
    site.drive(...answers.donnees);
    site.drive(
      { action: 'fill', target: f('situation.employeur'), value: 'Supermarché Les Halles du Nord' },
      { action: 'click', target: 'france-travail.header.deconnexion' },
    );
    expect(screen.getByText('Vous êtes déconnecté. À bientôt sur francetravail.fr.')).toBeVisible();
    site.drive({ action: 'click', target: 'france-travail.header.connexion' }, ...signIn);
    site.drive({ action: 'click', target: 'france-travail.espace.reprendre' });
    // « Suivant » on the first step saved it; the employer typed after is gone.
    expect(heading()).toHaveTextContent('Votre situation');
    expect(screen.getByLabelText('Nom de votre dernier employeur')).toHaveValue('');
    site.drive({ action: 'click', target: f('etape.donnees') });
    expect(screen.getByLabelText('Nom')).toHaveValue('Martin');
  });
});
