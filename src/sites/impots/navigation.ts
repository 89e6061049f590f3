/**
 * The impots.gouv site's navigation map: its places (pages and panels, rendered with
 * `data-place`), its flags and the links between places, so that the guide can bring a learner
 * who strayed back to any target (docs/practice-sites.md, « Navigation map »). Links move around
 * and sign in or out; they never create the space nor sign the declaration.
 *
 * Flags on the site's root: `signed-in`; `espace-actif` (a space one can sign in to: the
 * persona's, or the one created and activated in this run), `espace-cree` (a space created in
 * this run), `espace-en-attente` (created, its link not opened yet); `campagne-ouverte` (the
 * declaration can be made on the practice date), `declaration-started`, `declaration-signed`,
 * `correction-possible` (a signed declaration can still be corrected).
 */
import type { LinkSpec, SiteNavigation } from '../framework/types.ts';
import { withFranceConnect } from '../franceconnect/navigation.ts';
import { signedInPages } from './navigationReducer.ts';

const click = (target: string) => [{ action: 'click', target }] as const;

const declarationButtons = ['impots.declaration.suivant', 'impots.declaration.precedent'];
const menu = 'impots.menu.*';

const menuLinks: LinkSpec[] = [
  { from: signedInPages, to: 'espace', steps: click('impots.menu.accueil') },
  { from: signedInPages, to: 'documents', steps: click('impots.menu.documents') },
  { from: signedInPages, to: 'messagerie', steps: click('impots.menu.messagerie') },
];

/** The site's own places and links, before FranceConnect's are added. */
const impotsOwnNavigation: SiteNavigation = {
  places: {
    home: { label: 'la page d’accueil d’impots.gouv.fr', targets: ['impots.home.*'] },
    login: { label: 'la page de connexion à votre espace particulier', targets: ['impots.connexion.*'] },
    code: { label: 'la page du code de sécurité reçu par courriel', targets: ['impots.code.*'] },
    'mot-de-passe-oublie': {
      label: 'la page « Mot de passe oublié »',
      targets: ['impots.mot-de-passe-oublie.*'],
    },
    'creation-numero': {
      label: 'la page « Créer mon espace » (numéro fiscal)',
      targets: ['impots.creation.numero-fiscal', 'impots.creation.aide-numero-fiscal', 'impots.creation.continuer'],
    },
    'creation-identifiants': {
      label: 'la page « Créer mon espace » (numéro d’accès en ligne et revenu fiscal de référence)',
      targets: [
        'impots.creation.numero-acces',
        'impots.creation.aide-numero-acces',
        'impots.creation.revenu-fiscal',
        'impots.creation.aide-revenu-fiscal',
        'impots.creation.continuer',
        'impots.creation.precedent',
      ],
    },
    'creation-compte': {
      label: 'la page « Créer mon espace » (adresse électronique et mot de passe)',
      targets: [
        'impots.creation.email',
        'impots.creation.email-confirmation',
        'impots.creation.mot-de-passe',
        'impots.creation.mot-de-passe-confirmation',
        'impots.creation.valider',
        'impots.creation.precedent',
      ],
    },
    'creation-envoye': {
      label: 'la page « Activez votre espace particulier »',
      targets: ['impots.creation.nouveau-lien'],
    },
    'creation-activee': {
      label: 'la page « Votre espace particulier est activé »',
      targets: ['impots.creation.acceder'],
    },
    espace: {
      label: 'l’accueil de votre espace particulier',
      targets: ['impots.espace.*', menu, 'impots.header.deconnexion'],
    },
    documents: { label: 'la page « Documents »', targets: ['impots.documents.*', menu] },
    messagerie: { label: 'la page « Messagerie sécurisée »', targets: ['impots.messagerie.*', menu] },
    'declaration-etat-civil': {
      label: 'l’étape « État civil et situation du foyer » de la déclaration',
      targets: ['impots.declaration.etat-civil.*', ...declarationButtons, menu],
    },
    // Inside the page « État civil », once « Modifier » is pressed; « Étape suivante » is hidden meanwhile.
    adresse: {
      label: 'le formulaire « Modifier mon adresse »',
      targets: ['impots.declaration.adresse.*'],
      covers: true,
    },
    'declaration-revenus': {
      label: 'l’étape « Revenus et charges » de la déclaration',
      targets: ['impots.declaration.revenus.*', ...declarationButtons, menu],
    },
    'declaration-recapitulatif': {
      label: 'l’étape « Récapitulatif » de la déclaration',
      targets: ['impots.declaration.signer', 'impots.declaration.precedent', menu],
    },
    'declaration-accuse': { label: 'l’accusé de réception de la déclaration', targets: ['impots.accuse.*', menu] },
  },
  links: [
    { from: ['*'], to: 'home', steps: click('impots.header.logo') },
    { from: ['*'], to: 'login', steps: click('impots.header.espace'), unless: ['signed-in'] },
    { from: ['*'], to: 'espace', steps: click('impots.header.espace'), when: ['signed-in'] },
    { from: ['home'], to: 'creation-numero', steps: click('impots.home.creer-espace') },
    { from: ['login'], to: 'creation-numero', steps: click('impots.connexion.creer-espace') },
    { from: ['login'], to: 'mot-de-passe-oublie', steps: click('impots.connexion.mot-de-passe-oublie') },
    { from: ['mot-de-passe-oublie'], to: 'login', steps: click('impots.mot-de-passe-oublie.retour') },
    {
      from: ['login'],
      to: 'code',
      steps: [
        { action: 'fill', target: 'impots.connexion.numero-fiscal', value: 'persona:impots.numero_fiscal' },
        { action: 'fill', target: 'impots.connexion.mot-de-passe', value: 'persona:impots.mot_de_passe' },
        { action: 'click', target: 'impots.connexion.valider' },
      ],
      when: ['espace-actif'],
    },
    {
      from: ['code'],
      to: 'espace',
      steps: [
        { action: 'fill', target: 'impots.code.input', value: 'rule:otp' },
        { action: 'click', target: 'impots.code.valider' },
      ],
      gives: ['signed-in'],
    },
    {
      from: ['creation-numero'],
      to: 'creation-identifiants',
      steps: [
        { action: 'fill', target: 'impots.creation.numero-fiscal', value: 'persona:impots.numero_fiscal' },
        { action: 'click', target: 'impots.creation.continuer' },
      ],
      unless: ['espace-cree'],
    },
    {
      from: ['creation-numero'],
      to: 'creation-envoye',
      steps: [
        { action: 'fill', target: 'impots.creation.numero-fiscal', value: 'persona:impots.numero_fiscal' },
        { action: 'click', target: 'impots.creation.continuer' },
      ],
      when: ['espace-en-attente'],
    },
    // The space created in this run, once activated: its numéro fiscal leads to « Votre espace
    // particulier est activé » and « Accéder à mon espace » again.
    {
      from: ['creation-numero'],
      to: 'creation-activee',
      steps: [
        { action: 'fill', target: 'impots.creation.numero-fiscal', value: 'persona:impots.numero_fiscal' },
        { action: 'click', target: 'impots.creation.continuer' },
      ],
      when: ['espace-cree', 'espace-actif'],
    },
    {
      from: ['creation-identifiants'],
      to: 'creation-compte',
      steps: [
        { action: 'fill', target: 'impots.creation.numero-acces', value: 'persona:impots.numero_acces_en_ligne' },
        { action: 'fill', target: 'impots.creation.revenu-fiscal', value: 'persona:impots.revenu_fiscal_reference' },
        { action: 'click', target: 'impots.creation.continuer' },
      ],
    },
    { from: ['creation-identifiants'], to: 'creation-numero', steps: click('impots.creation.precedent') },
    { from: ['creation-compte'], to: 'creation-identifiants', steps: click('impots.creation.precedent') },
    { from: ['creation-activee'], to: 'login', steps: click('impots.creation.acceder') },
    ...menuLinks,
    { from: ['messagerie'], to: 'espace', steps: click('impots.messagerie.retour') },
    {
      from: ['espace'],
      to: 'declaration-etat-civil',
      steps: click('impots.espace.declarer'),
      when: ['campagne-ouverte'],
      unless: ['declaration-signed'],
    },
    {
      from: ['espace'],
      to: 'declaration-etat-civil',
      steps: click('impots.espace.corriger'),
      when: ['declaration-signed', 'correction-possible'],
      takes: ['declaration-signed'],
    },
    { from: ['espace'], to: 'declaration-accuse', steps: click('impots.espace.accuse'), when: ['declaration-signed'] },
    { from: ['espace'], to: 'home', steps: click('impots.header.deconnexion'), takes: ['signed-in'] },
    { from: ['declaration-etat-civil'], to: 'adresse', steps: click('impots.declaration.etat-civil.modifier-adresse') },
    { from: ['adresse'], to: 'declaration-etat-civil', steps: click('impots.declaration.adresse.annuler') },
    { from: ['declaration-etat-civil'], to: 'declaration-revenus', steps: click('impots.declaration.suivant') },
    { from: ['declaration-revenus'], to: 'declaration-recapitulatif', steps: click('impots.declaration.suivant') },
    { from: ['declaration-revenus'], to: 'declaration-etat-civil', steps: click('impots.declaration.precedent') },
    { from: ['declaration-recapitulatif'], to: 'declaration-revenus', steps: click('impots.declaration.precedent') },
    { from: ['declaration-accuse'], to: 'espace', steps: click('impots.accuse.accueil') },
  ],
};

/**
 * The map with FranceConnect's pages: « S'identifier avec FranceConnect » on the login page, then
 * the provider, then the espace, signed in (no code is asked). Without them, a learner who opened
 * FranceConnect could not be brought back.
 */
export const impotsNavigation: SiteNavigation = withFranceConnect(impotsOwnNavigation, {
  site: 'impots',
  login: 'login',
  signedIn: 'espace',
  gives: ['signed-in'],
});
