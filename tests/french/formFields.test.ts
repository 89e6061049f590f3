// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  ageOn,
  birthDateError,
  compareMonths,
  formatPhone,
  isValidEmail,
  isValidPhone,
  maskEmail,
  normalisePostcode,
  parseMonthYear,
} from '../../src/french/index.ts';

describe('phone numbers', () => {
  it('takes 10 digits starting with 0, spaced, dotted or with +33', () => {
    for (const phone of ['06 12 34 56 78', '0612345678', '06.12.34.56.78', '+33 6 12 34 56 78', '01 49 33 00 00'])
      expect(isValidPhone(phone), phone).toBe(true);
    expect(formatPhone('+33612345678')).toBe('06 12 34 56 78');
  });
  it('refuses another length, a first digit other than 0, 00 and letters', () => {
    for (const phone of ['06 12 34 56 7', '6 12 34 56 78', '00 12 34 56 78', '06 12 34 56 7a', ''])
      expect(isValidPhone(phone), phone).toBe(false);
  });
});

describe('e-mail addresses', () => {
  it('needs one @ and a domain with a dot', () => {
    expect(isValidEmail('lucas.martin@messagerie-entrainement.fr')).toBe(true);
    expect(isValidEmail(' lucas@exemple.fr ')).toBe(true);
    for (const email of ['lucas.martin', 'lucas@exemple', 'lucas martin@exemple.fr', '@exemple.fr', 'a@b@c.fr'])
      expect(isValidEmail(email), email).toBe(false);
    expect(maskEmail('lucas@exemple.fr')).toBe('l•••@exemple.fr');
  });
});

describe('postcodes', () => {
  it('are 5 digits, spaces forgiven', () => {
    expect(normalisePostcode('93 200')).toBe('93200');
    expect(normalisePostcode('9320')).toBeNull();
    expect(normalisePostcode('2A000')).toBeNull();
  });
});

describe('dates of birth', () => {
  const today = new Date(2026, 11, 1); // 1 December 2026
  it('counts whole years', () => {
    expect(ageOn({ day: 17, month: 5, year: 2003 }, today)).toBe(23);
    expect(ageOn({ day: 2, month: 12, year: 2010 }, today)).toBe(15);
    expect(ageOn({ day: 1, month: 12, year: 2010 }, today)).toBe(16);
  });
  it('says what is wrong: empty, format, impossible day, future, too young', () => {
    expect(birthDateError('17/05/2003', today)).toBeNull();
    expect(birthDateError('', today)).toBe('Saisissez votre date de naissance.');
    expect(birthDateError('17-05-2003', today)).toBe(
      'La date de naissance doit être au format JJ/MM/AAAA, par exemple 25/01/1990.',
    );
    expect(birthDateError('31/04/2003', today)).toBe('Cette date n’existe pas. Vérifiez le jour et le mois.');
    expect(birthDateError('29/02/2003', today)).toBe('Cette date n’existe pas. Vérifiez le jour et le mois.');
    expect(birthDateError('29/02/2004', today)).toBeNull();
    expect(birthDateError('02/12/2026', today)).toBe('La date de naissance ne peut pas être dans le futur.');
    expect(birthDateError('02/12/2010', today)).toBe('Vous devez avoir au moins 16 ans pour vous inscrire.');
    expect(birthDateError('01/01/1890', today)).toBe('Vérifiez l’année de naissance.');
  });
});

describe('months typed MM/AAAA', () => {
  it('reads and compares them', () => {
    expect(parseMonthYear('06/2026')).toEqual({ month: 6, year: 2026 });
    expect(parseMonthYear('6/2026')).toEqual({ month: 6, year: 2026 });
    expect(parseMonthYear('13/2026')).toBeNull();
    expect(parseMonthYear('06/26')).toBeNull();
    expect(compareMonths({ month: 6, year: 2026 }, { month: 11, year: 2026 })).toBeLessThan(0);
  });
});
