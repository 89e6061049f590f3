/**
 * The identity providers FranceConnect offers (docs/procedures.md, 1.0): only impots.gouv and
 * ameli have a practice copy and sign in; the others show that they are not copied here.
 */

/** The ids of the providers, in the order of the choice page. */
export const providerIds = ['impots', 'ameli', 'laposte', 'msa', 'france-identite'] as const;
export type ProviderId = (typeof providerIds)[number];

export interface Provider {
  id: ProviderId;
  /** Its name on the choice page and its pages. */
  name: string;
  /** Whether the practice site has a copy of its login (the others cannot be used here). */
  copied: boolean;
  /** The practice browser's address while its login page is shown. */
  address: string;
  /** The real site's name, for the practice banner (« ce n'est pas le vrai site impots.gouv.fr »). */
  domain: string;
}

const base = 'https://entrainement.pas-a-pas.local';

export const providers: Readonly<Record<ProviderId, Provider>> = {
  impots: {
    id: 'impots',
    name: 'impots.gouv',
    copied: true,
    address: `${base}/impots/connexion-franceconnect`,
    domain: 'impots.gouv.fr',
  },
  ameli: {
    id: 'ameli',
    name: 'ameli',
    copied: true,
    address: `${base}/ameli/connexion-franceconnect`,
    domain: 'ameli.fr',
  },
  laposte: {
    id: 'laposte',
    name: 'L’Identité Numérique La Poste',
    copied: false,
    address: `${base}/identite-numerique-la-poste`,
    domain: 'laposte.fr',
  },
  msa: { id: 'msa', name: 'MSA', copied: false, address: `${base}/msa`, domain: 'msa.fr' },
  'france-identite': {
    id: 'france-identite',
    name: 'France Identité',
    copied: false,
    address: `${base}/france-identite`,
    domain: 'france-identite.gouv.fr',
  },
};

/** FranceConnect's own address (the choice of a provider, the return). */
export const franceConnectAddress = `${base}/franceconnect`;

/** The provider of an id kept in the world, if it is one. */
export const providerOf = (id: string | undefined): Provider | undefined =>
  id !== undefined && Object.hasOwn(providers, id) ? providers[id as ProviderId] : undefined;
