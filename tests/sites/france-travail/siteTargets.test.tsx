/**
 * Every target the France Travail site declares is on some page: walking the site through its
 * situations (signed out, registering, registered, a draft deleted, a registered job seeker),
 * each target of `targets.ts` is seen on screen at least once.
 */
import { describe, expect, it } from 'vitest';
import { createPracticeClock } from '../../../src/lesson/practiceClock.ts';
import { createWorld } from '../../../src/lesson/world.ts';
import type { DriverAction } from '../../../src/sites/framework/driver.ts';
import { franceTravailTargets } from '../../../src/sites/france-travail/targets.ts';
import { personaNamed, renderSite, type RenderedSite } from './siteBridge.tsx';
import { activationLink, allAnswers, answers, chooseSlot, createSpace, signIn, toCreation } from './siteSteps.ts';

const seen = new Set<string>();
const look = () => {
  for (const element of document.querySelectorAll<HTMLElement>('[data-target]')) seen.add(element.dataset.target!);
};
/** Drives the site, looking at the targets on screen after each action. */
const walk = (site: RenderedSite, ...steps: DriverAction[]) => {
  look();
  for (const step of steps) {
    site.drive(step);
    look();
  }
};
const click = (target: string): DriverAction => ({ action: 'click', target });
const f = (field: string) => `france-travail.inscription.${field}`;
const c = (field: string) => `france-travail.connexion.${field}`;

describe('every target of the France Travail site is on some page', () => {
  it('signed out: home, login, eligibility branches', () => {
    const site = renderSite({ date: '2026-11-27' });
    walk(site, click('france-travail.home.connexion'), click(c('identifiant-oublie')), click(c('oubli.annuler')));
    walk(site, { action: 'fill', target: c('identifiant'), value: '3081946K' }, click(c('poursuivre')));
    walk(site, click(c('changer-identifiant')), click(c('inscription')), click(f('commencer')));
    walk(site, { action: 'choose', target: f('eligibilite.contrat'), value: 'oui' });
    walk(site, { action: 'fill', target: f('eligibilite.date-fin'), value: '30/11/2026' });
    walk(
      site,
      { action: 'choose', target: f('eligibilite.residence'), value: 'france' },
      click(f('eligibilite.continuer')),
    );
    walk(site, click(f('attente.accueil')), click('france-travail.home.inscription'), click(f('commencer')));
    walk(
      site,
      { action: 'choose', target: f('eligibilite.residence'), value: 'etranger' },
      click(f('eligibilite.continuer')),
      click(f('impossible.accueil')),
    );
  });

  it('registering: the space, its activation, the form, the confirmation, the espace', () => {
    const site = renderSite();
    walk(site, ...toCreation, ...createSpace);
    site.incident('lien-expire');
    site.openLink(activationLink(site));
    look();
    walk(site, click(f('activation.renvoyer')));
    site.openLink(activationLink(site));
    look();
    walk(site, click(f('compte-active.continuer')));
    walk(site, ...answers.donnees, ...answers.situation);
    walk(site, { action: 'check', target: f('experiences.sans-experience') });
    walk(site, { action: 'check', target: f('experiences.sans-experience') });
    walk(site, ...allAnswers.slice(answers.donnees.length + answers.situation.length), chooseSlot[0]!);
    walk(site, click(f('etape.recapitulatif')), click(f('etape.rendez-vous')), ...chooseSlot.slice(1));
    walk(
      site,
      click(f('confirmation.espace')),
      click('france-travail.espace.rendez-vous'),
      click('france-travail.espace.retour'),
    );
    walk(site, click('france-travail.espace.courriers'), click('france-travail.espace.retour'));
    walk(site, click('france-travail.header.deconnexion'));
  });

  it('a draft kept, then deleted after 15 days', () => {
    const first = renderSite();
    walk(first, ...toCreation, ...createSpace);
    first.openLink(activationLink(first));
    walk(first, click(f('compte-active.continuer')), ...answers.donnees, click(f('enregistrer')));
    walk(first, click('france-travail.header.connexion'), ...signIn, click('france-travail.header.deconnexion'));
    const { store } = first;
    first.unmount();
    const site = renderSite({ store, world: createWorld(createPracticeClock('2026-12-20', Date.now())) });
    walk(site, click('france-travail.header.connexion'), ...signIn);
  });

  it('a registered job seeker', () => {
    const site = renderSite({ persona: personaNamed('nadia'), date: '2026-11-30' });
    walk(
      site,
      click('france-travail.header.connexion'),
      { action: 'fill', target: c('identifiant'), value: '4821377K' },
      click(c('poursuivre')),
      { action: 'fill', target: c('mot-de-passe'), value: 'Tilleuls-Courneuve-82' },
      click(c('valider')),
    );
    // Once the update is sent: « Revoir mon actualisation », and « Refaire l'actualisation ».
    const a = (path: string) => `france-travail.actualisation.${path}`;
    walk(
      site,
      click('france-travail.espace.actualiser'),
      { action: 'choose', target: a('travail'), value: 'non' },
      { action: 'choose', target: a('arret'), value: 'non' },
      { action: 'choose', target: a('recherche'), value: 'oui' },
      click(a('questions.suivant')),
      click(a('valider')),
      click(a('retour')),
      click('france-travail.espace.revoir-actualisation'),
      click(a('retour')),
      click('france-travail.espace.refaire-actualisation'),
    );
  });

  it('saw them all', () => {
    expect(Object.keys(franceTravailTargets).filter((t) => !seen.has(t))).toEqual([]);
  });
});
