// @vitest-environment node
/**
 * The CAF map knows the three ways to « Mes ressources » (the menu, the red alert while the
 * declaration is due, « Mes paiements et mes droits » → « Mes ressources »), so the guide's way
 * back works from the new page, and every target it names exists.
 */
import { describe, expect, it } from 'vitest';
import { cafNavigation } from '../../../../src/sites/caf/navigation.ts';
import { cafTargets } from '../../../../src/sites/caf/targets.ts';
import { planWayBack } from '../../../../src/sites/framework/planWayBack.ts';
import { matchesPattern } from '../../../../src/sites/framework/targetPattern.ts';

const ids = Object.keys(cafTargets);
const cafPattern = (pattern: string) => pattern.startsWith('caf.');
const way = (from: string, goal: string, flags: string[] = ['signed-in']) =>
  planWayBack(cafNavigation, goal, { places: [from], flags })?.flatMap((link) => link.steps.map((s) => s.target));

describe('the CAF map around Mon Compte', () => {
  it('names only targets the CAF declares, in its places and links', () => {
    for (const [place, spec] of Object.entries(cafNavigation.places))
      for (const pattern of spec.targets.filter(cafPattern))
        expect(
          ids.filter((id) => matchesPattern(pattern, id)),
          `${place}: ${pattern}`,
        ).not.toEqual([]);
    for (const link of cafNavigation.links)
      for (const step of link.steps.filter((s) => cafPattern(s.target)))
        expect(
          ids.filter((id) => matchesPattern(step.target, id)),
          step.target,
        ).not.toEqual([]);
  });

  it('has « Mes paiements et mes droits » as a place holding its « Mes ressources » link', () => {
    expect(cafNavigation.places.paiements?.targets).toContain('caf.paiements.*');
    expect(way('espace', 'caf.paiements.ressources')).toEqual(['caf.espace.menu.paiements']);
    expect(way('home', 'caf.paiements.ressources')).toEqual(['caf.header.mon-compte', 'caf.espace.menu.paiements']);
  });

  it('links the alert and « Mes paiements et mes droits » to « Mes ressources », the alert only while due', () => {
    const toRessources = cafNavigation.links.filter((link) => link.to === 'ressources');
    const by = (target: string) => toRessources.find((link) => link.steps.some((s) => s.target === target));
    expect(by('caf.paiements.ressources')?.from).toEqual(['paiements']);
    expect(by('caf.espace.notification-dtr')).toMatchObject({ from: ['espace'], unless: ['declaration-sent'] });
    expect(by('caf.espace.menu.ressources')?.from).toContain('paiements');
  });

  it('brings a learner who strayed to « Mes paiements et mes droits » back to « Déclarer » in one click', () => {
    expect(['caf.espace.menu.ressources', 'caf.paiements.ressources']).toContain(
      way('paiements', 'caf.ressources.declarer')?.join(),
    );
  });
});
