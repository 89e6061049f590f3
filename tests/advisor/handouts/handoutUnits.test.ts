/**
 * Which units a step sheet prints, with the guide's numbers, on real compiled lessons: the CAF
 * declaration (branches on Amina's data: the units she never reaches are left out) and the CAF
 * change of situation (a branch on the learner's answer: each way is marked with that answer).
 */
import { describe, expect, it } from 'vitest';
import * as declarationModule from '../../../content/lessons/caf-declaration-trimestrielle/fr.mdx';
import * as changeModule from '../../../content/lessons/caf-declarer-changement/fr.mdx';
import * as loginModule from '../../../content/lessons/caf-se-connecter/fr.mdx';
import { handoutUnits } from '../../../src/advisor/handouts/handoutUnits.ts';
import type { CompiledLesson } from '../../../src/lesson/types.ts';

const declaration = declarationModule as unknown as CompiledLesson;
const change = changeModule as unknown as CompiledLesson;
const login = loginModule as unknown as CompiledLesson;

describe('handoutUnits', () => {
  it('prints every unit of a lesson without branches, numbered 1 to n as the guide counts', () => {
    const items = handoutUnits(login);
    expect(items.map((item) => item.number)).toEqual(login.units.map((_, index) => index + 1));
    expect(items.every((item) => item.conditions.length === 0)).toBe(true);
  });

  it('leaves out what the persona never reaches, keeping the guide’s numbers', () => {
    const items = handoutUnits(declaration);
    const ids = items.map((item) => item.unit.id);
    // Amina has a second employer: her way adds the Supérette's line and skips « autres-vous ».
    expect(ids).toContain('deux-employeurs');
    expect(ids).toContain('autres-vous-deux');
    expect(ids).not.toContain('autres-vous');
    const skipped = declaration.units.findIndex((unit) => unit.id === 'autres-vous') + 1;
    expect(items.map((item) => item.number)).not.toContain(skipped);
    expect(items.find((item) => item.unit.id === 'suivant-vous')?.number).toBe(skipped + 1);
    // Persona branches are not the learner's choice: nothing is marked « si … ».
    expect(items.every((item) => item.conditions.length === 0)).toBe(true);
  });

  it('marks each way of a branch on an answer with that answer, and not what both ways share', () => {
    const items = handoutUnits(change);
    expect(items).toHaveLength(change.units.length);
    const byId = new Map(items.map((item) => [item.unit.id, item]));
    const question = byId.get('quel-changement')!;
    expect(byId.get('choisir-demenagement')?.conditions).toEqual([
      { source: 'answer', questionNumber: question.number, choices: ["Le déménagement d'Amina."] },
    ]);
    expect(byId.get('valider-naissance')?.conditions).toEqual([
      { source: 'answer', questionNumber: question.number, choices: ['La naissance de Yanis.'] },
    ]);
    expect(question.conditions).toEqual([]);
    expect(byId.get('accuse')?.conditions).toEqual([]);
  });
});
