/** The answers the simulator's questions offer, with their labels in French. */
import type { RadioOption } from './ui/RadioGroup.tsx';

export const yesNoOptions: readonly RadioOption[] = [
  { value: 'oui', label: 'Oui' },
  { value: 'non', label: 'Non' },
];

export const situationOptions: readonly RadioOption[] = [
  { value: 'etudiant', label: 'Étudiant, apprenti ou stagiaire' },
  { value: 'retraite', label: 'Retraité' },
  { value: 'demandeur-emploi', label: 'Demandeur d’emploi' },
  { value: 'enceinte', label: 'Enceinte' },
  { value: 'aucune', label: 'Aucune de ces situations' },
];

export const housingOptions: readonly RadioOption[] = [
  { value: 'locataire', label: 'Locataire' },
  { value: 'proprietaire', label: 'Propriétaire, sans prêt en cours' },
  { value: 'accedant', label: 'Propriétaire, avec un prêt en cours' },
  { value: 'heberge', label: 'Hébergé(e) gratuitement' },
];
