/** Driver steps that bring the France Travail site to a given page with Lucas, for tests that start further on. */
import type { DriverAction } from '../../../src/sites/framework/driver.ts';
import type { RenderedSite } from './siteBridge.tsx';

const click = (target: string): DriverAction => ({ action: 'click', target });
const fill = (target: string, value: string): DriverAction => ({ action: 'fill', target, value });
const choose = (target: string, value: string): DriverAction => ({ action: 'choose', target, value });
const f = (field: string) => `france-travail.inscription.${field}`;

/** Lucas's password and identifier (content/personas/lucas.yaml). */
export const password = 'Canal-Saint-Denis-2026';
export const identifier = '3081946K';

/** From the home page to « Créer mon espace personnel », answering as someone whose contract has ended. */
export const toCreation: DriverAction[] = [
  click('france-travail.home.inscription'),
  click(f('commencer')),
  choose(f('eligibilite.contrat'), 'non'),
  choose(f('eligibilite.residence'), 'france'),
  click(f('eligibilite.continuer')),
  click(f('pieces.commencer')),
];

/** The creation form, filled and sent. */
export const createSpace: DriverAction[] = [
  fill(f('creation.email'), 'lucas.martin@messagerie-entrainement.fr'),
  fill(f('creation.mot-de-passe'), password),
  fill(f('creation.confirmation'), password),
  { action: 'check', target: f('creation.cgu') },
  click(f('creation.valider')),
];

/** The activation link of the last mail « Activez votre espace personnel ». */
export function activationLink(site: RenderedSite): string {
  const mail = site.world().inbox.find((m) => m.id === 'ft-activation');
  if (!mail?.link) throw new Error('No activation mail in the practice mailbox.');
  return mail.link.id;
}

/** From the home page to the form's first step, the space created and activated. */
export function toForm(site: RenderedSite): void {
  site.drive(...toCreation, ...createSpace);
  site.openLink(activationLink(site));
  site.drive(click(f('compte-active.continuer')));
}

/** Lucas's answers, step by step (each list ends on the step's « Suivant »). */
export const answers = {
  donnees: [
    choose(f('donnees.civilite'), 'monsieur'),
    fill(f('donnees.nom'), 'Martin'),
    fill(f('donnees.prenom'), 'Lucas'),
    fill(f('donnees.naissance'), '17/05/2003'),
    fill(f('donnees.nir'), '103059306627465'),
    fill(f('donnees.voie'), '8 rue Gabriel Péri'),
    fill(f('donnees.code-postal'), '93200'),
    choose(f('donnees.commune'), 'Saint-Denis'),
    fill(f('donnees.telephone'), '07 61 48 22 09'),
    click(f('suivant')),
  ],
  situation: [
    fill(f('situation.fin-contrat'), '30/11/2026'),
    choose(f('situation.motif'), 'fin-cdd'),
    fill(f('situation.employeur'), 'Supermarché Les Halles du Nord'),
    click(f('suivant')),
  ],
  experiences: [
    fill(f('experiences.metier'), 'Employé de libre-service'),
    fill(f('experiences.employeur'), 'Supermarché Les Halles du Nord'),
    fill(f('experiences.debut'), '06/2026'),
    fill(f('experiences.fin'), '11/2026'),
    click(f('suivant')),
  ],
  formations: [
    choose(f('formations.niveau'), 'cap-bep'),
    choose(f('formations.francais'), 'langue-maternelle'),
    click(f('suivant')),
  ],
  projet: [
    fill(f('projet.metier'), 'Employé / Employée de libre-service'),
    choose(f('projet.experience'), 'moins-1-an'),
    click(f('suivant')),
  ],
  recherche: [
    choose(f('recherche.contrat'), 'tous'),
    choose(f('recherche.temps'), 'temps-plein'),
    choose(f('recherche.mobilite'), 'distance'),
    choose(f('recherche.distance'), '20'),
    click(f('suivant')),
  ],
  banque: [
    fill(f('banque.titulaire'), 'Lucas Martin'),
    fill(f('banque.iban'), 'FR7617899009120004518726393'),
    fill(f('banque.bic'), 'BENTFRPPXXX'),
    click(f('suivant')),
  ],
} satisfies Record<string, DriverAction[]>;

/** Every step's answers, from « Vos données personnelles » to the summary. */
export const allAnswers: DriverAction[] = Object.values(answers).flat();

/** From the summary to the confirmation: the first slot, certified. */
export const chooseSlot: DriverAction[] = [
  click(f('recapitulatif.continuer')),
  choose(f('rendez-vous.creneau'), 'creneau-1'),
  { action: 'check', target: f('rendez-vous.certifie') },
  click(f('rendez-vous.valider')),
];

/** Signing in with Lucas's identifier and password (from the login page). */
export const signIn: DriverAction[] = [
  fill('france-travail.connexion.identifiant', identifier),
  click('france-travail.connexion.poursuivre'),
  fill('france-travail.connexion.mot-de-passe', password),
  click('france-travail.connexion.valider'),
];
