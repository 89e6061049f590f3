/**
 * axe-core on every page of the France Travail site, errors shown where a page has a form
 * (contrast needs a real layout: the e2e run checks it).
 */
import axe from 'axe-core';
import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { personaNamed, renderSite } from './siteBridge.tsx';
import { activationLink, allAnswers, answers, chooseSlot, createSpace, toCreation, toForm } from './siteSteps.ts';

async function violations(): Promise<string[]> {
  const result = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Checks the page now shown, named by its title. */
async function check(title: string) {
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(title);
  expect(await violations(), title).toEqual([]);
}

const click = (target: string) => ({ action: 'click' as const, target });
const f = (field: string) => `france-travail.inscription.${field}`;

beforeAll(() => {
  document.title = 'Pas à pas';
  document.documentElement.lang = 'fr';
});

describe('accessibility of the France Travail site (axe-core)', () => {
  it('home, login (both steps, errors, identifier forgotten), espace of a registered job seeker', async () => {
    const site = renderSite({ persona: personaNamed('nadia'), date: '2026-11-30' });
    await check('Bienvenue sur francetravail.fr');
    site.drive(click('france-travail.header.connexion'), click('france-travail.connexion.poursuivre'));
    expect(screen.getByRole('alert')).toBeVisible();
    await check('Connexion à votre espace personnel');
    site.drive(click('france-travail.connexion.identifiant-oublie'), click('france-travail.connexion.oubli.envoyer'));
    await check('Connexion à votre espace personnel');
    site.drive(
      click('france-travail.connexion.oubli.annuler'),
      { action: 'fill', target: 'france-travail.connexion.identifiant', value: '4821377K' },
      click('france-travail.connexion.poursuivre'),
      { action: 'fill', target: 'france-travail.connexion.mot-de-passe', value: 'faux' },
      click('france-travail.connexion.valider'),
    );
    await check('Connexion à votre espace personnel');
    site.drive(
      { action: 'fill', target: 'france-travail.connexion.mot-de-passe', value: 'Tilleuls-Courneuve-82' },
      click('france-travail.connexion.valider'),
    );
    await check('Bonjour Nadia');
    site.drive(click('france-travail.espace.rendez-vous'));
    await check('Mes rendez-vous');
    site.drive(click('france-travail.espace.retour'), click('france-travail.espace.courriers'));
    await check('Mes courriers');
  });

  it('before the form: registration, eligibility with errors, waiting, abroad, documents, space, activation', async () => {
    const site = renderSite({ date: '2026-11-27' });
    site.drive(click('france-travail.home.inscription'));
    await check('S’inscrire, se réinscrire');
    site.drive(click(f('commencer')), { action: 'choose', target: f('eligibilite.contrat'), value: 'oui' });
    site.drive(click(f('eligibilite.continuer')));
    await check('Avant de commencer');
    site.drive(
      { action: 'fill', target: f('eligibilite.date-fin'), value: '30/11/2026' },
      { action: 'choose', target: f('eligibilite.residence'), value: 'france' },
      click(f('eligibilite.continuer')),
    );
    await check('Vous ne pouvez pas encore vous inscrire');
    site.drive(
      click(f('attente.accueil')),
      click('france-travail.home.inscription'),
      click(f('commencer')),
      { action: 'choose', target: f('eligibilite.contrat'), value: 'non' },
      { action: 'choose', target: f('eligibilite.residence'), value: 'etranger' },
      click(f('eligibilite.continuer')),
    );
    await check('Vous ne pouvez pas vous inscrire en ligne');
    site.unmount();

    const again = renderSite();
    again.drive(...toCreation.slice(0, -1));
    await check('Préparez vos documents');
    again.drive(click(f('pieces.commencer')), click(f('creation.valider')));
    await check('Créer mon espace personnel');
    again.drive(...createSpace);
    await check('Activez votre espace personnel');
    again.incident('lien-expire');
    again.openLink(activationLink(again));
    await screen.findByText(/Ce lien a expiré/);
    await check('Activez votre espace personnel');
    again.drive(click(f('activation.renvoyer')));
    again.openLink(activationLink(again));
    await screen.findByRole('heading', { level: 1, name: 'Votre espace personnel est activé' });
    await check('Votre espace personnel est activé');
  });

  it('every step of the form with its errors, the summary, the appointment, the confirmation, the espace', async () => {
    const site = renderSite();
    toForm(site);
    const steps = Object.entries(answers);
    const titles = [
      'Vos données personnelles',
      'Votre situation',
      'Vos expériences',
      'Vos formations et langues',
      'Votre projet',
      'Votre recherche',
      'Vos coordonnées bancaires',
    ];
    for (const [index, [, actions]] of steps.entries()) {
      site.drive(click(f('suivant')));
      await check(titles[index]!);
      site.drive(...actions);
    }
    await check('Récapitulatif');
    site.drive(click(f('recapitulatif.continuer')), click(f('rendez-vous.valider')));
    await check('Votre rendez-vous');
    site.drive(...chooseSlot.slice(1));
    await check('Votre inscription est enregistrée');
    site.drive(click(f('confirmation.espace')));
    await check('Bonjour Lucas');
    site.drive(click('france-travail.espace.courriers'));
    await check('Mes courriers');
  });

  it('the combobox open, and the home page once the draft is saved', async () => {
    const site = renderSite();
    toForm(site);
    site.drive(
      ...allAnswers.slice(
        0,
        answers.donnees.length + answers.situation.length + answers.experiences.length + answers.formations.length,
      ),
    );
    await site.user.type(screen.getByRole('combobox', { name: 'Métier recherché' }), 'vend');
    await site.user.keyboard('{ArrowDown}');
    await check('Votre projet');
    site.drive(click(f('enregistrer')));
    await check('Bienvenue sur francetravail.fr');
  });
});
