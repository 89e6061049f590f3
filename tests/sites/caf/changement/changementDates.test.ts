// @vitest-environment node
/**
 * The effective date of a change, checked against the practice day: the format JJ/MM/AAAA, a real
 * day, no birth or life as a couple in the future, a move or a new job at most 30 days ahead, and
 * nothing more than 2 years back; the postcode and its communes, the rent and the partner's NIR.
 */
import { describe, expect, it } from 'vitest';
import {
  changeDateError,
  communesOf,
  nirError,
  postcodeError,
  rentError,
} from '../../../../src/sites/caf/changement/validateChangement.ts';

const today = new Date(2026, 11, 1, 10, 0);

describe('the date of a change, on the practice day 01/12/2026', () => {
  it('asks for JJ/MM/AAAA and a real day', () => {
    expect(changeDateError('', 'naissance', today)).toBe('Ce champ est obligatoire.');
    expect(changeDateError('24/11/26', 'naissance', today)).toBe('La date doit être au format JJ/MM/AAAA.');
    expect(changeDateError('2026-11-24', 'naissance', today)).toBe('La date doit être au format JJ/MM/AAAA.');
    expect(changeDateError('31/11/2026', 'naissance', today)).toBe('Cette date n’existe pas.');
    expect(changeDateError('24/11/2026', 'naissance', today)).toBeNull();
    expect(changeDateError(' 1/12/2026 ', 'naissance', today)).toBeNull();
  });

  it('refuses a birth or a life as a couple after the practice day', () => {
    expect(changeDateError('02/12/2026', 'naissance', today)).toBe(
      'La date de naissance ne peut pas être postérieure à la date du jour.',
    );
    expect(changeDateError('02/12/2026', 'couple', today)).toBe(
      'La date ne peut pas être postérieure à la date du jour.',
    );
  });

  it('takes a move or a new job announced up to 30 days ahead, not more', () => {
    expect(changeDateError('31/12/2026', 'demenagement', today)).toBeNull();
    expect(changeDateError('31/12/2026', 'emploi', today)).toBeNull();
    expect(changeDateError('01/01/2027', 'demenagement', today)).toBe(
      'La date ne peut pas être postérieure de plus de 30 jours à la date du jour.',
    );
  });

  it('refuses a change more than 2 years back', () => {
    expect(changeDateError('21/11/2023', 'demenagement', today)).toBe(
      'La date ne peut pas être antérieure de plus de 2 ans.',
    );
    expect(changeDateError('21/11/2024', 'demenagement', today)).toBeNull();
  });
});

describe('the other fields of a change', () => {
  it('offers the communes of a known postcode', () => {
    expect(communesOf('94200')).toEqual(['Ivry-sur-Seine']);
    expect(communesOf('942')).toEqual([]);
    expect(postcodeError('94200')).toBeNull();
    expect(postcodeError('942')).toBe('Le code postal doit comporter 5 chiffres.');
  });

  it('reads a rent and checks a NIR’s key', () => {
    expect(rentError('690,00')).toBeNull();
    expect(rentError('0')).toBe('Le montant du loyer doit être supérieur à 0.');
    expect(nirError('183019935001772')).toBeNull();
    expect(nirError('183019935001773')).toBe('Le numéro de sécurité sociale est incorrect.');
    expect(nirError('1830199350017')).toBe('Le numéro de sécurité sociale doit comporter 15 caractères.');
  });
});
