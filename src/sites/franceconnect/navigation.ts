/**
 * FranceConnect's part of the navigation map of each site that offers it. FranceConnect's pages
 * are shown inside that site's tab, so they are places of that site's map (`franceconnect-*`),
 * merged in by `withFranceConnect`: login page → the choice of a provider → the provider's login →
 * the return, signed in. The site's own links from anywhere (`*`: its header, its menu) do not
 * apply there, since its pages are hidden meanwhile.
 */
import type { LinkSpec, PlaceSpec, SiteNavigation } from '../framework/types.ts';

/** Where FranceConnect leaves and joins the map of the site that offers it. */
export interface FranceConnectHostSpec {
  /** The site's id. */
  site: string;
  /** Its « S'identifier avec FranceConnect » button (default: `<site>.connexion.franceconnect`). */
  button?: string;
  /** The place of its login page, which holds the button and where « Annuler » leads. */
  login: string;
  /** The place it shows once signed in through FranceConnect. */
  signedIn: string;
  /** The flags its signing in gives (`signed-in`). */
  gives: readonly string[];
}

/** FranceConnect's places, as each host names them. */
export const franceConnectPlaces: Readonly<Record<string, PlaceSpec>> = {
  'franceconnect-choix': {
    label: 'la page FranceConnect « Je choisis un compte »',
    targets: ['franceconnect.fournisseurs.*', 'franceconnect.choix.*'],
  },
  'franceconnect-impots': {
    label: 'la page de connexion d’impots.gouv (FranceConnect)',
    targets: ['franceconnect.impots.*'],
    // The password field appears once the numéro fiscal is sent with « Continuer ».
    reveal: [
      { action: 'fill', target: 'franceconnect.impots.numero-fiscal', value: 'persona:impots.numero_fiscal' },
      { action: 'click', target: 'franceconnect.impots.continuer' },
    ],
  },
  'franceconnect-ameli': {
    label: 'la page de connexion d’ameli (FranceConnect)',
    targets: ['franceconnect.ameli.*'],
  },
  'franceconnect-non-copie': {
    label: 'la page d’un compte qui n’est pas sur le site d’entraînement',
    targets: ['franceconnect.non-copie.*'],
  },
  'franceconnect-indisponible': {
    label: 'la page d’erreur de FranceConnect',
    targets: ['franceconnect.erreur.*'],
  },
  'franceconnect-confirmation': {
    label: 'la page FranceConnect « Vous êtes connecté(e) »',
    targets: ['franceconnect.confirmation.*'],
  },
};

const placeIds = Object.keys(franceConnectPlaces);

/** The links of FranceConnect's pages for `host`. */
export function franceConnectLinks(host: FranceConnectHostSpec): LinkSpec[] {
  const click = (target: string) => [{ action: 'click' as const, target }];
  return [
    {
      from: [host.login],
      to: 'franceconnect-choix',
      steps: click(host.button ?? `${host.site}.connexion.franceconnect`),
    },
    { from: ['franceconnect-choix'], to: 'franceconnect-impots', steps: click('franceconnect.fournisseurs.impots') },
    { from: ['franceconnect-choix'], to: 'franceconnect-ameli', steps: click('franceconnect.fournisseurs.ameli') },
    {
      from: ['franceconnect-choix'],
      to: 'franceconnect-non-copie',
      steps: click('franceconnect.fournisseurs.laposte'),
    },
    {
      from: ['franceconnect-impots'],
      to: 'franceconnect-confirmation',
      steps: [
        { action: 'fill', target: 'franceconnect.impots.numero-fiscal', value: 'persona:impots.numero_fiscal' },
        { action: 'click', target: 'franceconnect.impots.continuer', optional: true },
        { action: 'fill', target: 'franceconnect.impots.mot-de-passe', value: 'persona:impots.mot_de_passe' },
        { action: 'click', target: 'franceconnect.impots.connexion' },
      ],
    },
    {
      from: ['franceconnect-ameli'],
      to: 'franceconnect-confirmation',
      steps: [
        { action: 'fill', target: 'franceconnect.ameli.nir', value: 'persona:nir13' },
        { action: 'fill', target: 'franceconnect.ameli.mot-de-passe', value: 'persona:ameli.mot_de_passe' },
        { action: 'click', target: 'franceconnect.ameli.connexion' },
      ],
    },
    {
      from: ['franceconnect-non-copie'],
      to: 'franceconnect-choix',
      steps: click('franceconnect.non-copie.autre-compte'),
    },
    {
      from: ['franceconnect-indisponible'],
      to: 'franceconnect-choix',
      steps: click('franceconnect.erreur.autre-compte'),
    },
    // « Revenir sur … » and « Annuler »: back to the site's login page.
    { from: ['franceconnect-choix'], to: host.login, steps: click('franceconnect.choix.retour') },
    { from: ['franceconnect-impots'], to: host.login, steps: click('franceconnect.impots.annuler') },
    { from: ['franceconnect-ameli'], to: host.login, steps: click('franceconnect.ameli.annuler') },
    { from: ['franceconnect-non-copie'], to: host.login, steps: click('franceconnect.non-copie.retour') },
    { from: ['franceconnect-indisponible'], to: host.login, steps: click('franceconnect.erreur.retour') },
    {
      from: ['franceconnect-confirmation'],
      to: host.signedIn,
      steps: click('franceconnect.confirmation.continuer'),
      gives: host.gives,
    },
  ];
}

/**
 * `navigation` with FranceConnect's places and links: the button on `host.login`, the way back
 * signed in to `host.signedIn`. Its links from anywhere (`*`) now start from its own places only.
 */
export function withFranceConnect(navigation: SiteNavigation, host: FranceConnectHostSpec): SiteNavigation {
  const own = Object.keys(navigation.places);
  const clash = own.find((place) => placeIds.includes(place));
  if (clash) throw new Error(`Place "${clash}" of site "${host.site}" is FranceConnect's: rename it.`);
  return {
    places: { ...navigation.places, ...franceConnectPlaces },
    links: [
      ...navigation.links.map((link) => (link.from.includes('*') ? { ...link, from: own } : link)),
      ...franceConnectLinks(host),
    ],
  };
}
