/**
 * The address form covers its page: while it is open, « Étape suivante » is not on screen, so a
 * way back to « Revenus et charges » leaves the form first (the never-stuck property found a
 * learner stuck there: seed -1575683382 of `impots-declarer-revenus`).
 */
import { describe, expect, it } from 'vitest';
import { planWayBack } from '../../../src/sites/framework/planWayBack.ts';
import { impotsNavigation } from '../../../src/sites/impots/navigation.ts';

const targetsOf = (way: ReturnType<typeof planWayBack>) => way?.flatMap((link) => link.steps.map((s) => s.target));

describe('the way back from « Modifier mon adresse »', () => {
  const inForm = { places: ['declaration-etat-civil', 'adresse'], flags: ['signed-in'] };

  it('presses « Annuler » before « Étape suivante »', () => {
    expect(targetsOf(planWayBack(impotsNavigation, 'impots.declaration.revenus.1bj', inForm))).toEqual([
      'impots.declaration.adresse.annuler',
      'impots.declaration.suivant',
    ]);
  });

  it('takes the page’s own way once the form is closed', () => {
    const onPage = { places: ['declaration-etat-civil'], flags: ['signed-in'] };
    expect(targetsOf(planWayBack(impotsNavigation, 'impots.declaration.revenus.1bj', onPage))).toEqual([
      'impots.declaration.suivant',
    ]);
  });

  it('still finds the header’s ways from inside the form', () => {
    expect(targetsOf(planWayBack(impotsNavigation, 'impots.espace.declarer', inForm))?.[0]).toBe(
      'impots.header.espace',
    );
  });
});
