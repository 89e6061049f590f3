// @vitest-environment node
/**
 * The ways back a persona can follow: a map link that types a persona field the persona lacks
 * (FranceConnect's impots.gouv login, for someone with no numéro fiscal) is left out, so that
 * « Montre-moi » never leads into a login it cannot finish; the others stay.
 */
import { describe, expect, it } from 'vitest';
import type { Persona } from '../../src/lesson/types.ts';
import { personaRegistry } from '../../src/player/personaRegistry.ts';
import { registry } from '../../src/sites/registry.ts';

const typesFiscalNumber = (site: string, r = registry) =>
  r.site(site)!.navigation!.links.some((link) => link.steps.some((s) => s.value === 'persona:impots.numero_fiscal'));

describe('personaRegistry', () => {
  it('leaves out the impots.gouv login through FranceConnect for a persona with no numéro fiscal', () => {
    expect(typesFiscalNumber('france-travail')).toBe(true);
    const nadia = { id: 'nadia', nir13: '2820693066045' } as unknown as Persona;
    const hers = personaRegistry(registry, nadia);
    expect(typesFiscalNumber('france-travail', hers)).toBe(false);
    // Her own login and FranceConnect's way out stay.
    expect(hers.site('france-travail')!.navigation!.links.length).toBeGreaterThan(0);
    expect(
      hers.site('france-travail')!.navigation!.links.some((link) => link.from.includes('franceconnect-choix')),
    ).toBe(true);
  });

  it('keeps it for a persona who has one', () => {
    const amina = { id: 'amina', impots: { numero_fiscal: '2478391650259', mot_de_passe: 'x' } } as unknown as Persona;
    expect(typesFiscalNumber('caf', personaRegistry(registry, amina))).toBe(true);
  });
});
