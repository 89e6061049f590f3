/**
 * The answers the registration form offers, with their labels as the site shows them: the steps
 * render them, the summary prints the label of the value chosen. Values are the targets' options
 * (`targets.ts`).
 */
import {
  contrats,
  distances,
  experiencesMetier,
  mobilites,
  motifs,
  niveaux,
  niveauxLangue,
  temps,
} from '../targets.ts';

export interface Option {
  value: string;
  label: string;
}

const labelled = <V extends string>(values: readonly V[], labels: Record<V, string>): Option[] =>
  values.map((value) => ({ value, label: labels[value] }));

export const civiliteOptions = labelled(['madame', 'monsieur'], { madame: 'Madame', monsieur: 'Monsieur' });

export const motifOptions = labelled(motifs, {
  'fin-cdd': 'Fin de contrat à durée déterminée (CDD)',
  'fin-mission-interim': 'Fin de mission d’intérim',
  'licenciement-economique': 'Licenciement pour motif économique',
  licenciement: 'Licenciement (autre motif)',
  'rupture-conventionnelle': 'Rupture conventionnelle',
  demission: 'Démission',
  'fin-periode-essai': 'Fin de période d’essai',
  autre: 'Autre motif',
});

export const niveauOptions = labelled(niveaux, {
  'sans-diplome': 'Aucun diplôme',
  'cap-bep': 'CAP, BEP',
  bac: 'Baccalauréat',
  'bac-2': 'Bac + 2 (BTS, DUT…)',
  'bac-3': 'Bac + 3 (licence, BUT…)',
  'bac-5': 'Bac + 5 et plus (master…)',
});

export const niveauLangueOptions = labelled(niveauxLangue, {
  'langue-maternelle': 'Langue maternelle',
  courant: 'Courant',
  intermediaire: 'Intermédiaire',
  debutant: 'Débutant',
});

export const experienceMetierOptions = labelled(experiencesMetier, {
  aucune: 'Aucune expérience',
  'moins-1-an': 'Moins d’un an',
  '1-a-3-ans': 'De 1 à 3 ans',
  'plus-3-ans': 'Plus de 3 ans',
});

export const contratOptions = labelled(contrats, {
  cdi: 'CDI (contrat à durée indéterminée)',
  cdd: 'CDD (contrat à durée déterminée)',
  interim: 'Intérim (missions)',
  tous: 'Tous types de contrat',
});

export const tempsOptions = labelled(temps, {
  'temps-plein': 'Temps plein',
  'temps-partiel': 'Temps partiel',
  indifferent: 'Indifférent',
});

export const mobiliteOptions = labelled(mobilites, {
  distance: 'À une distance maximale de mon domicile',
  departement: 'Dans mon département',
  region: 'Dans ma région',
  france: 'Dans toute la France',
});

export const distanceOptions = distances.map((value) => ({ value, label: `${value} km` }));

/** The label of `value` among `options` (the value itself when it is not one of them). */
export const labelOf = (options: readonly Option[], value: string) =>
  options.find((o) => o.value === value)?.label ?? value;
