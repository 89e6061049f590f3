// @vitest-environment node
/**
 * The declaration's data for the CAF site: every place and link names targets that exist, the
 * reducer keeps details and proof per change, and the way back (`planWayBack`, on the CAF's
 * whole map) reaches each page from Mon Compte, by Mon profil's « Modifier ».
 */
import { describe, expect, it } from 'vitest';
import { links, places } from '../../../../src/sites/caf/changement/changementNavigation.ts';
import {
  changementFlags,
  changementPlace,
  changementReducer,
  initialChangement,
} from '../../../../src/sites/caf/changement/changementReducer.ts';
import { cafNavigation } from '../../../../src/sites/caf/navigation.ts';
import { cafTargets } from '../../../../src/sites/caf/targets.ts';
import { planWayBack } from '../../../../src/sites/framework/planWayBack.ts';
import { matchesPattern } from '../../../../src/sites/framework/targetPattern.ts';

const ids = Object.keys(cafTargets);
const matches = (pattern: string) => ids.filter((id) => matchesPattern(pattern, id));
const file = {
  name: 'bail-ivry-sur-seine.pdf',
  format: 'pdf',
  sizeKb: 420,
  pages: 1,
  quality: 'nette',
  description: 'Bail',
} as const;

describe('the declaration’s places and links', () => {
  it('names targets that exist, and places the CAF map knows', () => {
    for (const [place, spec] of Object.entries(places))
      for (const pattern of spec.targets) expect(matches(pattern), `${place}: ${pattern}`).not.toEqual([]);
    for (const link of links) {
      expect(Object.keys(cafNavigation.places)).toContain(link.to);
      for (const from of link.from) expect(Object.keys(cafNavigation.places)).toContain(from);
      for (const step of link.steps) expect(matches(step.target), step.target).not.toEqual([]);
    }
  });

  it('keeps a details page’s fields apart from its proof and summary', () => {
    expect(places['changement-naissance']?.targets).toContain('caf.changement.naissance.date');
    expect(places['changement-naissance']?.targets).not.toContain('caf.changement.naissance.valider');
    expect(places['changement-naissance-recap']?.targets).toContain('caf.changement.naissance.valider');
  });

  it('leads from Mon Compte to a birth’s details: Mon profil, « Modifier », the choice, « Suivant »', () => {
    const way = planWayBack(cafNavigation, 'caf.changement.naissance.date', {
      places: ['espace'],
      flags: ['signed-in'],
    });
    expect(way?.map((l) => l.to)).toEqual(['changement-choix', 'changement-naissance']);
    expect(way?.[1]?.steps[0]).toEqual({ action: 'choose', target: 'caf.changement.type', value: 'equals:naissance' });
  });

  it('reaches the summary only once the details and the proof are kept', () => {
    const state = { places: ['profil'], flags: ['signed-in'] };
    expect(planWayBack(cafNavigation, 'caf.changement.demenagement.valider', state)).toBeNull();
    const way = planWayBack(cafNavigation, 'caf.changement.demenagement.valider', {
      ...state,
      flags: ['signed-in', 'changement-demenagement-saved', 'changement-demenagement-justificatif'],
    });
    expect(way?.map((l) => l.to)).toEqual([
      'changement-choix',
      'changement-demenagement',
      'changement-demenagement-justificatif',
      'changement-demenagement-recap',
    ]);
  });
});

describe('the declaration’s state', () => {
  it('keeps details and proof per change, and clears them once sent', () => {
    let s = changementReducer(initialChangement, { type: 'choose', value: 'demenagement' });
    s = changementReducer(s, { type: 'start' });
    expect(changementPlace(s)).toBe('changement-demenagement');
    s = changementReducer(s, { type: 'save-details', details: { adresse: '5 rue Victor Hugo' } });
    s = changementReducer(s, { type: 'proof', file });
    expect(changementFlags(s)).toEqual([
      'changement-demenagement',
      'changement-demenagement-saved',
      'changement-demenagement-justificatif',
    ]);
    s = changementReducer(s, { type: 'to-recap' });
    expect(changementPlace(s)).toBe('changement-demenagement-recap');
    s = changementReducer(s, { type: 'submit', reference: 'CHG-2026-123456', at: 1 });
    expect(changementPlace(s)).toBe('changement-confirmation');
    expect(changementFlags(s)).toEqual(['changement-envoye']);
    expect(s.sent[0]).toMatchObject({ type: 'demenagement', proof: 'bail-ivry-sur-seine.pdf' });
  });

  it('does not reach the summary without a proof', () => {
    let s = changementReducer(initialChangement, { type: 'choose', value: 'naissance' });
    s = changementReducer(changementReducer(s, { type: 'start' }), { type: 'save-details', details: {} });
    expect(changementPlace(changementReducer(s, { type: 'to-recap' }))).toBe('changement-naissance-justificatif');
  });
});
