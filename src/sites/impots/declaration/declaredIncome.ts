/**
 * The amounts of « Revenus et charges »: the boxes shown (those the site pre-fills, then those the
 * learner added), the boxes that can still be added, the amount of each once the learner checked,
 * changed or typed it, and the household the tax estimate reads.
 */
import type { TaxHousehold } from '../tax/estimateIncomeTax.ts';
import { eurosOf, incomeBoxes, isCouple, type ImpotsPersona, type IncomeBox } from '../impotsPersona.ts';
import type { DeclarationState } from '../impotsReducer.ts';

/** What each box is, as the form names it. */
export const boxTitles: Record<IncomeBox, string> = {
  '1AJ': 'Salaires',
  '1BJ': 'Salaires',
  '1AP': 'Allocations chômage',
  '1BP': 'Allocations chômage',
  '1AS': 'Pensions, retraites, rentes',
  '1BS': 'Pensions, retraites, rentes',
};

/** The form's groups (rubriques), each with the kind of box it holds (`J`, `P`, `S`: the code's last letter). */
export const boxGroups = [
  { title: 'Traitements, salaires', kinds: ['J', 'P'] },
  { title: 'Pensions, retraites, rentes', kinds: ['S'] },
] as const;

/** Which declarant a box is for: 1 (« Déclarant 1 ») or 2. */
export const declarantOf = (box: IncomeBox): 1 | 2 => (box[1] === 'A' ? 1 : 2);

/** Whether the site pre-filled `box`. */
export const isPrefilled = (p: ImpotsPersona, box: IncomeBox) => p.impots.declaration.pre_rempli[box] !== undefined;

/** The boxes the form shows, in the form's order: those the site pre-filled and those added. */
export function shownBoxes(p: ImpotsPersona, added: readonly IncomeBox[] = []): IncomeBox[] {
  return incomeBoxes.filter((box) => isPrefilled(p, box) || added.includes(box));
}

/**
 * The boxes « Ajouter des revenus » offers: those of the household's declarants (declarant 2 only
 * for a couple's joint return) not shown yet.
 */
export function addableBoxes(p: ImpotsPersona, added: readonly IncomeBox[] = []): IncomeBox[] {
  const shown = shownBoxes(p, added);
  return incomeBoxes.filter((box) => !shown.includes(box) && (declarantOf(box) === 1 || isCouple(p)));
}

/** A box's pre-filled amount, in whole euros (0 for a box the site did not pre-fill). */
export const prefilled = (p: ImpotsPersona, box: IncomeBox) => eurosOf(p.impots.declaration.pre_rempli[box]);

/** Whole euros typed (`"22 610"`, `"22610"`, `"22 610 €"`), or `null` when it is not a whole amount. */
export function typedEuros(text: string): number | null {
  const t = text.replace(/[\s\u00a0\u202f]/g, '').replace(/€$/, '');
  if (t === '') return 0;
  return /^\d{1,9}$/.test(t) ? Number(t) : null;
}

/** The message for a typed amount, or `null` when it is right. */
export function amountError(text: string): string | null {
  const t = text.replace(/[\s\u00a0\u202f]/g, '').replace(/€$/, '');
  if (/^\d+[.,]\d+$/.test(t)) return 'Le montant doit être saisi en euros, sans les centimes.';
  if (t.startsWith('-')) return 'Le montant ne peut pas être négatif.';
  return typedEuros(text) === null ? 'Le montant saisi est incorrect. Saisissez uniquement des chiffres.' : null;
}

/** The amount of every box: typed, else pre-filled (a wrong typed amount counts as pre-filled); 0 when not shown. */
export function declaredAmounts(p: ImpotsPersona, declaration: DeclarationState): Record<IncomeBox, number> {
  const amounts = Object.fromEntries(incomeBoxes.map((box) => [box, 0])) as Record<IncomeBox, number>;
  for (const box of shownBoxes(p, declaration.added)) {
    const typed = declaration.amounts[box];
    amounts[box] = (typed === undefined ? null : typedEuros(typed)) ?? prefilled(p, box);
  }
  return amounts;
}

/**
 * The household of the estimate (`estimateIncomeTax`). Unemployment benefits (1AP/1BP) are taxed
 * with the salaries, under the same 10 % deduction (docs/procedures.md section 2b).
 */
export function householdOf(p: ImpotsPersona, amounts: Record<IncomeBox, number>): TaxHousehold {
  const couple = isCouple(p);
  const one = { salaries: amounts['1AJ'] + amounts['1AP'], pensions: amounts['1AS'] };
  const two = { salaries: amounts['1BJ'] + amounts['1BP'], pensions: amounts['1BS'] };
  return {
    incomeYear: p.impots.declaration.revenus_de,
    couple,
    children: p.enfants?.length ?? 0,
    declarants: couple ? [one, two] : [one],
  };
}
