/**
 * The avis d'impôt on the income just declared, once it is online (31 July of the next year on
 * the practice clock): made from the signed declaration — the estimate's revenu fiscal de
 * référence, parts and tax, a référence de l'avis of its own — in the shape of the persona's
 * notices (`TaxNotice`), so that `taxNoticeDocument` prints it like the others.
 */
import { noticeReference } from '../declaration/references.ts';
import type { ImpotsPersona, TaxNotice } from '../impotsPersona.ts';
import type { TaxEstimate } from '../tax/estimateIncomeTax.ts';

/** The notice of the persona's declaration, signed with `estimate`, the household living at `address`. */
export function declaredNotice(p: ImpotsPersona, estimate: TaxEstimate, address: string): TaxNotice {
  const incomeYear = p.impots.declaration.revenus_de;
  return {
    revenus_de: incomeYear,
    reference: noticeReference(p.impots.numero_fiscal, incomeYear, address),
    revenu_fiscal_reference: String(Math.round(estimate.netTaxableIncome)),
    impot: String(Math.round(estimate.tax)),
    parts: estimate.parts,
  };
}
