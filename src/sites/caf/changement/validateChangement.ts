/**
 * The declaration's checks on what the learner typed, worded as the CAF's forms word them; `null`
 * when the answer is right. Dates are checked against the practice day (`today`, from
 * `practiceNow(world.clock)`): a birth, a life as a couple or a past event cannot be in the future;
 * a move or a new job may be declared up to `daysAhead` days before it happens (30).
 */
import {
  isValidNir15,
  normaliseIdentifier,
  normalisePostcode,
  parseFrenchDate,
  readTypedAmount,
} from '../../../french/index.ts';
import { communesByPostcode } from '../../france-travail/data/communes.ts';
import type { ChangementType } from './changementReducer.ts';

/** How many days ahead a move or a new job may be declared. */
export const daysAhead = 30;
/** How far back a change may be declared, in years (older changes go through a letter). */
export const yearsBack = 2;

const dayMs = 86_400_000;
const dayOf = (d: { year: number; month: number; day: number }) => Date.UTC(d.year, d.month - 1, d.day) / dayMs;
const todayOf = (today: Date) => Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()) / dayMs;

/** A field left empty. */
export function requiredError(value: string): string | null {
  return value.trim() === '' ? 'Ce champ est obligatoire.' : null;
}

/** The effective date of a change, `JJ/MM/AAAA`, checked against the practice day. */
export function changeDateError(text: string, type: ChangementType, today: Date): string | null {
  if (text.trim() === '') return 'Ce champ est obligatoire.';
  if (!/^\s*\d{1,2}\/\d{1,2}\/\d{4}\s*$/.test(text)) return 'La date doit être au format JJ/MM/AAAA.';
  const date = parseFrenchDate(text);
  if (!date) return 'Cette date n’existe pas.';
  const offset = dayOf(date) - todayOf(today);
  const ahead = type === 'demenagement' || type === 'emploi' ? daysAhead : 0;
  if (offset > ahead)
    return ahead
      ? `La date ne peut pas être postérieure de plus de ${ahead} jours à la date du jour.`
      : type === 'naissance'
        ? 'La date de naissance ne peut pas être postérieure à la date du jour.'
        : 'La date ne peut pas être postérieure à la date du jour.';
  if (date.year < today.getFullYear() - yearsBack)
    return `La date ne peut pas être antérieure de plus de ${yearsBack} ans.`;
  return null;
}

/** A code postal of the copy's communes (Île-de-France). */
export function postcodeError(text: string): string | null {
  if (text.trim() === '') return 'Ce champ est obligatoire.';
  const code = normalisePostcode(text);
  if (!code) return 'Le code postal doit comporter 5 chiffres.';
  return communesByPostcode[code] ? null : 'Ce code postal est inconnu.';
}

/** The communes offered for a typed postcode (none until it is a known one). */
export function communesOf(text: string): readonly string[] {
  const code = normalisePostcode(text);
  return code ? (communesByPostcode[code] ?? []) : [];
}

/** The département of a postcode: `93`, `75`… */
export function departementOf(postcode: string): string {
  return (normalisePostcode(postcode) ?? postcode).slice(0, 2);
}

/** A rent in euros. */
export function rentError(text: string): string | null {
  if (text.trim() === '') return 'Ce champ est obligatoire.';
  const read = readTypedAmount(text);
  if (read.error !== null) return read.error;
  return read.cents > 0 ? null : 'Le montant du loyer doit être supérieur à 0.';
}

/** A numéro de sécurité sociale: 15 characters, its key right. */
export function nirError(text: string): string | null {
  if (text.trim() === '') return 'Ce champ est obligatoire.';
  const nir = normaliseIdentifier(text);
  if (!/^\d{15}$|^\d{5}[0-9AB]\d{8}$/i.test(nir)) return 'Le numéro de sécurité sociale doit comporter 15 caractères.';
  return isValidNir15(nir) ? null : 'Le numéro de sécurité sociale est incorrect.';
}
