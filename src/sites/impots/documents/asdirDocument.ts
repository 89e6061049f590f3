/**
 * The avis de situation déclarative à l'impôt sur le revenu (ASDIR), available as soon as the
 * declaration is signed: the declarants, numéro fiscal, référence de l'avis, the amounts declared
 * and the revenu fiscal de référence and tax of the estimate.
 */
import { frenchDate } from '../../../french/index.ts';
import type { PracticeDocument } from '../../framework/documents/practiceDocument.ts';
import type { TaxEstimate } from '../tax/estimateIncomeTax.ts';
import { boxTitles } from '../declaration/declaredIncome.ts';
import type { ImpotsPersona, IncomeBox } from '../impotsPersona.ts';
import { spacedNif } from './spacedNif.ts';
import { wholeEuros } from './wholeEuros.ts';

export interface AsdirFacts {
  /** The boxes declared, pre-filled or added (`shownBoxes`). */
  boxes: readonly IncomeBox[];
  amounts: Record<IncomeBox, number>;
  estimate: TaxEstimate;
  /** Practice time of the signature. */
  signedAt: number;
  reference: string;
  address: string;
}

/** « Avis de situation déclarative à l'impôt sur le revenu 2026 », `avis-situation-declarative-2026.pdf`. */
export function asdirDocument(p: ImpotsPersona, facts: AsdirFacts): PracticeDocument {
  const incomeYear = p.impots.declaration.revenus_de;
  const year = incomeYear + 1;
  const names = [`Déclarant 1 : ${p.prenom} ${p.nom.toUpperCase()}`];
  if (p.conjoint) names.push(`Déclarant 2 : ${p.conjoint.prenom} ${p.conjoint.nom.toUpperCase()}`);
  return {
    id: `impots-asdir-${year}`,
    fileName: `avis-situation-declarative-${year}.pdf`,
    title: `Avis de situation déclarative à l’impôt sur le revenu ${year} (revenus de ${incomeYear})`,
    issuer: 'impots.gouv.fr — site d’entraînement',
    sections: [
      {
        heading: 'Vos références',
        lines: [
          `Numéro fiscal : ${spacedNif(p.impots.numero_fiscal)}`,
          ...(p.conjoint?.impots
            ? [`Numéro fiscal du déclarant 2 : ${spacedNif(p.conjoint.impots.numero_fiscal)}`]
            : []),
          `Référence de l’avis : ${facts.reference}`,
          `Déclaration signée le ${frenchDate(facts.signedAt)}`,
        ],
      },
      { heading: 'Déclarant(s)', lines: [...names, facts.address] },
      {
        heading: 'Revenus déclarés',
        lines: facts.boxes.map((box) => `${box} — ${boxTitles[box]} : ${wholeEuros(facts.amounts[box])}`),
      },
      {
        heading: 'Votre situation',
        lines: [
          `Nombre de parts : ${String(facts.estimate.parts).replace('.', ',')}`,
          `Revenu fiscal de référence : ${wholeEuros(Math.round(facts.estimate.netTaxableIncome))}`,
          `Impôt sur le revenu : ${wholeEuros(facts.estimate.tax)}`,
        ],
      },
    ],
  };
}
