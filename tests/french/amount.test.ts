// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { amountError, formatAmount, parseAmount } from '../../src/french/index.ts';
import { sameValue } from '../../src/lesson/expect.ts';

describe('parseAmount', () => {
  it.each([
    ['1 012,40', 101240],
    ['1012,40', 101240],
    ['1012.40', 101240],
    ['1.012,40', 101240],
    ['1 012,40 €', 101240],
    ['1012,40€', 101240],
    ['1\u00a0012,40\u00a0€', 101240],
    ['1\u202f012,40\u00a0€', 101240],
    ['1012', 101200],
    ['12,5', 1250],
    ['12.5', 1250],
    ['0', 0],
    ['0,00', 0],
    [' 845,60 ', 84560],
    // A dot followed by exactly three digits, and no comma, separates thousands.
    ['1.012', 101200],
    ['12.345.678', 1234567800],
    ['12.345.678,9', 1234567890],
  ])('reads %j as %i cents', (typed, cents) => {
    expect(parseAmount(typed)).toBe(cents);
  });

  it.each([
    '',
    '€',
    '1,2,3',
    '1.2.3',
    'mille',
    '12 euros',
    '12a',
    '-5',
    '1012,405',
    '1,012.40',
    '1.01,40',
    '0.500',
    '12,',
    ',50',
    '1.012.40',
  ])('refuses %j', (typed) => {
    expect(parseAmount(typed)).toBeNull();
  });
});

describe('amountError', () => {
  it('says what is wrong with a typed amount, in the site’s words', () => {
    expect(amountError('')).toBe('Saisissez un montant.');
    expect(amountError('  ')).toBe('Saisissez un montant.');
    expect(amountError('-5')).toBe('Le montant ne peut pas être négatif.');
    expect(amountError('1012,405')).toBe('Saisissez 2 chiffres au plus après la virgule, par exemple 1 250,50.');
    expect(amountError('100000')).toBe('Le montant doit être inférieur à 100 000 €.');
    expect(amountError('100.000,00')).toBe('Le montant doit être inférieur à 100 000 €.');
    expect(amountError('mille')).toBe('Le montant doit être un nombre, sans lettres, par exemple 1 250,50.');
    expect(amountError('1,2,3')).toBe('Le montant doit être un nombre, sans lettres, par exemple 1 250,50.');
  });

  it('accepts every amount the parser reads below 100 000 €', () => {
    expect(amountError('99 999,99')).toBeNull();
    expect(amountError('1.012,40 €')).toBeNull();
    expect(amountError('1.012')).toBeNull();
  });
});

describe('formatAmount', () => {
  it('prints amounts as French sites do: narrow no-break space between thousands, no-break space before €', () => {
    expect(formatAmount(101240)).toBe('1\u202f012,40\u00a0€');
    expect(formatAmount(0)).toBe('0,00\u00a0€');
    expect(formatAmount(5)).toBe('0,05\u00a0€');
    expect(formatAmount(84560)).toBe('845,60\u00a0€');
    expect(formatAmount(123456789)).toBe('1\u202f234\u202f567,89\u00a0€');
  });

  it('prints what it reads back as the same amount', () => {
    for (const cents of [0, 5, 1250, 101240, 123456789]) expect(parseAmount(formatAmount(cents))).toBe(cents);
  });
});

// `sameValue` (src/lesson/expect.ts) decides whether a value typed in a lesson is the expected one.
describe('sameValue, for a value typed in a lesson', () => {
  it('counts every way of writing an amount the site accepts as the same amount', () => {
    expect(sameValue('1.012,40', '1012,40')).toBe(true);
    expect(sameValue('1 012,40 €', '1012.4')).toBe(true);
    expect(sameValue('1\u202f012,40\u00a0€', '1012,40')).toBe(true);
    expect(sameValue('1.012', '1012,00')).toBe(true);
    expect(sameValue('1012', '1 012,00')).toBe(true);
    expect(sameValue('1.012,40', '1012,41')).toBe(false);
  });

  it('keeps the leading zeros of codes and folds only the spaces of identifiers', () => {
    expect(sameValue('012345', '12345')).toBe(false);
    expect(sameValue('012345', '012 345')).toBe(true);
    expect(sameValue('1 234 567 890 123', '1234567890123')).toBe(true);
    expect(sameValue('2 95 10 99 126 111', '2951099126111')).toBe(true);
    expect(sameValue('2.86.03.75.114.023', '2860375114023')).toBe(false);
  });

  it('keeps the case of a password', () => {
    expect(sameValue('Jasmin2026!', 'jasmin2026!')).toBe(false);
  });
});
