/**
 * The amounts of « Revenus et charges »: the boxes shown (those the site pre-fills), the amount
 * of each once the learner checked or changed it, and the household the tax estimate reads.
 */
import type { TaxHousehold } from '../tax/estimateIncomeTax.ts';
import { eurosOf, isCouple, type ImpotsPersona, type IncomeBox } from '../impotsPersona.ts';
import type { DeclarationState } from '../impotsReducer.ts';

/** What each box is, as the form names it. */
export const boxTitles: Record<IncomeBox, string> = {
  '1AJ': 'Salaires',
  '1BJ': 'Salaires',
  '1AS': 'Pensions, retraites, rentes',
  '1BS': 'Pensions, retraites, rentes',
};

/** Which declarant a box is for: 1 (« Déclarant 1 ») or 2. */
export const declarantOf = (box: IncomeBox): 1 | 2 => (box[1] === 'A' ? 1 : 2);

/** The boxes the form shows: those the site pre-filled, in the form's order. */
export function shownBoxes(p: ImpotsPersona): IncomeBox[] {
  const pre = p.impots.declaration.pre_rempli;
  return (['1AJ', '1BJ', '1AS', '1BS'] as const).filter((box) => pre[box] !== undefined);
}

/** A box's pre-filled amount, in whole euros. */
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

/** The amount of each box shown: typed, else pre-filled (a wrong typed amount counts as pre-filled). */
export function declaredAmounts(p: ImpotsPersona, declaration: DeclarationState): Record<IncomeBox, number> {
  const amounts: Record<IncomeBox, number> = { '1AJ': 0, '1BJ': 0, '1AS': 0, '1BS': 0 };
  for (const box of shownBoxes(p)) {
    const typed = declaration.amounts[box];
    amounts[box] = (typed === undefined ? null : typedEuros(typed)) ?? prefilled(p, box);
  }
  return amounts;
}

/** The household of the estimate (`estimateIncomeTax`). */
export function householdOf(p: ImpotsPersona, amounts: Record<IncomeBox, number>): TaxHousehold {
  const couple = isCouple(p);
  const one = { salaries: amounts['1AJ'], pensions: amounts['1AS'] };
  const two = { salaries: amounts['1BJ'], pensions: amounts['1BS'] };
  return {
    incomeYear: p.impots.declaration.revenus_de,
    couple,
    children: p.enfants?.length ?? 0,
    declarants: couple ? [one, two] : [one],
  };
}
