// @vitest-environment node
/**
 * The declaration's part of the CAF map: every place and link names targets that exist, and the
 * way to the review answers « … d'autres ressources ? » only when it is not answered yet.
 */
import { describe, expect, it } from 'vitest';
import { cafNavigation } from '../../../../src/sites/caf/navigation.ts';
import { cafTargets } from '../../../../src/sites/caf/targets.ts';
import { matchesPattern } from '../../../../src/sites/framework/targetPattern.ts';
import { planWayBack } from '../../../../src/sites/framework/planWayBack.ts';

const ids = Object.keys(cafTargets);
const matches = (pattern: string) => ids.filter((id) => matchesPattern(pattern, id));
const dtrPlaces = Object.keys(cafNavigation.places).filter((place) => place.startsWith('dtr-'));
const way = (from: string, goal: string, flags: string[] = []) =>
  planWayBack(cafNavigation, goal, { places: [from], flags: ['signed-in', ...flags] })?.flatMap((link) =>
    link.steps.map((s) => `${s.action} ${s.target}${s.value ? ` ${s.value}` : ''}`),
  );

describe('the declaration’s places and links', () => {
  it('has a place for each page and panel, children’s pages included, naming targets that exist', () => {
    expect(dtrPlaces.sort()).toEqual(
      [
        'dtr-add',
        'dtr-confirmation',
        'dtr-conjoint',
        'dtr-edit',
        'dtr-enfant1',
        'dtr-enfant2',
        'dtr-intro',
        'dtr-review',
        'dtr-vous',
      ].sort(),
    );
    for (const place of dtrPlaces)
      for (const pattern of cafNavigation.places[place]!.targets)
        expect(matches(pattern), `${place}: ${pattern}`).not.toEqual([]);
    for (const link of cafNavigation.links.filter((l) => l.to.startsWith('dtr-')))
      for (const step of link.steps) expect(matches(step.target), step.target).not.toEqual([]);
  });

  it('answers « Non » on the way to the review only when the page’s question is not answered', () => {
    expect(way('dtr-vous', 'caf.dtr.review.certify', ['dtr-vous-repondu'])).toEqual(['click caf.dtr.next']);
    expect(way('dtr-vous', 'caf.dtr.review.certify')).toEqual([
      'choose caf.dtr.vous.autres equals:non',
      'click caf.dtr.next',
    ]);
    expect(way('dtr-review', 'caf.dtr.enfant1.m3.ajouter')).toEqual(['click caf.dtr.previous']);
  });

  it('names a second and third salary line of a month, for a second employer', () => {
    expect((cafTargets as Record<string, { label: string }>)['caf.dtr.vous.m3.salaire-2.modifier']?.label).toBe(
      'Bouton « Modifier » du montant salaire-2 (vous, m3)',
    );
    expect(matches('caf.dtr.*.modifier')).toContain('caf.dtr.enfant1.m1.salaire-3.modifier');
  });
});
