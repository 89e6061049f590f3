// @vitest-environment node
/**
 * The ameli site's pure rules: the persona sections against the schema, the number's messages,
 * the caisse of an address, the period of the rights, the practice card's paper declared.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import type { Persona } from '../../../src/lesson/types.ts';
import { ameliPersona, ameliPersonaSchema } from '../../../src/sites/ameli/ameliPersona.ts';
import { rightsEnd } from '../../../src/sites/ameli/attestation/attestationDocument.ts';
import { caisseOf, departementOf } from '../../../src/sites/ameli/cpam.ts';
import { ameli } from '../../../src/sites/ameli/index.ts';
import { validateAmeliNir } from '../../../src/sites/ameli/validateAmeliNir.ts';
import { caf } from '../../../src/sites/caf/index.ts';
import { franceTravail } from '../../../src/sites/france-travail/index.ts';
import { createSiteRegistry } from '../../../src/sites/framework/siteRegistry.ts';
import { mail } from '../../../src/sites/mail/index.ts';

const personas = readdirSync('content/personas')
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => parse(readFileSync(`content/personas/${file}`, 'utf8')) as Persona);

describe('personas', () => {
  it('every persona with an ameli section passes the schema (amina has one)', () => {
    const withAmeli = personas.filter((p) => 'ameli' in p);
    expect(withAmeli.map((p) => p.id)).toContain('amina');
    for (const persona of withAmeli) expect(() => ameliPersona(persona), persona.id).not.toThrow();
  });

  it('names the field to fix when the password is missing, or nir13 is not the start of the NIR', () => {
    const amina = personas.find((p) => p.id === 'amina')!;
    expect(() => ameliPersona({ ...amina, ameli: {} })).toThrow(
      'The ameli practice site needs `ameli.mot_de_passe` in persona "amina": add it to content/personas/amina.yaml.',
    );
    expect(() => ameliPersona({ ...amina, nir13: '1830199350017' })).toThrow(/`nir13`.*13 first characters of `nir`/);
    expect(z.safeParse(ameliPersonaSchema, { ...amina, nir: '286037511402364' }).success).toBe(false);
  });
});

describe('« Mon numéro de sécurité sociale »', () => {
  it('takes 13 characters (spaces, dots, Corsica), and refuses the key, a temporary number, a wrong shape', () => {
    expect(validateAmeliNir('2 86 03 75 114 023')).toBeNull();
    expect(validateAmeliNir('253072B073004')).toBeNull();
    expect(validateAmeliNir(' ')).toBe('Veuillez saisir votre numéro de sécurité sociale.');
    expect(validateAmeliNir('286037511402363')).toMatch(/sans la clé/);
    expect(validateAmeliNir('78603751140')).toMatch(/13 caractères \(vous en avez saisi 11\)/);
    expect(validateAmeliNir('8860375114023')).toMatch(/numéro provisoire/);
    expect(validateAmeliNir('2860375000023')).toMatch(/n’est pas valide/);
  });
});

describe('the caisse and the rights', () => {
  it('is the CPAM of the département of the address', () => {
    expect(caisseOf('12 rue des Lilas, 93200 Saint-Denis')).toEqual({
      name: 'CPAM de la Seine-Saint-Denis',
      code: '01 931',
    });
    expect(caisseOf('1 cours Napoléon, 20000 Ajaccio').name).toBe('CPAM de la Corse-du-Sud');
    expect(caisseOf('2 rue de Paris, 97400 Saint-Denis')).toEqual({ name: 'CGSS de La Réunion', code: '01 974' });
    expect(caisseOf('12 rue des Lilas, 93200 Saint-Denis', { caisse: 'CPAM de Paris', code: '01 751' }).name).toBe(
      'CPAM de Paris',
    );
    expect(departementOf('20200')).toBe('2B');
  });

  it('runs for a year, to the day before', () => {
    const day = (iso: string) => new Date(`${iso}T10:00:00`).getTime();
    expect(new Date(rightsEnd(day('2026-11-30'))).toDateString()).toBe(new Date(day('2027-11-29')).toDateString());
    expect(new Date(rightsEnd(day('2028-02-29'))).toDateString()).toBe(new Date(day('2029-02-28')).toDateString());
  });

  it('declares its paper and its incident, and registers beside the other sites with its tab', () => {
    expect(Object.keys(ameli.papers)).toEqual(['identifiants-ameli']);
    expect(Object.keys(ameli.incidents)).toEqual(['service-indisponible']);
    const registry = createSiteRegistry([caf, franceTravail, ameli, mail]);
    expect(registry.papers['identifiants-ameli']?.title).toBe('Numéro de sécurité sociale et mot de passe ameli');
    expect(registry.incidents['ameli.service-indisponible']).toBeDefined();
    expect(Object.values(registry.targets).map((t) => t.label)).toContain('Onglet « ameli.fr »');
  });
});
