/**
 * The agency of the first appointment, from the commune the learner gave. The names follow the
 * real pattern (« France Travail Saint-Denis »); the street address is made up for the practice.
 */

export interface Agence {
  nom: string;
  adresse: string;
}

/** `Paris 15e Arrondissement` → `Paris 15e`. */
const shortName = (commune: string) => commune.replace(/ Arrondissement$/, '');

/** The agency for a postcode and commune (default: Saint-Denis, when the address is not given yet). */
export function agenceFor(postcode: string, commune: string): Agence {
  const town = commune ? shortName(commune) : 'Saint-Denis';
  const code = /^\d{5}$/.test(postcode) ? postcode : '93200';
  return { nom: `France Travail ${town}`, adresse: `3 rue des Métiers, ${code} ${town}` };
}
