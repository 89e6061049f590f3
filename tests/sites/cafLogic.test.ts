// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cafPersona, maskedEmail } from '../../src/sites/caf/cafPersona.ts';
import { dtrReducer, initialDtr, lineChange } from '../../src/sites/caf/dtrReducer.ts';
import { initialNavigation, navigationReducer } from '../../src/sites/caf/navigationReducer.ts';
import { validateLoginNir } from '../../src/sites/caf/validateLoginNir.ts';
import { amina } from './renderWithBridge.tsx';

describe('validateLoginNir', () => {
  it('accepts 13 characters of a possible NIR, with spaces or Corsica', () => {
    expect(validateLoginNir('2860375114023')).toBeNull();
    expect(validateLoginNir('2 86 03 75 114 023')).toBeNull();
    expect(validateLoginNir('253072B073004')).toBeNull();
  });
  it('answers each mistake with the site’s message', () => {
    expect(validateLoginNir('  ')).toBe('Saisissez votre numéro de sécurité sociale.');
    expect(validateLoginNir('28603A5114023')).toBe('Le numéro de sécurité sociale ne doit contenir que des chiffres.');
    expect(validateLoginNir('286037511402363')).toBe('Le numéro de sécurité sociale doit comporter 13 chiffres.');
    // 15 digits, with a right or a wrong key: the same message (no counting, no key check).
    expect(validateLoginNir('286037511402364')).toBe('Le numéro de sécurité sociale doit comporter 13 chiffres.');
    expect(validateLoginNir('253072B07300470')).toBe('Le numéro de sécurité sociale doit comporter 13 chiffres.');
    expect(validateLoginNir('253072B07300471')).toBe('Le numéro de sécurité sociale doit comporter 13 chiffres.');
    expect(validateLoginNir('28603751140')).toBe('Le numéro de sécurité sociale doit comporter 13 chiffres.');
    expect(validateLoginNir('7860375114023')).toBe(
      'Ce numéro ne permet pas de vous connecter à Mon Compte. Contactez votre Caf.',
    );
    expect(validateLoginNir('2861375114023')).toBe('Le numéro de sécurité sociale saisi n’est pas valide.');
  });
});

describe('the declaration', () => {
  const p = cafPersona(amina);
  it('is pre-filled from the persona, for both members of a couple', () => {
    const dtr = initialDtr(p);
    expect(dtr.lines.vous.m2).toEqual([
      { key: 'salaire', type: 'salaire', cents: 0, prefilled: 0, payer: 'Supermarché Les Halles du Nord' },
    ]);
    expect(dtr.lines.conjoint.m3).toEqual([
      { key: 'chomage', type: 'chomage', cents: 84560, prefilled: 84560, payer: 'France Travail' },
    ]);
    expect(dtr.submitted).toBeNull();
  });
  it('reads the persona’s amounts written the French ways, as the site reads typed ones', () => {
    const dtr = initialDtr({
      ...p,
      dtr: {
        ...p.dtr,
        pre_rempli: { vous: { m1: { salaire: '1.012,40' }, m2: { salaire: '1 012,4' }, m3: { salaire: 1012 } } },
      },
    });
    expect([dtr.lines.vous.m1, dtr.lines.vous.m2, dtr.lines.vous.m3].map((lines) => lines[0]!.cents)).toEqual([
      101240, 101240, 101200,
    ]);
  });
  it('shows no partner for a single person', () => {
    const dtr = initialDtr({ ...p, situation: 'seule' });
    expect(dtr.lines.conjoint.m1).toEqual([]);
  });
  it('marks modified lines with their reason and proof, and added lines after the others', () => {
    const change = { reason: 'montant-errone', proof: 'bulletin-aout-2026.pdf' } as const;
    let dtr = dtrReducer(initialDtr(p), {
      type: 'modify',
      member: 'vous',
      month: 'm2',
      key: 'salaire',
      cents: 101240,
      ...change,
    });
    expect(dtr.lines.vous.m2[0]).toMatchObject({
      cents: 101240,
      prefilled: 0,
      change,
      payer: 'Supermarché Les Halles du Nord',
    });
    expect(lineChange(dtr.lines.vous.m2[0]!)).toBe('modifie');
    dtr = dtrReducer(dtr, { type: 'add', member: 'conjoint', month: 'm3', resource: 'independant', cents: 32000 });
    expect(dtr.lines.conjoint.m3.map(lineChange)).toEqual([null, 'ajoute']);
  });
  it('keeps one salary line per employer: pre-filled from a list, or added as a second line', () => {
    const two = [
      { montant: '600,00', payeur: 'Supermarché Les Halles du Nord' },
      { montant: '212,50', payeur: 'Net Services 93' },
    ];
    let dtr = initialDtr({ ...p, dtr: { ...p.dtr, pre_rempli: { vous: { m3: { salaire: two } } } } });
    expect(dtr.lines.vous.m3.map((l) => [l.key, l.cents, l.payer])).toEqual([
      ['salaire', 60000, 'Supermarché Les Halles du Nord'],
      ['salaire-2', 21250, 'Net Services 93'],
    ]);
    dtr = dtrReducer(dtr, { type: 'add', member: 'vous', month: 'm3', resource: 'salaire', cents: 5000 });
    expect(dtr.lines.vous.m3.map((l) => l.key)).toEqual(['salaire', 'salaire-2', 'salaire-3']);
    // No fourth line of a kind in a month (the form says so).
    expect(dtrReducer(dtr, { type: 'add', member: 'vous', month: 'm3', resource: 'salaire', cents: 1 })).toBe(dtr);
  });
  it('keeps the answer to « … d’autres ressources ? » per member', () => {
    const dtr = dtrReducer(initialDtr(p), { type: 'others', member: 'conjoint', answer: 'oui' });
    expect(dtr.others).toEqual({ conjoint: 'oui' });
  });
  it('says which persona field is missing', () => {
    expect(() => cafPersona({ id: 'x', prenom: 'X' })).toThrow(
      'The CAF practice site needs `email` in persona "x": add it to content/personas/x.yaml.',
    );
    expect(() => initialDtr({ ...p, dtr: { ...p.dtr, pre_rempli: { vous: { m1: { brut: '10' } } } } })).toThrow(
      /dtr\.pre_rempli\.vous\.m1\.brut: use a type among salaire/,
    );
  });
  it('masks the e-mail address', () => {
    expect(maskedEmail(p.email)).toBe('a•••@messagerie-entrainement.fr');
  });
});

describe('navigation', () => {
  it('keeps the pages of Mon Compte behind the login and the code', () => {
    let nav = navigationReducer(initialNavigation, { type: 'go', page: 'espace' });
    expect(nav.page).toBe('login');
    nav = navigationReducer(nav, { type: 'go', page: 'code' });
    expect(nav.page).toBe('login');
    nav = navigationReducer(nav, { type: 'password-ok' });
    expect(navigationReducer(nav, { type: 'go', page: 'espace' }).page).toBe('login');
    nav = navigationReducer(nav, { type: 'code-ok' });
    expect(nav).toMatchObject({ page: 'espace', auth: 'in', loggedOut: false });
    expect(navigationReducer(nav, { type: 'logout' })).toEqual({
      page: 'home',
      auth: 'out',
      loggedOut: true,
      history: [],
    });
  });
});
