// @vitest-environment node
/**
 * The impots.gouv personas (famille-martin, gerard) pass the site's schema and the common one,
 * with identifiers that pass the real rules, and papers that agree with what the site checks.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { personaSchema } from '../../../src/compiler/schema/persona.ts';
import { isValidNif, isValidNir15, parseAmount } from '../../../src/french/index.ts';
import type { Persona } from '../../../src/lesson/types.ts';
import { impots } from '../../../src/sites/impots/index.ts';
import { eurosOf, impotsPersona } from '../../../src/sites/impots/impotsPersona.ts';
import { cappedGrossTax, decote, figuresForIncomeYear } from '../../../src/sites/impots/tax/index.ts';

const read = (id: string) => parse(readFileSync(`content/personas/${id}.yaml`, 'utf8')) as Persona;

describe.each(['famille-martin', 'gerard'])('persona %s', (id) => {
  const raw = read(id);
  it('passes the common schema and the impots.gouv schema', () => {
    expect(personaSchema.safeParse(raw).success).toBe(true);
    expect(() => impotsPersona(raw)).not.toThrow();
  });

  it('has right identifiers and a last avis that agrees with the revenu fiscal de référence asked', () => {
    const p = impotsPersona(raw);
    expect(isValidNif(p.impots.numero_fiscal)).toBe(true);
    expect(isValidNir15(String(raw.nir))).toBe(true);
    expect(p.impots.avis[0]!.revenus_de).toBe(p.impots.declaration.revenus_de - 1);
    expect(eurosOf(p.impots.avis[0]!.revenu_fiscal_reference)).toBe(eurosOf(p.impots.revenu_fiscal_reference));
    for (const kind of (raw.papiers as string[]).filter((k) => k !== 'carte-vitale'))
      expect(impots.papers).toHaveProperty(kind);
  });

  it('has a last avis whose tax is the published scale’s on its revenu fiscal de référence (salaries or pensions only)', () => {
    const p = impotsPersona(raw);
    const last = p.impots.avis[0]!;
    const couple = p.conjoint !== undefined;
    const situation = { couple, children: (raw.enfants as unknown[] | undefined)?.length ?? 0 };
    const figures = figuresForIncomeYear(last.revenus_de);
    const { grossTax } = cappedGrossTax(eurosOf(last.revenu_fiscal_reference), situation, figures);
    const netTax = grossTax - decote(grossTax, couple, figures);
    expect(eurosOf(last.impot)).toBe(netTax);
  });
});

it('the Martins: two numéros fiscaux, and the right salary of Sophie on the card’s statement', () => {
  const p = impotsPersona(read('famille-martin'));
  expect(isValidNif(p.conjoint!.impots!.numero_fiscal)).toBe(true);
  const raw = read('famille-martin') as unknown as { impots: { second_employeur: Record<string, string> } };
  const statement = raw.impots.second_employeur;
  const total = (parseAmount(statement.net_imposable!)! + parseAmount(statement.net_imposable_premier!)!) / 100;
  expect(total).toBe(eurosOf(p.impots.declaration.montants_justes!['1BJ']));
  expect(eurosOf(p.impots.declaration.pre_rempli['1BJ'])).not.toBe(total);
});
