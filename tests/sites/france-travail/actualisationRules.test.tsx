// @vitest-environment node
/** The rules of the monthly update and the documents: the window, whole hours, the upload checks. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { personaSchema } from '../../../src/compiler/schema/persona.ts';
import type { PracticeFile } from '../../../src/lesson/practiceFiles.ts';
import { practiceFilesOf } from '../../../src/lesson/practiceFiles.ts';
import type { Persona } from '../../../src/lesson/types.ts';
import { actualisationWindow } from '../../../src/sites/france-travail/actualisation/index.ts';
import { checkUpload } from '../../../src/sites/france-travail/actualisation/checkUpload.ts';
import { readTypedHours } from '../../../src/sites/france-travail/actualisation/readTypedHours.ts';
import { franceTravail } from '../../../src/sites/france-travail/index.ts';
import { frenchDate } from '../../../src/french/index.ts';

const at = (day: string, hour = 10) => {
  const [d, m, y] = day.split('/').map(Number);
  return new Date(y ?? 0, (m ?? 1) - 1, d, hour);
};
const summary = (day: string, hour?: number) => {
  const w = actualisationWindow(at(day, hour));
  return { open: w.open, month: w.month, from: frenchDate(w.opensOn.getTime()), to: frenchDate(w.closesOn.getTime()) };
};

describe('the update window: the 28th to the 15th (the 26th in February)', () => {
  it('is open from the 28th to the end of the month, for that month', () => {
    expect(summary('28/11/2026', 0)).toEqual({
      open: true,
      month: 'novembre 2026',
      from: '28/11/2026',
      to: '15/12/2026',
    });
    expect(summary('30/11/2026')).toEqual({ open: true, month: 'novembre 2026', from: '28/11/2026', to: '15/12/2026' });
  });

  it('stays open until the end of the 15th of the next month', () => {
    expect(summary('15/12/2026', 23)).toEqual({
      open: true,
      month: 'novembre 2026',
      from: '28/11/2026',
      to: '15/12/2026',
    });
    expect(summary('10/01/2027')).toEqual({ open: true, month: 'décembre 2026', from: '28/12/2026', to: '15/01/2027' });
  });

  it('is closed from the 16th to the 27th, and gives the next opening', () => {
    expect(summary('16/12/2026', 0)).toEqual({
      open: false,
      month: 'décembre 2026',
      from: '28/12/2026',
      to: '15/01/2027',
    });
    expect(summary('27/11/2026', 23)).toEqual({
      open: false,
      month: 'novembre 2026',
      from: '28/11/2026',
      to: '15/12/2026',
    });
  });

  it('opens on the 26th in February', () => {
    expect(summary('25/02/2027', 23).open).toBe(false);
    expect(summary('26/02/2027', 0)).toEqual({
      open: true,
      month: 'février 2027',
      from: '26/02/2027',
      to: '15/03/2027',
    });
    expect(summary('26/02/2028')).toEqual({ open: true, month: 'février 2028', from: '26/02/2028', to: '15/03/2028' });
    expect(summary('10/03/2027')).toEqual({ open: true, month: 'février 2027', from: '26/02/2027', to: '15/03/2027' });
    expect(summary('20/02/2027')).toEqual({ open: false, month: 'février 2027', from: '26/02/2027', to: '15/03/2027' });
  });
});

describe('hours worked: whole hours, without minutes', () => {
  it.each([
    ['38', 38],
    [' 21 ', 21],
    ['38h', 38],
    ['38 h', 38],
    ['38 heures', 38],
    ['38,00', 38],
    ['151.00', 151],
  ])('takes %j as %i hours', (typed, hours) => {
    expect(readTypedHours(typed)).toEqual({ hours, error: null });
  });

  it.each(['38h30', '38 h 30', '38h30min', '38:30', '38,5', '38.75', '38,50'])('refuses %j: minutes', (typed) => {
    expect(readTypedHours(typed).error).toBe('Indiquez un nombre d’heures entier, sans les minutes. Par exemple : 38.');
  });

  it('says what else is wrong', () => {
    expect(readTypedHours('').error).toBe('Saisissez le nombre d’heures travaillées.');
    expect(readTypedHours('0').error).toBe('Le nombre d’heures doit être supérieur à 0.');
    expect(readTypedHours('-4').error).toBe('Le nombre d’heures doit être supérieur à 0.');
    expect(readTypedHours('745').error).toBe('Le nombre d’heures ne peut pas dépasser 744 dans un mois.');
    expect(readTypedHours('trente-huit').error).toBe('Saisissez le nombre d’heures en chiffres. Par exemple : 38.');
  });
});

const nadia = parse(readFileSync('content/personas/nadia.yaml', 'utf8')) as Persona;
const file = (name: string): PracticeFile => {
  const found = practiceFilesOf(nadia).find((f) => f.name === name);
  if (!found) throw new Error(`nadia has no file ${name}`);
  return found;
};

describe('the upload checks (PDF, JPG, PNG; 5 Mo a file)', () => {
  it('takes a PDF payslip and a blurred photo (the preview asks whether it is readable)', () => {
    expect(checkUpload(file('bulletin-novembre-2026-ecole.pdf'))).toBeNull();
    expect(checkUpload(file('photo-bulletin-floue.jpg'))).toBeNull();
    expect(checkUpload({ ...file('photo-bulletin-floue.jpg'), name: 'x.png', format: 'png', sizeKb: 5000 })).toBeNull();
  });

  it('refuses a Word file and a HEIC photo', () => {
    expect(checkUpload(file('bulletin-novembre.docx'))).toBe(
      'Le format du fichier « bulletin-novembre.docx » n’est pas accepté. Formats acceptés : PDF, JPG, PNG.',
    );
    expect(checkUpload({ ...file('photo-bulletin-floue.jpg'), name: 'IMG_2201.heic', format: 'heic' })).toMatch(
      /n’est pas accepté/,
    );
  });

  it('refuses a file over 5 Mo, with its size', () => {
    expect(checkUpload(file('scan-bulletin-grand.pdf'))).toBe(
      'Le fichier « scan-bulletin-grand.pdf » est trop volumineux (12 Mo). La taille maximale est de 5 Mo par fichier.',
    );
    expect(checkUpload({ ...file('scan-bulletin-grand.pdf'), sizeKb: 5001 })).toMatch(/trop volumineux \(5 Mo\)/);
  });
});

describe('the persona nadia', () => {
  it('passes the compiler’s persona schema and the France Travail site’s', () => {
    const compiled = personaSchema.safeParse(nadia);
    expect(compiled.success ? [] : compiled.error.issues).toEqual([]);
    const site = z.safeParse(franceTravail.persona, nadia);
    expect(site.success ? [] : site.error.issues).toEqual([]);
  });

  it('has her two employers’ payslips, gross different from net, in whole hours', () => {
    const payslips = (nadia.bulletins_du_mois as { employeurs: Record<string, unknown>[] }).employeurs;
    expect(payslips.map((p) => [p.employeur, p.heures, p.brut])).toEqual([
      ['École Sainte-Marie', 38, '498,75'],
      ['Net Services 93', 21, '262,50'],
    ]);
    for (const p of payslips) expect(p.net_a_payer).not.toBe(p.brut);
  });
});
