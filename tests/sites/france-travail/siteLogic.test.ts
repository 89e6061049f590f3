// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { rules, type Rule } from '../../../src/lesson/rules.ts';
import { createWorld } from '../../../src/lesson/world.ts';
import { metiers } from '../../../src/sites/france-travail/data/metiers.ts';
import { communesByPostcode } from '../../../src/sites/france-travail/data/communes.ts';
import {
  ftNavigationReducer,
  initialFtNavigation,
  type FtNavAction,
  type FtNavigation,
} from '../../../src/sites/france-travail/navigationReducer.ts';
import { appointmentSlots, slotLabel } from '../../../src/sites/france-travail/registration/appointmentSlots.ts';
import { convocationDocument } from '../../../src/sites/france-travail/registration/convocation.ts';
import { draftValidityMs, isDraftExpired } from '../../../src/sites/france-travail/registration/draft.ts';
import { givenIdentifier } from '../../../src/sites/france-travail/registration/givenIdentifier.ts';
import {
  initialInscription,
  inscriptionReducer,
  type InscriptionAction,
} from '../../../src/sites/france-travail/registration/inscriptionReducer.ts';
import { exactJobTitle, matchJobTitles } from '../../../src/sites/france-travail/registration/matchJobTitles.ts';
import { meetsPasswordRules } from '../../../src/sites/france-travail/registration/passwordRules.ts';
import { franceTravailPersona } from '../../../src/sites/france-travail/franceTravailPersona.ts';
import { personaNamed } from './siteBridge.tsx';

const day = (y: number, m: number, d: number, h = 10) => new Date(y, m - 1, d, h).getTime();

describe('navigation', () => {
  const play = (...actions: FtNavAction[]): FtNavigation => actions.reduce(ftNavigationReducer, initialFtNavigation);

  it('shows the login page for a page of the espace asked while signed out, then that page', () => {
    const nav = play({ type: 'go', page: 'inscription-banque' });
    expect(nav).toMatchObject({ page: 'login', returnTo: 'inscription-banque' });
    expect(ftNavigationReducer(nav, { type: 'signed-in' })).toMatchObject({ page: 'inscription-banque', auth: 'in' });
    expect(play({ type: 'go', page: 'login' }, { type: 'signed-in' }).page).toBe('espace');
  });

  it('after a session expired, shows the login page and comes back to the page left', () => {
    const nav = play({ type: 'go', page: 'login' }, { type: 'signed-in' }, { type: 'go', page: 'inscription-projet' });
    const expired = ftNavigationReducer(nav, { type: 'session-expired' });
    expect(expired).toMatchObject({
      page: 'login',
      auth: 'out',
      notice: 'session-expired',
      returnTo: 'inscription-projet',
    });
    expect(ftNavigationReducer(expired, { type: 'signed-in' })).toMatchObject({
      page: 'inscription-projet',
      notice: null,
    });
  });

  it('« Précédent » goes back a page, to the login page for a page of the espace once signed out', () => {
    let nav = play({ type: 'go', page: 'inscription' }, { type: 'go', page: 'eligibilite' });
    nav = ftNavigationReducer(nav, { type: 'back' });
    expect(nav).toMatchObject({ page: 'inscription', history: ['home'] });
    expect(ftNavigationReducer(initialFtNavigation, { type: 'back' })).toBe(initialFtNavigation);
    const stale: FtNavigation = { ...initialFtNavigation, page: 'home', history: ['espace'] };
    expect(ftNavigationReducer(stale, { type: 'back' })).toMatchObject({ page: 'login', returnTo: 'espace' });
  });

  it('forgets the login once signed in, and the form once registered', () => {
    let nav = play({ type: 'go', page: 'login' }, { type: 'signed-in' }, { type: 'go', page: 'inscription-donnees' });
    expect(nav.history).toEqual(['home', 'espace']);
    nav = ftNavigationReducer(nav, { type: 'go', page: 'inscription-rendez-vous' });
    nav = ftNavigationReducer(nav, { type: 'registered' });
    expect(nav.page).toBe('inscription-confirmation');
    expect(nav.history).toEqual(['home', 'espace']);
    expect(ftNavigationReducer(nav, { type: 'logout', notice: 'logged-out' })).toEqual({
      page: 'home',
      auth: 'out',
      notice: 'logged-out',
      returnTo: null,
      history: [],
    });
  });
});

describe('the registration and its draft', () => {
  const run = (...actions: InscriptionAction[]) => actions.reduce(inscriptionReducer, initialInscription);
  const active: InscriptionAction[] = [
    { type: 'create-account', email: 'l@exemple.fr', password: 'x', identifiant: '3081946K', linkId: 'l1' },
    { type: 'activate' },
  ];

  it('keeps what was saved; what was typed after the last save is lost when signing out', () => {
    const state = run(
      ...active,
      { type: 'set', field: 'nom', value: 'Martin' },
      { type: 'save', at: day(2026, 12, 1) },
      { type: 'set', field: 'prenom', value: 'Lucas' },
      { type: 'signed-out' },
    );
    expect(state.values).toEqual({ email: 'l@exemple.fr', nom: 'Martin' });
  });

  it('deletes the draft 15 days after its last save, and says so once', () => {
    const saved = run(
      ...active,
      { type: 'set', field: 'nom', value: 'Martin' },
      { type: 'save', at: day(2026, 12, 1) },
    );
    const kept = inscriptionReducer(saved, { type: 'session-start', now: day(2026, 12, 16, 9) });
    expect(kept.values.nom).toBe('Martin');
    const gone = inscriptionReducer(saved, { type: 'session-start', now: day(2026, 12, 16, 11) });
    expect(gone).toMatchObject({ draft: null, draftExpired: true, values: { email: 'l@exemple.fr' } });
    expect(inscriptionReducer(gone, { type: 'start-again' }).draftExpired).toBe(false);
    expect(draftValidityMs).toBe(15 * 24 * 3600_000);
    expect(isDraftExpired(day(2026, 12, 1), day(2026, 12, 17))).toBe(true);
  });
});

describe('job titles', () => {
  it('match whatever the accents, the case and the apostrophes', () => {
    expect(matchJobTitles('employe libre', metiers)).toEqual(['Employé / Employée de libre-service']);
    expect(matchJobTitles('AGENT D ENTRETIEN', metiers)).toContain('Agent / Agente d’entretien de locaux');
    expect(matchJobTitles('agent d’entretien', metiers)).toContain('Agent / Agente d’entretien de locaux');
    expect(matchJobTitles('e', metiers)).toEqual([]);
    expect(exactJobTitle('employé / employée de LIBRE-SERVICE', metiers)).toBe('Employé / Employée de libre-service');
    expect(exactJobTitle('vendeur', metiers)).toBeUndefined();
  });
  it('are about 150 distinct titles', () => {
    expect(new Set(metiers).size).toBe(metiers.length);
    expect(metiers.length).toBeGreaterThanOrEqual(140);
  });
});

describe('communes by postcode', () => {
  it('lists the real communes of a postcode', () => {
    expect(communesByPostcode['93200']).toEqual(['Saint-Denis']);
    expect(communesByPostcode['93120']).toEqual(['La Courneuve']);
    expect(communesByPostcode['77000']).toEqual(expect.arrayContaining(['Melun', 'La Rochette']));
    expect(communesByPostcode['13001']).toBeUndefined();
  });
});

describe('appointment slots', () => {
  it('are on working days from the day after tomorrow, two a day', () => {
    const slots = appointmentSlots(day(2026, 12, 1)); // a Tuesday
    expect(slots.map((s) => slotLabel(s.at))).toEqual([
      'jeudi 3 décembre 2026 à 09:30',
      'jeudi 3 décembre 2026 à 14:00',
      'vendredi 4 décembre 2026 à 09:30',
      'vendredi 4 décembre 2026 à 14:00',
      'lundi 7 décembre 2026 à 09:30',
      'lundi 7 décembre 2026 à 14:00',
    ]);
  });
  it('skip fixed public holidays', () => {
    // Wednesday 23 December: the day after tomorrow is Christmas, then a weekend.
    const labels = appointmentSlots(day(2026, 12, 23)).map((s) => slotLabel(s.at));
    expect(labels[0]).toBe('lundi 28 décembre 2026 à 09:30');
    expect(labels.some((l) => l.includes('25 décembre'))).toBe(false);
  });
});

describe('the personal space', () => {
  it('gets the identifier the persona says, else 7 digits and a letter from its NIR', () => {
    const lucas = franceTravailPersona(personaNamed('lucas'));
    expect(givenIdentifier(lucas)).toBe('3081946K');
    const other = { ...lucas, france_travail: {} };
    expect(givenIdentifier(other)).toMatch(/^\d{7}[A-Z]$/);
    expect(givenIdentifier(other)).toBe(givenIdentifier(other));
  });
  it('takes passwords under the same rule as `rule:strong-password`', () => {
    const world = createWorld(0);
    const strong: Rule = rules['strong-password'];
    for (const password of [
      'Canal-Saint-Denis-2026',
      'Soleil-Bleu-2026',
      'motdepasse12',
      'COURT1a',
      'Sanschiffre-Long',
    ])
      expect(meetsPasswordRules(password), password).toBe(strong.check(password, world));
    expect(meetsPasswordRules(strong.example(world))).toBe(true);
  });
});

describe('the convocation', () => {
  it('names the person, the appointment, the agency, and says it is compulsory', () => {
    const doc = convocationDocument(
      {
        civilite: 'monsieur',
        prenom: 'Lucas',
        nom: 'Martin',
        voie: '8 rue Gabriel Péri',
        codePostal: '93200',
        commune: 'Saint-Denis',
        identifiant: '3081946K',
      },
      {
        at: day(2026, 12, 1),
        slotAt: day(2026, 12, 3, 9),
        agence: 'France Travail Saint-Denis',
        adresse: '3 rue des Métiers',
      },
    );
    const text = doc.sections.flatMap((s) => [s.heading ?? '', ...s.lines]).join('\n');
    expect(doc).toMatchObject({
      id: 'ft-convocation',
      fileName: 'convocation-france-travail.pdf',
      title: 'Convocation à un entretien',
    });
    expect(text).toContain('Monsieur Lucas MARTIN');
    expect(text).toContain('Identifiant France Travail : 3081946K');
    expect(text).toContain('Vous êtes inscrit comme demandeur d’emploi depuis le 01/12/2026.');
    expect(text).toContain('Le jeudi 3 décembre 2026 à 09:00');
    expect(text).toContain('Ce rendez-vous est obligatoire');
  });
});
