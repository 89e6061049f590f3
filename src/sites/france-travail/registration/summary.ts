/**
 * What the summary (« Récapitulatif ») lists for each step of the form: each question as the
 * site names it, and the answer as typed or the label of the answer chosen.
 */
import { formatIban, formatPhone } from '../../../french/index.ts';
import type { FormStep } from './formSteps.ts';
import {
  civiliteOptions,
  contratOptions,
  distanceOptions,
  experienceMetierOptions,
  labelOf,
  mobiliteOptions,
  motifOptions,
  niveauLangueOptions,
  niveauOptions,
  tempsOptions,
} from './options.ts';

/** One line of the summary: the question and the answer. */
export type SummaryLine = readonly [label: string, answer: string];

type Values = Readonly<Record<string, string>>;

/** The lines of `step` (none for the summary and the appointment). */
export function summaryOf(step: FormStep, v: Values): SummaryLine[] {
  const get = (field: string) => (v[field] ?? '').trim();
  const or = (text: string) => (text === '' ? 'Non renseigné' : text);
  switch (step) {
    case 'donnees':
      return [
        ['Civilité', labelOf(civiliteOptions, get('civilite'))],
        ['Nom', get('nom')],
        ['Prénom', get('prenom')],
        ['Date de naissance', get('naissance')],
        ['Numéro de sécurité sociale', get('nir')],
        [
          'Adresse',
          [get('voie'), get('complement'), `${get('code-postal')} ${get('commune')}`].filter(Boolean).join(', '),
        ],
        ['Téléphone', formatPhone(get('telephone'))],
        ['Adresse e-mail', get('email')],
      ];
    case 'situation':
      return [
        ['Date de fin de votre dernier contrat', get('fin-contrat')],
        ['Motif de fin de contrat', labelOf(motifOptions, get('motif'))],
        ['Dernier employeur', get('employeur')],
      ];
    case 'experiences':
      return get('sans-experience') === 'oui'
        ? [['Expérience professionnelle', 'Aucune']]
        : [
            ['Métier exercé', get('exp-metier')],
            ['Employeur', get('exp-employeur')],
            ['Période', `de ${get('exp-debut')} à ${get('exp-fin')}`],
          ];
    case 'formations':
      return [
        ['Niveau de formation', labelOf(niveauOptions, get('niveau'))],
        ['Diplôme ou formation', or(get('diplome'))],
        ['Français', labelOf(niveauLangueOptions, get('francais'))],
        [
          'Autre langue',
          get('autre-langue') === ''
            ? 'Non renseigné'
            : `${get('autre-langue')} (${labelOf(niveauLangueOptions, get('autre-langue-niveau'))})`,
        ],
      ];
    case 'projet':
      return [
        ['Métier recherché', get('metier')],
        ['Expérience dans ce métier', labelOf(experienceMetierOptions, get('experience-metier'))],
      ];
    case 'recherche':
      return [
        ['Type de contrat', labelOf(contratOptions, get('contrat'))],
        ['Durée de travail', labelOf(tempsOptions, get('temps'))],
        [
          'Mobilité',
          get('mobilite') === 'distance'
            ? `${labelOf(distanceOptions, get('distance'))} autour de mon domicile`
            : labelOf(mobiliteOptions, get('mobilite')),
        ],
      ];
    case 'banque':
      return [
        ['Titulaire du compte', get('titulaire')],
        ['IBAN', formatIban(get('iban'))],
        ['BIC', get('bic').toUpperCase()],
      ];
    default:
      return [];
  }
}
