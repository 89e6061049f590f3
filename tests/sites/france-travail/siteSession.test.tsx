/**
 * The incident `session-expiree`: switched on by a lesson, the next action on a page of the
 * personal space shows « Votre session a expiré » and the login page; once signed in again, the
 * learner is back where they were, their registration as they left it; the incident is over.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderSite } from './siteBridge.tsx';
import { answers, signIn, toForm } from './siteSteps.ts';

const f = (field: string) => `france-travail.inscription.${field}`;
const heading = () => screen.getByRole('heading', { level: 1 });

describe('session timeout', () => {
  it('in the middle of the form: the login page, then the same step with what was typed', async () => {
    const site = renderSite();
    toForm(site);
    site.drive(...answers.donnees, ...answers.situation);
    site.drive({ action: 'fill', target: f('experiences.metier'), value: 'Employé de libre-service' });
    site.incident('session-expiree');
    site.clearEvents();
    await site.user.click(screen.getByRole('button', { name: 'Suivant' }));

    expect(heading()).toHaveTextContent('Connexion à votre espace personnel');
    expect(screen.getByText('Votre session a expiré. Veuillez vous reconnecter.')).toBeVisible();
    // The step where the incident happens counts as done: the learner did the right thing.
    expect(site.events).toEqual([{ action: 'click', target: f('suivant') }]);
    expect(site.world().incidents).toEqual([]);
    expect(document.querySelector('[data-flags]')!.getAttribute('data-flags')).not.toContain('signed-in');

    site.drive(...signIn);
    expect(heading()).toHaveTextContent('Vos expériences');
    expect(screen.getByLabelText('Métier exercé')).toHaveValue('Employé de libre-service');
    // The incident is over: the step goes on.
    site.drive(...answers.experiences);
    expect(heading()).toHaveTextContent('Vos formations et langues');
  });

  it('a form sent with Enter is stopped too; signing out is not', async () => {
    const site = renderSite();
    toForm(site);
    site.incident('session-expiree');
    await site.user.type(screen.getByLabelText('Nom'), 'Martin{Enter}');
    expect(screen.getByText('Votre session a expiré. Veuillez vous reconnecter.')).toBeVisible();
    site.drive(...signIn);
    expect(screen.getByLabelText('Nom')).toHaveValue('Martin');

    site.incident('session-expiree');
    await site.user.click(screen.getByRole('button', { name: 'Se déconnecter' }));
    expect(screen.getByText('Vous êtes déconnecté. À bientôt sur francetravail.fr.')).toBeVisible();
  });

  it('typing and choosing are not actions: only a button or a form sent ends the session', async () => {
    const site = renderSite();
    toForm(site);
    site.incident('session-expiree');
    await site.user.click(screen.getByLabelText('Monsieur'));
    await site.user.type(screen.getByLabelText('Prénom'), 'Lucas');
    expect(heading()).toHaveTextContent('Vos données personnelles');
    expect(site.world().incidents).toEqual(['france-travail.session-expiree']);
  });

  it('does nothing while signed out', async () => {
    const site = renderSite();
    site.incident('session-expiree');
    await site.user.click(screen.getByRole('button', { name: /S’inscrire, se réinscrire/ }));
    expect(heading()).toHaveTextContent('S’inscrire, se réinscrire');
    expect(site.world().incidents).toEqual(['france-travail.session-expiree']);
  });
});
