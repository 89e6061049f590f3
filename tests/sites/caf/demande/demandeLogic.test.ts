// @vitest-environment node
/**
 * The claim's rules: the months asked, the messages for amounts, IBAN, BIC and files (worded as
 * the site words them, never counting what was typed), the reducer and its flags, and the map:
 * every place and link names targets that exist, and the way back reaches each page; Nadia's
 * figures for the lesson agree with her papers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseAmount } from '../../../../src/french/index.ts';
import { readPath } from '../../../../src/lesson/readPath.ts';
import type { Persona } from '../../../../src/lesson/types.ts';
import { estimatePrimeActivite } from '../../../../src/sites/caf/primeActivite/index.ts';
import { createPracticeClock, practiceNow } from '../../../../src/lesson/practiceClock.ts';
import type { PracticeFile } from '../../../../src/lesson/practiceFiles.ts';
import { checkJustificatif } from '../../../../src/sites/caf/demande/checkJustificatif.ts';
import { links, places } from '../../../../src/sites/caf/demande/demandeNavigation.ts';
import { maskedIban } from '../../../../src/sites/caf/demande/demandeReceipt.ts';
import {
  demandeFlags,
  demandePages,
  demandeReducer,
  initialDemande,
} from '../../../../src/sites/caf/demande/demandeReducer.ts';
import { demandeTargets } from '../../../../src/sites/caf/demande/demandeTargets.ts';
import { bicError, ibanError, resourceError } from '../../../../src/sites/caf/demande/validateDemande.ts';
import { cafNavigation } from '../../../../src/sites/caf/navigation.ts';
import { referenceMonths } from '../../../../src/sites/caf/simulateur/referenceMonths.ts';
import { cafTargets } from '../../../../src/sites/caf/targets.ts';
import { matchesPattern } from '../../../../src/sites/framework/targetPattern.ts';

const ids = Object.keys(cafTargets);
const matches = (pattern: string) => ids.filter((id) => matchesPattern(pattern, id));

describe('the claim’s months and messages', () => {
  it('asks the three months before the practice month, oldest first', () => {
    const at = practiceNow(createPracticeClock('2026-10-05', Date.now()));
    expect(referenceMonths(at)).toEqual(['Juillet 2026', 'Août 2026', 'Septembre 2026']);
    // The lesson's day: Nadia's claim on 3 December asks September, October and November.
    const december = practiceNow(createPracticeClock('2026-12-03', Date.now()));
    expect(referenceMonths(december)).toEqual(['Septembre 2026', 'Octobre 2026', 'Novembre 2026']);
    // Across a year: in January, October to December of the year before.
    const january = practiceNow(createPracticeClock('2027-01-04', Date.now()));
    expect(referenceMonths(january)).toEqual(['Octobre 2026', 'Novembre 2026', 'Décembre 2026']);
  });

  it('takes an empty line as nothing received, and refuses what is not an amount', () => {
    expect(resourceError('')).toBeNull();
    expect(resourceError('1 012,40')).toBeNull();
    expect(resourceError('1012.40')).toBeNull();
    expect(resourceError('-5')).toBe('Le montant ne peut pas être négatif.');
    expect(resourceError('mille')).toBe('Le montant doit être un nombre, sans lettres, par exemple 1 250,50.');
  });

  it('checks the IBAN with its key, and says what is wrong without counting', () => {
    expect(ibanError('')).toBe('Saisissez votre IBAN.');
    expect(ibanError('FR76 1789 9009 1200 0731 5429 811')).toBeNull();
    expect(ibanError('fr76-1789-9009-1200-0731-5429-811')).toBeNull();
    // Without its last 2 characters (the RIB key): incomplete.
    expect(ibanError('FR76 1789 9009 1200 0731 5429 8')).toBe(
      'L’IBAN saisi est incomplet ou trop long. Un IBAN français comporte 27 caractères.',
    );
    expect(ibanError('FR76 1789 9009 1200 0731 5429 812')).toBe(
      'Cet IBAN n’est pas valide. Vérifiez-le sur votre RIB.',
    );
    expect(ibanError('17899 00912 00073154298 11')).toBe(
      'Saisissez l’IBAN d’un compte ouvert en France : il commence par FR.',
    );
    expect(ibanError('FR76 1789 9009 1200 0731 5429 8*1')).toBe(
      'L’IBAN ne doit contenir que des lettres et des chiffres.',
    );
  });

  it('checks the BIC', () => {
    expect(bicError('')).toBe('Saisissez le BIC de votre banque.');
    expect(bicError('bentfrppxxx')).toBeNull();
    expect(bicError('BENTFR')).toBe('Le BIC n’est pas valide. Il comporte 8 ou 11 caractères et figure sur votre RIB.');
  });

  it('takes PDF, JPG and PNG up to 5 Mo, a blurred photo too', () => {
    const file = (name: string, format: PracticeFile['format'], sizeKb: number): PracticeFile => ({
      name,
      format,
      sizeKb,
      pages: 1,
      quality: 'nette',
      description: '',
    });
    expect(checkJustificatif(file('a.pdf', 'pdf', 170))).toBeNull();
    expect(checkJustificatif({ ...file('b.jpg', 'jpg', 2400), quality: 'floue' })).toBeNull();
    expect(checkJustificatif(file('c.docx', 'docx', 40))).toBe(
      'Le fichier « c.docx » n’est pas dans un format accepté. Formats acceptés : PDF, JPG, PNG.',
    );
    expect(checkJustificatif(file('d.pdf', 'pdf', 11_800))).toBe(
      'Le fichier « d.pdf » (11,8 Mo) dépasse la taille maximale de 5 Mo.',
    );
  });

  it('masks the IBAN on the receipt but its first 4 and last 3 characters', () => {
    expect(maskedIban('FR7617899009120007315429811')).toBe('FR76 **** **** **** **** **** 811');
  });
});

describe('the claim’s state', () => {
  it('keeps a page’s values with « Suivant », adds and removes files, and is sent once', () => {
    let state = demandeReducer(initialDemande(), {
      type: 'save',
      values: { foyerExact: 'oui' },
      next: 'demande-ressources-vous',
    });
    expect(state).toMatchObject({ foyerExact: 'oui', page: 'demande-ressources-vous' });
    const file: PracticeFile = { name: 'a.pdf', format: 'pdf', sizeKb: 1, pages: 1, quality: 'nette', description: '' };
    state = demandeReducer(state, { type: 'add-file', file });
    state = demandeReducer(state, { type: 'add-file', file: { ...file, name: 'b.pdf' } });
    state = demandeReducer(state, { type: 'remove-file', index: 0 });
    expect(state.fichiers.map((f) => f.name)).toEqual(['b.pdf']);
    expect(demandeFlags(state)).toEqual([]);
    state = demandeReducer(state, { type: 'submit', reference: 'PA-2026-1', at: 1 });
    expect(state.page).toBe('demande-confirmation');
    expect(demandeFlags(state)).toEqual(['demande-envoyee']);
    // « Refaire la demande » (practice only): from the start, with what was sent kept in the pages.
    state = demandeReducer(state, { type: 'redo' });
    expect(state).toMatchObject({ page: 'demande-intro', submitted: null, foyerExact: 'oui' });
    expect(state.fichiers.map((f) => f.name)).toEqual(['b.pdf']);
    expect(demandeFlags(state)).toEqual(['demande-refaite']);
  });
});

describe('the claim’s targets and map', () => {
  it('has a place for every page, each naming targets that exist', () => {
    expect(Object.keys(places).sort()).toEqual([...demandePages].sort());
    for (const [place, spec] of Object.entries(places))
      for (const pattern of spec.targets) expect(matches(pattern), `${place}: ${pattern}`).not.toEqual([]);
  });

  it('links places of the CAF’s map, through targets that exist', () => {
    const known = Object.keys(cafNavigation.places);
    for (const link of links) {
      expect(known).toContain(link.to);
      for (const from of link.from) expect(known).toContain(from);
      for (const step of link.steps) expect(matches(step.target), step.target).not.toEqual([]);
    }
  });

  it('is in the CAF’s targets and map', () => {
    for (const id of Object.keys(demandeTargets)) expect(ids).toContain(id);
    for (const page of demandePages) expect(Object.keys(cafNavigation.places)).toContain(page);
    expect(demandeTargets['caf.demande.ressources.conjoint.m3.independant'].label).toBe(
      'Champ « Revenus d’une activité indépendante » (votre conjoint, le mois dernier)',
    );
  });
});

const nadia = parse(readFileSync('content/personas/nadia.yaml', 'utf8')) as Persona;

describe('Nadia’s claim (the lesson caf-demander-prime-activite)', () => {
  const cents = (value: unknown) => parseAmount(String(value))!;
  const claim = nadia.prime_activite as Record<'m1' | 'm2' | 'm3', { mois: string; salaires: string; chomage: string }>;

  it('declares, each month, her two employers’ net social pay added up', () => {
    const employers = (path: string) =>
      (readPath(nadia, path) as { net_social: string }[]).reduce((sum, e) => sum + cents(e.net_social), 0);
    expect(cents(claim.m1.salaires)).toBe(employers('bulletins.m1.employeurs'));
    expect(cents(claim.m2.salaires)).toBe(employers('bulletins.m2.employeurs'));
    expect(cents(claim.m3.salaires)).toBe(employers('bulletins_du_mois.employeurs'));
    expect([claim.m1.mois, claim.m2.mois, readPath(nadia, 'bulletins_du_mois.mois')]).toEqual(
      referenceMonths(practiceNow(createPracticeClock('2026-12-03', Date.now()))),
    );
  });

  it('declares the chômage in the month France Travail paid it, net', () => {
    const paid = readPath(nadia, 'france_travail.paiements') as { net: string; paye_le: string }[];
    const inMonth = (month: number) =>
      paid.filter((p) => p.paye_le.endsWith(`/${String(month).padStart(2, '0')}/2026`)).map((p) => cents(p.net));
    expect([inMonth(9), inMonth(10), inMonth(11)]).toEqual([
      [cents(claim.m1.chomage)],
      [cents(claim.m2.chomage)],
      [cents(claim.m3.chomage)],
    ]);
  });

  it('is worth making: the simulator’s scale gives her about 129 € a month', () => {
    const months = ['m1', 'm2', 'm3'] as const;
    const estimate = estimatePrimeActivite({
      at: practiceNow(createPracticeClock('2026-12-03', Date.now())),
      couple: false,
      children: 0,
      housing: 'locataire',
      // Her aide au logement is more than the forfait logement, so the forfait is taken off whole.
      housingBenefit: 250,
      adults: [
        {
          professional: months.map((m) => cents(claim[m].salaires) / 100) as [number, number, number],
          other: months.map((m) => cents(claim[m].chomage) / 100) as [number, number, number],
        },
      ],
    });
    expect(estimate.eligible).toBe(true);
    expect(estimate.amount).toBe(128.73);
  });
});
