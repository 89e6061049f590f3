/**
 * The ameli site's navigation map: its places (pages, rendered with `data-place`), its flag and
 * the links between places, so that the guide can bring a learner who strayed back to any target
 * (docs/practice-sites.md, « Navigation map »). Links move around and sign in or out; asking for
 * the attestation only makes a document, it changes nothing of the learner's.
 *
 * Flag on the site's root: `signed-in`. FranceConnect's pages, shown in ameli's tab, are places of
 * this map too (`withFranceConnect`).
 */
import type { LinkSpec, SiteNavigation, WayStep } from '../framework/types.ts';
import { withFranceConnect } from '../franceconnect/navigation.ts';

const click = (target: string): WayStep[] => [{ action: 'click', target }];
const signedIn = ['signed-in'];

const fromAccueil = (to: string, target: string): LinkSpec => ({ from: ['accueil'], to, steps: click(target) });
const toAccueil: LinkSpec = {
  from: ['paiements', 'messagerie', 'demarches', 'attestations'],
  to: 'accueil',
  steps: click('ameli.retour-compte'),
};

/** ameli's own places and links, before FranceConnect's are added. */
const ameliOwnNavigation: SiteNavigation = {
  places: {
    connexion: {
      label: 'la page de connexion à « Mon compte ameli »',
      targets: ['ameli.connexion.*'],
    },
    'mot-de-passe-oublie': { label: 'la page « Mot de passe oublié »', targets: ['ameli.oubli.*'] },
    'creer-compte': { label: 'la page « Créer mon compte ameli »', targets: ['ameli.creation.*'] },
    accueil: {
      label: 'l’accueil de « Mon compte ameli »',
      targets: ['ameli.compte.*', 'ameli.header.deconnexion'],
    },
    paiements: { label: 'la page « Mes paiements »', targets: ['ameli.retour-compte'] },
    messagerie: { label: 'la page « Messagerie »', targets: ['ameli.retour-compte'] },
    demarches: { label: 'la page « Mes démarches »', targets: ['ameli.demarches.*', 'ameli.retour-compte'] },
    'attestation-droits': {
      label: 'la page « Attestation de droits »',
      targets: ['ameli.attestation.beneficiaires', 'ameli.attestation.demander', 'ameli.attestation.demarches'],
    },
    'attestation-prete': {
      label: 'la page « Votre attestation de droits est prête »',
      targets: ['ameli.attestation.telecharger', 'ameli.attestation.demarches'],
    },
    attestations: { label: 'la page « Mes attestations »', targets: ['ameli.attestations.*', 'ameli.retour-compte'] },
    indisponible: { label: 'la page « Service momentanément indisponible »', targets: ['ameli.indisponible.*'] },
  },
  links: [
    // The header, on every page.
    { from: ['*'], to: 'connexion', steps: click('ameli.header.logo'), unless: signedIn },
    { from: ['*'], to: 'accueil', steps: click('ameli.header.logo'), when: signedIn },
    { from: ['*'], to: 'accueil', steps: click('ameli.header.compte'), when: signedIn },
    { from: ['*'], to: 'connexion', steps: click('ameli.header.deconnexion'), when: signedIn, takes: signedIn },
    // Signing in with the persona's NIR (13 characters) and password.
    {
      from: ['connexion'],
      to: 'accueil',
      steps: [
        { action: 'fill', target: 'ameli.connexion.nir', value: 'persona:nir13' },
        { action: 'fill', target: 'ameli.connexion.mot-de-passe', value: 'persona:ameli.mot_de_passe' },
        { action: 'click', target: 'ameli.connexion.valider' },
      ],
      unless: signedIn,
      gives: signedIn,
    },
    { from: ['connexion'], to: 'mot-de-passe-oublie', steps: click('ameli.connexion.mot-de-passe-oublie') },
    { from: ['mot-de-passe-oublie'], to: 'connexion', steps: click('ameli.oubli.annuler') },
    { from: ['connexion'], to: 'creer-compte', steps: click('ameli.connexion.creer-compte') },
    { from: ['creer-compte'], to: 'connexion', steps: click('ameli.creation.annuler') },
    // The account.
    fromAccueil('paiements', 'ameli.compte.paiements'),
    fromAccueil('demarches', 'ameli.compte.demarches'),
    fromAccueil('attestations', 'ameli.compte.attestations'),
    fromAccueil('messagerie', 'ameli.compte.messagerie'),
    toAccueil,
    { from: ['demarches'], to: 'attestation-droits', steps: click('ameli.demarches.attestation-droits') },
    { from: ['attestations'], to: 'attestation-droits', steps: click('ameli.attestations.droits') },
    {
      from: ['attestation-droits', 'attestation-prete'],
      to: 'demarches',
      steps: click('ameli.attestation.demarches'),
    },
    {
      from: ['attestation-droits'],
      to: 'attestation-prete',
      steps: [
        // Only asked when the account has other beneficiaries (children).
        { action: 'choose', target: 'ameli.attestation.beneficiaires', value: 'equals:tous', optional: true },
        { action: 'click', target: 'ameli.attestation.demander' },
      ],
    },
    { from: ['indisponible'], to: 'attestation-droits', steps: click('ameli.indisponible.reessayer') },
  ],
};

/**
 * ameli's map with FranceConnect's pages: « S'identifier avec FranceConnect » on the login page,
 * then the provider, then the account's home, signed in.
 */
export const ameliNavigation: SiteNavigation = withFranceConnect(ameliOwnNavigation, {
  site: 'ameli',
  button: 'ameli.connexion.franceconnect',
  login: 'connexion',
  signedIn: 'accueil',
  gives: signedIn,
});
