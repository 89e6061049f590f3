/**
 * The France Travail site's navigation map: its places (pages and panels, rendered with
 * `data-place`), its flags and the links between places, so that the guide can bring a learner
 * who strayed back to any target (docs/practice-sites.md, « Navigation map »). Links move
 * around and sign in or out; they never send the registration. The monthly update and the
 * documents add their places and links (`actualisation/`, merged in `index.ts`).
 *
 * Flags on the site's root: `signed-in`; `compte-cree` (a personal space was created in this
 * run: its identifier is the one the site gave), `compte-en-attente` (created, not activated
 * yet), `compte-actif` (a space one can sign in to); `brouillon` (a registration in progress),
 * `inscrit` (registered), `convocation` (a convocation to see); `reached-<step>` for each step
 * of the form reached (the stepper links to it).
 */
import type { LinkSpec, PlaceSpec, SiteNavigation } from '../framework/types.ts';
import {
  editableSteps,
  formPages,
  formSteps,
  nextStep,
  pageOfStep,
  previousStep,
  stepTitles,
} from './registration/formSteps.ts';

const formButtons = [
  'france-travail.inscription.etape.*',
  'france-travail.inscription.precedent',
  'france-travail.inscription.suivant',
  'france-travail.inscription.enregistrer',
];

const formPlaces: Record<string, PlaceSpec> = Object.fromEntries(
  formSteps.map((step) => {
    const place: PlaceSpec = {
      label: `l’étape « ${stepTitles[step]} » de l’inscription`,
      targets: [`france-travail.inscription.${step}.*`, ...formButtons],
      // « Distance maximale » shows once « À une distance de mon domicile » is chosen.
      ...(step === 'recherche'
        ? {
            reveal: [
              { action: 'choose', target: 'france-travail.inscription.recherche.mobilite', value: 'equals:distance' },
            ],
          }
        : {}),
    };
    return [pageOfStep(step), place];
  }),
);

const formLinks: LinkSpec[] = [
  // The stepper leads to every step reached.
  ...formSteps.map((step): LinkSpec => ({
    from: formPages,
    to: pageOfStep(step),
    steps: [{ action: 'click', target: `france-travail.inscription.etape.${step}` }],
    when: [`reached-${step}`],
  })),
  // « Suivant » up to the summary, whose button is « Continuer ».
  ...formSteps.slice(0, -2).map((step): LinkSpec => ({
    from: [pageOfStep(step)],
    to: pageOfStep(nextStep(step)),
    steps: [{ action: 'click', target: 'france-travail.inscription.suivant' }],
  })),
  ...formSteps.slice(1).map((step): LinkSpec => ({
    from: [pageOfStep(step)],
    to: pageOfStep(previousStep(step)),
    steps: [{ action: 'click', target: 'france-travail.inscription.precedent' }],
  })),
  ...editableSteps.map((step): LinkSpec => ({
    from: ['inscription-recapitulatif'],
    to: pageOfStep(step),
    steps: [{ action: 'click', target: `france-travail.inscription.recapitulatif.modifier.${step}` }],
  })),
  {
    from: ['inscription-recapitulatif'],
    to: 'inscription-rendez-vous',
    steps: [{ action: 'click', target: 'france-travail.inscription.recapitulatif.continuer' }],
  },
];

/** Signing in: the identifier of the persona, or the one the site gave when the space was created here. */
const signIn = (identifier: string, flag: 'when' | 'unless'): LinkSpec => ({
  from: ['login'],
  to: 'login-password',
  steps: [
    { action: 'fill', target: 'france-travail.connexion.identifiant', value: `persona:france_travail.${identifier}` },
    { action: 'click', target: 'france-travail.connexion.poursuivre' },
  ],
  [flag]: ['compte-cree'],
});

const click = (target: string) => [{ action: 'click', target }] as const;

/** The site's own places and links (without the monthly update's and the documents'). */
export const franceTravailNavigation: SiteNavigation = {
  places: {
    home: { label: 'la page d’accueil de francetravail.fr', targets: ['france-travail.home.*'] },
    login: {
      label: 'la page de connexion',
      targets: [
        'france-travail.connexion.identifiant',
        'france-travail.connexion.poursuivre',
        'france-travail.connexion.identifiant-oublie',
        'france-travail.connexion.franceconnect',
        'france-travail.connexion.inscription',
      ],
    },
    // Over the login page, once the identifier is given: the identifier's form and links are gone.
    'login-password': {
      label: 'la page de connexion (mot de passe)',
      covers: true,
      targets: [
        'france-travail.connexion.mot-de-passe',
        'france-travail.connexion.afficher',
        'france-travail.connexion.valider',
        'france-travail.connexion.changer-identifiant',
        'france-travail.connexion.mot-de-passe-oublie',
      ],
    },
    'identifiant-oublie': { label: 'la fenêtre « Identifiant oublié »', targets: ['france-travail.connexion.oubli.*'] },
    inscription: {
      label: 'la page « S’inscrire, se réinscrire »',
      targets: ['france-travail.inscription.commencer', 'france-travail.inscription.se-connecter'],
    },
    eligibilite: {
      label: 'la page « Avant de commencer » de l’inscription',
      targets: ['france-travail.inscription.eligibilite.*'],
      // The end date is asked once « Oui » is chosen.
      reveal: [{ action: 'choose', target: 'france-travail.inscription.eligibilite.contrat', value: 'equals:oui' }],
    },
    attente: {
      label: 'la page « Vous ne pouvez pas encore vous inscrire »',
      targets: ['france-travail.inscription.attente.*'],
    },
    'inscription-impossible': {
      label: 'la page « Vous ne pouvez pas vous inscrire en ligne »',
      targets: ['france-travail.inscription.impossible.*'],
    },
    pieces: { label: 'la page « Préparez vos documents »', targets: ['france-travail.inscription.pieces.*'] },
    creation: {
      label: 'la page « Créer mon espace personnel »',
      targets: ['france-travail.inscription.creation.*'],
    },
    activation: {
      label: 'la page « Activez votre espace personnel »',
      targets: ['france-travail.inscription.activation.*'],
    },
    // Over the activation page, once the link opened had expired.
    'activation-expiree': {
      label: 'la page « Ce lien a expiré »',
      targets: ['france-travail.inscription.activation.renvoyer'],
    },
    'compte-active': {
      label: 'la page « Votre espace personnel est activé »',
      targets: ['france-travail.inscription.compte-active.*'],
    },
    ...formPlaces,
    'inscription-confirmation': {
      label: 'la confirmation de l’inscription',
      targets: ['france-travail.inscription.confirmation.*', 'france-travail.convocation.telecharger'],
    },
    espace: {
      label: 'l’accueil de votre espace personnel',
      targets: [
        'france-travail.espace.actualiser',
        'france-travail.espace.revoir-actualisation',
        'france-travail.espace.refaire-actualisation',
        'france-travail.espace.documents',
        'france-travail.espace.rendez-vous',
        'france-travail.espace.courriers',
        'france-travail.espace.reprendre',
        'france-travail.espace.inscrire',
        'france-travail.espace.confirmation',
        // « Se déconnecter » is in the header of every page once signed in: the espace is the nearest.
        'france-travail.header.deconnexion',
      ],
    },
    'rendez-vous': {
      label: 'la page « Mes rendez-vous »',
      targets: ['france-travail.convocation.telecharger', 'france-travail.espace.retour'],
    },
    courriers: {
      label: 'la page « Mes courriers »',
      targets: ['france-travail.convocation.telecharger', 'france-travail.espace.retour'],
    },
  },
  links: [
    { from: ['*'], to: 'home', steps: click('france-travail.header.logo') },
    { from: ['*'], to: 'login', steps: click('france-travail.header.connexion'), unless: ['signed-in'] },
    { from: ['*'], to: 'espace', steps: click('france-travail.header.connexion'), when: ['signed-in'] },
    {
      from: ['*'],
      to: 'home',
      steps: click('france-travail.header.deconnexion'),
      when: ['signed-in'],
      takes: ['signed-in'],
    },
    { from: ['home'], to: 'inscription', steps: click('france-travail.home.inscription') },
    { from: ['home'], to: 'login', steps: click('france-travail.home.connexion'), unless: ['signed-in'] },
    signIn('identifiant', 'unless'),
    signIn('nouvel_identifiant', 'when'),
    {
      from: ['login-password'],
      to: 'espace',
      steps: [
        {
          action: 'fill',
          target: 'france-travail.connexion.mot-de-passe',
          value: 'persona:france_travail.mot_de_passe',
        },
        { action: 'click', target: 'france-travail.connexion.valider' },
      ],
      gives: ['signed-in'],
    },
    { from: ['login-password'], to: 'login', steps: click('france-travail.connexion.changer-identifiant') },
    { from: ['login'], to: 'identifiant-oublie', steps: click('france-travail.connexion.identifiant-oublie') },
    { from: ['identifiant-oublie'], to: 'login', steps: click('france-travail.connexion.oubli.annuler') },
    { from: ['login'], to: 'inscription', steps: click('france-travail.connexion.inscription') },
    { from: ['inscription'], to: 'eligibilite', steps: click('france-travail.inscription.commencer') },
    {
      from: ['inscription'],
      to: 'login',
      steps: click('france-travail.inscription.se-connecter'),
      unless: ['signed-in'],
    },
    // The way back answers as someone who can register now: no contract running, living in France.
    {
      from: ['eligibilite'],
      to: 'pieces',
      steps: [
        { action: 'choose', target: 'france-travail.inscription.eligibilite.contrat', value: 'equals:non' },
        { action: 'choose', target: 'france-travail.inscription.eligibilite.residence', value: 'equals:france' },
        { action: 'click', target: 'france-travail.inscription.eligibilite.continuer' },
      ],
    },
    // The other answers, for a lesson that takes those branches (still under contract until the
    // persona's contract ends, on a practice date before that; living abroad).
    {
      from: ['eligibilite'],
      to: 'attente',
      steps: [
        { action: 'choose', target: 'france-travail.inscription.eligibilite.contrat', value: 'equals:oui' },
        {
          action: 'fill',
          target: 'france-travail.inscription.eligibilite.date-fin',
          value: 'persona:dernier_contrat.fin',
        },
        { action: 'choose', target: 'france-travail.inscription.eligibilite.residence', value: 'equals:france' },
        { action: 'click', target: 'france-travail.inscription.eligibilite.continuer' },
      ],
    },
    {
      from: ['eligibilite'],
      to: 'inscription-impossible',
      steps: [
        { action: 'choose', target: 'france-travail.inscription.eligibilite.contrat', value: 'equals:non' },
        { action: 'choose', target: 'france-travail.inscription.eligibilite.residence', value: 'equals:etranger' },
        { action: 'click', target: 'france-travail.inscription.eligibilite.continuer' },
      ],
    },
    { from: ['attente'], to: 'home', steps: click('france-travail.inscription.attente.accueil') },
    { from: ['inscription-impossible'], to: 'home', steps: click('france-travail.inscription.impossible.accueil') },
    {
      from: ['pieces'],
      to: 'creation',
      steps: click('france-travail.inscription.pieces.commencer'),
      unless: ['signed-in', 'compte-cree'],
    },
    {
      from: ['pieces'],
      to: 'activation',
      steps: click('france-travail.inscription.pieces.commencer'),
      when: ['compte-en-attente'],
      unless: ['signed-in'],
    },
    {
      from: ['pieces'],
      to: 'inscription-donnees',
      steps: click('france-travail.inscription.pieces.commencer'),
      when: ['signed-in'],
      unless: ['inscrit'],
    },
    {
      from: ['pieces'],
      to: 'login',
      steps: click('france-travail.inscription.pieces.connexion'),
      unless: ['signed-in'],
    },
    { from: ['creation'], to: 'login', steps: click('france-travail.inscription.creation.connexion') },
    { from: ['activation'], to: 'creation', steps: click('france-travail.inscription.activation.modifier-email') },
    { from: ['activation-expiree'], to: 'activation', steps: click('france-travail.inscription.activation.renvoyer') },
    {
      from: ['compte-active'],
      to: 'inscription-donnees',
      steps: click('france-travail.inscription.compte-active.continuer'),
    },
    ...formLinks,
    {
      from: ['inscription-confirmation'],
      to: 'espace',
      steps: click('france-travail.inscription.confirmation.espace'),
    },
    // « Reprendre mon inscription » comes back to the step left; the stepper goes on from there.
    {
      from: ['espace'],
      to: 'inscription-donnees',
      steps: click('france-travail.espace.reprendre'),
      when: ['brouillon'],
    },
    {
      from: ['espace'],
      to: 'inscription-donnees',
      steps: click('france-travail.espace.inscrire'),
      when: ['compte-actif'],
      unless: ['brouillon', 'inscrit'],
    },
    {
      from: ['espace'],
      to: 'inscription-confirmation',
      steps: click('france-travail.espace.confirmation'),
      when: ['convocation'],
    },
    { from: ['espace'], to: 'rendez-vous', steps: click('france-travail.espace.rendez-vous') },
    { from: ['espace'], to: 'courriers', steps: click('france-travail.espace.courriers') },
    { from: ['rendez-vous', 'courriers'], to: 'espace', steps: click('france-travail.espace.retour') },
  ],
};
