/** The run sheet's times from 0, and the look-alike read from a target label. */
import { describe, expect, it } from 'vitest';
import { clockOf, segmentTimes } from '../../../src/advisor/handouts/segmentTimes.ts';
import { targetSketch } from '../../../src/advisor/handouts/targetSketch.ts';

describe('segmentTimes', () => {
  it('starts at 0:00 and adds up the durations', () => {
    expect(segmentTimes([10, 20, 45, 35]).map((time) => time.label)).toEqual([
      '0:00 – 0:10',
      '0:10 – 0:30',
      '0:30 – 1:15',
      '1:15 – 1:50',
    ]);
    expect(clockOf(125)).toBe('2:05');
    expect(segmentTimes([])).toEqual([]);
  });
});

describe('targetSketch', () => {
  it('draws the control the label names, with its quoted words and the rest as detail', () => {
    expect(targetSketch('Bouton « Mon Compte »', 'click')).toEqual({ kind: 'button', text: 'Mon Compte' });
    expect(targetSketch('Champ « Montant »', 'fill')).toEqual({ kind: 'field', text: 'Montant' });
    expect(targetSketch('Message « Votre code de connexion » de la CAF', 'click')).toEqual({
      kind: 'message',
      text: 'Votre code de connexion',
      detail: 'de la CAF',
    });
    expect(targetSketch('Case « Je certifie sur l’honneur… »', 'check').kind).toBe('checkbox');
  });

  it('falls back on the action when the label’s first word is unknown', () => {
    expect(targetSketch('Zone de dépôt', 'upload')).toEqual({ kind: 'button', text: 'Zone de dépôt' });
    expect(targetSketch('Sélecteur « Commune »', 'choose')).toEqual({ kind: 'list', text: 'Commune' });
  });
});
