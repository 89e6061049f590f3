/**
 * The places and links of « Mot de passe oublié ? » and of the account creation, merged into the
 * CAF's navigation map (`cafNavigation`), as the simulator's are. The flags they read are
 * `compteFlags`' (the CAF site's root shows them). The mail's link « Réinitialiser mon mot de
 * passe » is the mailbox's: while a link opened in time waits for the new password
 * (`caf-reinitialisation-ouverte`), « Mot de passe oublié ? » leads back to that page (practice
 * only: the way back cannot go through the mailbox). Once the password is changed
 * (`caf-mot-de-passe-change`), the login types the persona's `caf.nouveau_mot_de_passe` (the one
 * its lesson has the learner choose); once an account is created here (`caf-compte-cree`),
 * `caf_compte.mot_de_passe`.
 */
import type { LinkSpec, PlaceSpec } from '../../framework/types.ts';
import type { ComptePage } from './compteReducer.ts';

const click = (target: string) => [{ action: 'click', target }] as const;

export const places: Record<ComptePage, PlaceSpec> = {
  'compte-oubli': { label: 'la page « Mot de passe oublié »', targets: ['caf.compte.oubli.*'] },
  'compte-oubli-envoye': { label: 'la page « Vérifiez votre messagerie »', targets: ['caf.compte.envoye.*'] },
  'compte-lien-expire': {
    label: 'la page « Ce lien n’est plus valable »',
    targets: ['caf.compte.lien-expire.*'],
  },
  'compte-nouveau-mot-de-passe': {
    label: 'la page « Choisissez votre nouveau mot de passe »',
    targets: ['caf.compte.nouveau.*'],
  },
  'compte-demande': { label: 'la page « Faire une demande de prestation »', targets: ['caf.compte.demande.*'] },
  'compte-creation-identite': {
    label: 'la page « Créer un compte » (votre identité)',
    targets: [
      'caf.compte.creation.nir',
      'caf.compte.creation.nom',
      'caf.compte.creation.prenoms',
      'caf.compte.creation.naissance',
      'caf.compte.creation.lieu',
      'caf.compte.creation.code-postal',
      'caf.compte.creation.commune',
      'caf.compte.creation.continuer',
    ],
  },
  'compte-creation-code': {
    label: 'la page « Créer un compte » (votre adresse électronique)',
    targets: [
      'caf.compte.creation.email',
      'caf.compte.creation.envoyer-code',
      'caf.compte.creation.code',
      'caf.compte.creation.valider-code',
      'caf.compte.creation.precedent',
    ],
    // The code's field appears once a code is asked for.
    reveal: [
      { action: 'fill', target: 'caf.compte.creation.email', value: 'persona:email' },
      { action: 'click', target: 'caf.compte.creation.envoyer-code' },
    ],
  },
  'compte-creation-mot-de-passe': {
    label: 'la page « Créer un compte » (votre mot de passe)',
    targets: [
      'caf.compte.creation.mot-de-passe',
      'caf.compte.creation.confirmation',
      'caf.compte.creation.afficher',
      'caf.compte.creation.creer',
      'caf.compte.creation.precedent',
    ],
  },
  'compte-creation-confirmation': { label: 'la page « Votre compte est créé »', targets: ['caf.compte.cree.*'] },
};

export const links: LinkSpec[] = [
  // « Mot de passe oublié ? »
  {
    from: ['login'],
    to: 'compte-oubli',
    steps: click('caf.login.forgot-password'),
    unless: ['caf-reinitialisation-ouverte'],
  },
  {
    from: ['login'],
    to: 'compte-nouveau-mot-de-passe',
    steps: click('caf.login.forgot-password'),
    when: ['caf-reinitialisation-ouverte'],
  },
  { from: ['compte-oubli'], to: 'login', steps: click('caf.compte.oubli.retour') },
  { from: ['compte-oubli-envoye'], to: 'login', steps: click('caf.compte.envoye.retour') },
  { from: ['compte-lien-expire'], to: 'compte-oubli', steps: click('caf.compte.lien-expire.nouvelle-demande') },
  // The login, once the password was changed: the new one.
  {
    from: ['login'],
    to: 'code',
    steps: [
      { action: 'fill', target: 'caf.login.nir', value: 'persona:nir13' },
      { action: 'fill', target: 'caf.login.password', value: 'persona:caf.nouveau_mot_de_passe' },
      { action: 'click', target: 'caf.login.submit' },
    ],
    when: ['caf-mot-de-passe-change'],
  },
  // « Créer mon compte » opens a first request, where the account is created.
  { from: ['login'], to: 'compte-demande', steps: click('caf.login.create-account') },
  { from: ['compte-demande'], to: 'login', steps: click('caf.compte.demande.connexion') },
  { from: ['compte-demande'], to: 'compte-creation-identite', steps: click('caf.compte.demande.creer') },
  {
    from: ['compte-creation-identite'],
    to: 'compte-creation-code',
    steps: click('caf.compte.creation.continuer'),
    when: ['caf-identite-ok'],
  },
  { from: ['compte-creation-code'], to: 'compte-creation-identite', steps: click('caf.compte.creation.precedent') },
  {
    from: ['compte-creation-mot-de-passe'],
    to: 'compte-creation-code',
    steps: click('caf.compte.creation.precedent'),
  },
  {
    from: ['compte-creation-confirmation'],
    to: 'espace',
    steps: click('caf.compte.cree.continuer'),
    gives: ['signed-in'],
  },
  // The login, once an account was created here: its password.
  {
    from: ['login'],
    to: 'code',
    steps: [
      { action: 'fill', target: 'caf.login.nir', value: 'persona:nir13' },
      { action: 'fill', target: 'caf.login.password', value: 'persona:caf_compte.mot_de_passe' },
      { action: 'click', target: 'caf.login.submit' },
    ],
    when: ['caf-compte-cree'],
  },
];
