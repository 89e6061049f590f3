/**
 * The checks of each step of the registration form, with the real site's kind of messages: short,
 * one per field, the field named. Each error names its field's input id (`ft-<field>`), where the
 * error summary sends the focus.
 */
import {
  birthDateError,
  compareMonths,
  isNir13Shape,
  isValidBic,
  isValidEmail,
  isValidIban,
  isValidNir15,
  isValidPhone,
  normaliseIban,
  normaliseIdentifier,
  normalisePostcode,
  parseFrenchDate,
  parseMonthYear,
} from '../../../french/index.ts';
import { communesByPostcode } from '../data/communes.ts';
import { metiers } from '../data/metiers.ts';
import type { FormError } from '../ui/ErrorSummary.tsx';
import { dayNumber, dayOf } from './days.ts';
import type { FormStep } from './formSteps.ts';
import { exactJobTitle } from './matchJobTitles.ts';

/** The input id of a field (for a group of radio buttons, its first button). */
export const fieldId = (field: string) => `ft-${field}`;

type Values = Readonly<Record<string, string>>;
type Check = (values: Values, today: Date) => (FormError | null)[];

const err = (field: string, message: string): FormError => ({ field: fieldId(field), message });
const get = (values: Values, field: string) => (values[field] ?? '').trim();
const required = (values: Values, field: string, message: string) =>
  get(values, field) === '' ? err(field, message) : null;

/** Letters (accents included), spaces, hyphens and apostrophes. */
const nameError = (values: Values, field: string, what: string) => {
  const value = get(values, field);
  if (value === '') return err(field, `Saisissez votre ${what}.`);
  if (!/^[\p{L}][\p{L}\s'’-]*$/u.test(value))
    return err(field, `Le ${what} ne doit contenir que des lettres, des espaces, des tirets ou des apostrophes.`);
  return null;
};

/** The NIR: 15 characters with the key; its year and month must match the date of birth. */
function nirError(values: Values): FormError | null {
  const typed = get(values, 'nir');
  if (typed === '') return err('nir', 'Saisissez votre numéro de sécurité sociale.');
  const n = normaliseIdentifier(typed);
  if (!/^[\dAB]+$/.test(n)) return err('nir', 'Le numéro de sécurité sociale ne doit contenir que des chiffres.');
  if (n.length !== 15)
    return err(
      'nir',
      `Le numéro de sécurité sociale doit comporter 15 caractères, clé comprise (vous en avez saisi ${n.length}).`,
    );
  if (!isNir13Shape(n.slice(0, 13)) || !isValidNir15(n))
    return err('nir', 'Ce numéro de sécurité sociale n’est pas valide. Vérifiez-le sur votre carte Vitale.');
  const birth = parseFrenchDate(get(values, 'naissance'));
  const month = Number(n.slice(3, 5));
  if (birth && (n.slice(1, 3) !== String(birth.year).slice(2) || (month <= 12 && month !== birth.month)))
    return err('nir', 'Le numéro de sécurité sociale ne correspond pas à votre date de naissance.');
  return null;
}

function postcodeErrors(values: Values): (FormError | null)[] {
  const typed = get(values, 'code-postal');
  if (typed === '') return [err('code-postal', 'Saisissez votre code postal.')];
  const postcode = normalisePostcode(typed);
  if (!postcode) return [err('code-postal', 'Le code postal doit comporter 5 chiffres.')];
  const communes = communesByPostcode[postcode];
  if (!communes) return [err('code-postal', 'Ce code postal n’est pas reconnu. Vérifiez-le.')];
  return [communes.includes(get(values, 'commune')) ? null : err('commune', 'Choisissez votre commune dans la liste.')];
}

/** A past date `JJ/MM/AAAA`: the end of a contract. */
function endDateError(values: Values, field: string, today: Date, what: string): FormError | null {
  const typed = get(values, field);
  if (typed === '') return err(field, `Saisissez ${what}.`);
  if (!/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(typed)) return err(field, 'La date doit être au format JJ/MM/AAAA.');
  const date = parseFrenchDate(typed);
  if (!date) return err(field, 'Cette date n’existe pas. Vérifiez le jour et le mois.');
  if (dayNumber(date) >= dayNumber(dayOf(today)))
    return err(field, 'Vous ne pouvez vous inscrire qu’à partir du lendemain de la fin de votre contrat.');
  return null;
}

function monthError(values: Values, field: string, what: string): FormError | null {
  const typed = get(values, field);
  if (typed === '') return err(field, `Saisissez la date de ${what} au format MM/AAAA.`);
  return parseMonthYear(typed)
    ? null
    : err(field, `La date de ${what} doit être au format MM/AAAA, par exemple 06/2026.`);
}

function ibanError(values: Values): FormError | null {
  const typed = get(values, 'iban');
  if (typed === '') return err('iban', 'Saisissez votre IBAN.');
  const iban = normaliseIban(typed);
  if (!iban.startsWith('FR')) return err('iban', 'Saisissez un IBAN français : il commence par FR.');
  if (!/^FR[0-9A-Z]+$/.test(iban)) return err('iban', 'L’IBAN ne doit contenir que des lettres et des chiffres.');
  if (iban.length !== 27)
    return err('iban', `L’IBAN doit comporter 27 caractères (vous en avez saisi ${iban.length}).`);
  return isValidIban(iban) ? null : err('iban', 'Cet IBAN n’est pas valide. Vérifiez-le sur votre RIB.');
}

const checks: Readonly<Record<FormStep, Check>> = {
  donnees: (v, today) => [
    required(v, 'civilite', 'Indiquez votre civilité.'),
    nameError(v, 'nom', 'nom'),
    nameError(v, 'prenom', 'prénom'),
    ((message) => (message ? err('naissance', message) : null))(birthDateError(get(v, 'naissance'), today)),
    nirError(v),
    required(v, 'voie', 'Saisissez le numéro et le nom de la voie.'),
    ...postcodeErrors(v),
    get(v, 'telephone') === ''
      ? err('telephone', 'Saisissez votre numéro de téléphone.')
      : isValidPhone(get(v, 'telephone'))
        ? null
        : err(
            'telephone',
            'Le numéro de téléphone doit comporter 10 chiffres et commencer par 0, par exemple 06 12 34 56 78.',
          ),
    get(v, 'email') === ''
      ? err('email', 'Saisissez votre adresse e-mail.')
      : isValidEmail(get(v, 'email'))
        ? null
        : err('email', 'L’adresse e-mail n’est pas valide. Exemple : nom@exemple.fr'),
  ],
  situation: (v, today) => [
    endDateError(v, 'fin-contrat', today, 'la date de fin de votre dernier contrat'),
    required(v, 'motif', 'Choisissez le motif de fin de contrat.'),
    required(v, 'employeur', 'Saisissez le nom de votre dernier employeur.'),
  ],
  experiences: (v) => {
    if (get(v, 'sans-experience') === 'oui') return [];
    const start = parseMonthYear(get(v, 'exp-debut'));
    const end = parseMonthYear(get(v, 'exp-fin'));
    return [
      required(v, 'exp-metier', 'Saisissez le métier exercé.'),
      required(v, 'exp-employeur', 'Saisissez le nom de l’employeur.'),
      monthError(v, 'exp-debut', 'début'),
      monthError(v, 'exp-fin', 'fin'),
      start && end && compareMonths(end, start) < 0
        ? err('exp-fin', 'La date de fin doit être après la date de début.')
        : null,
    ];
  },
  formations: (v) => [
    required(v, 'niveau', 'Choisissez votre niveau de formation.'),
    required(v, 'francais', 'Indiquez votre niveau en français.'),
    get(v, 'autre-langue') !== '' && get(v, 'autre-langue-niveau') === ''
      ? err('autre-langue-niveau', 'Indiquez votre niveau dans cette langue.')
      : null,
  ],
  projet: (v) => [
    get(v, 'metier') === ''
      ? err('metier', 'Saisissez le métier que vous recherchez, puis choisissez-le dans la liste.')
      : exactJobTitle(get(v, 'metier'), metiers)
        ? null
        : err('metier', 'Choisissez un métier dans la liste proposée.'),
    required(v, 'experience-metier', 'Indiquez votre expérience dans ce métier.'),
  ],
  recherche: (v) => [
    required(v, 'contrat', 'Choisissez le type de contrat recherché.'),
    required(v, 'temps', 'Choisissez la durée de travail.'),
    required(v, 'mobilite', 'Indiquez jusqu’où vous pouvez vous déplacer.'),
    get(v, 'mobilite') === 'distance' ? required(v, 'distance', 'Choisissez une distance.') : null,
  ],
  banque: (v) => [
    required(v, 'titulaire', 'Saisissez le nom du titulaire du compte.'),
    ibanError(v),
    get(v, 'bic') === ''
      ? err('bic', 'Saisissez le code BIC.')
      : isValidBic(get(v, 'bic'))
        ? null
        : err('bic', 'Le code BIC doit comporter 8 ou 11 caractères, par exemple BNPAFRPP.'),
  ],
  recapitulatif: () => [],
  'rendez-vous': (v) => [
    required(v, 'creneau', 'Choisissez un créneau.'),
    get(v, 'certifie') === 'oui'
      ? null
      : err('certifie', 'Cochez la case pour certifier l’exactitude des informations.'),
  ],
};

/** The errors of `step` with `values` at the practice day `today` (none: the step can be left). */
export function validateStep(step: FormStep, values: Values, today: Date): FormError[] {
  return checks[step](values, today).filter((e): e is FormError => e !== null);
}
