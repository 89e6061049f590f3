// @vitest-environment node
/**
 * The navigation map of the update and the documents, as merged into the France Travail site:
 * every target has a place, every place has a way back to « Mon espace », and the ways back
 * follow the answers (flags) without losing a learner's figures.
 */
import { describe, expect, it } from 'vitest';
import { planWayBack } from '../../../src/sites/framework/planWayBack.ts';
import { matchesAny } from '../../../src/sites/framework/targetPattern.ts';
import { actualisationPlaces, actualisationTargets } from '../../../src/sites/france-travail/actualisation/index.ts';
import { franceTravail } from '../../../src/sites/france-travail/index.ts';

const navigation = franceTravail.navigation;
const a = (path: string) => `france-travail.actualisation.${path}`;
/** The targets clicked or chosen along the way, with their values. */
const way = (place: string, flags: string[], goal: string) =>
  planWayBack(navigation, goal, { places: [place], flags: ['signed-in', ...flags] })?.flatMap((link) =>
    link.steps.map((s) => (s.value ? `${s.target}=${s.value}` : s.target)),
  ) ?? null;

describe('the navigation map of the update and the documents', () => {
  it('places every target of theirs', () => {
    const places = Object.values(actualisationPlaces);
    const homeless = Object.keys(actualisationTargets).filter((t) => !places.some((p) => matchesAny(p.targets, t)));
    expect(homeless).toEqual([]);
  });

  it('leads back to « Mon espace » from each of their places', () => {
    for (const place of Object.keys(actualisationPlaces)) {
      const flags = place === 'actualisation-enregistree' ? ['actualisation-validee'] : [];
      expect(way(place, flags, 'france-travail.espace.actualiser'), place).not.toBeNull();
    }
  });

  it('opens the update from « Mon espace », according to the window and what was sent', () => {
    expect(way('espace', [], a('travail'))).toEqual(['france-travail.espace.actualiser']);
    expect(way('espace', ['actualisation-validee'], a('justificatifs'))).toEqual([
      'france-travail.espace.revoir-actualisation',
    ]);
    expect(way('espace', ['actualisation-fermee'], a('travail'))).toBeNull();
  });

  it('once sent, « Refaire l’actualisation » of Mon espace (practice only) leads to the questions, and « Valider » again to the steps after it', () => {
    expect(way('espace', ['actualisation-validee'], a('recherche'))).toEqual([
      'france-travail.espace.refaire-actualisation',
    ]);
    expect(
      way(
        'actualisation-questions',
        ['actualisation-refaite', 'actualisation-employeurs-complets'],
        a('justificatifs'),
      ),
    ).toEqual([a('questions.suivant'), a('valider')]);
  });

  it('the « Non → summary » way is not taken once an employer field is typed', () => {
    expect(
      way('actualisation-employeurs', ['actualisation-activite', 'actualisation-employeurs-saisis'], a('valider')),
    ).toBeNull();
  });

  it('reaches an employer’s field with « Oui » to work', () => {
    expect(way('espace', [], a('employeur.1.heures'))).toEqual([
      'france-travail.espace.actualiser',
      `${a('travail')}=equals:oui`,
      a('questions.suivant'),
    ]);
  });

  it('reaches « Valider » through the employers when their fields are right, never by answering « Non »', () => {
    expect(
      way('actualisation-questions', ['actualisation-activite', 'actualisation-employeurs-complets'], a('valider')),
    ).toEqual([a('questions.suivant'), a('employeurs.suivant')]);
  });

  it('reaches « Valider » with « Non » to work when no employer is filled in', () => {
    expect(way('actualisation-employeurs', ['actualisation-activite'], a('valider'))).toEqual([
      a('employeurs.precedent'),
      `${a('travail')}=equals:non`,
      a('questions.suivant'),
    ]);
  });

  it('goes through the end-of-search page after « Non » to still looking', () => {
    expect(way('actualisation-questions', ['actualisation-fin-recherche'], a('valider'))).toEqual([
      a('questions.suivant'),
      a('fin-recherche.confirmer'),
    ]);
  });

  it('once sent, leads to the documents, or (practice only) to the update again', () => {
    expect(
      way(
        'actualisation-enregistree',
        ['actualisation-validee', 'actualisation-activite'],
        'france-travail.documents.envoyer',
      ),
    ).toEqual([a('justificatifs')]);
    expect(way('actualisation-enregistree', ['actualisation-validee'], a('recherche'))).toEqual([a('refaire')]);
  });

  it('leads from the confirmation of a sending to a new one', () => {
    expect(way('documents-envoye', [], 'france-travail.documents.parcourir')).toEqual([
      'france-travail.documents.autre',
    ]);
    expect(way('documents-apercu', [], 'france-travail.documents.envoyer')).toEqual([
      'france-travail.documents.apercu.autre',
    ]);
  });

  it('leads back to a file left in its preview from Mon espace', () => {
    expect(way('espace', ['documents-apercu'], 'france-travail.documents.apercu.lisible')).toEqual([
      'france-travail.espace.documents',
    ]);
    expect(way('espace', [], 'france-travail.documents.apercu.lisible')).toBeNull();
  });
});
