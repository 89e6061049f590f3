/**
 * The avis d'impôt of one year as a PDF the site generates from the persona (« Documents »):
 * numéro fiscal, référence de l'avis, revenu fiscal de référence, number of parts and the tax.
 */
import type { PracticeDocument } from '../../framework/documents/practiceDocument.ts';
import { eurosOf, type ImpotsPersona, type TaxNotice } from '../impotsPersona.ts';
import { spacedNif } from './spacedNif.ts';
import { wholeEuros } from './wholeEuros.ts';

/**
 * « Avis d'impôt 2025 sur les revenus 2024 », `avis-impot-2025.pdf`, sent to `address` (default:
 * the persona's; the declaration's when it was changed there).
 */
export function taxNoticeDocument(p: ImpotsPersona, notice: TaxNotice, address = p.adresse): PracticeDocument {
  const year = notice.revenus_de + 1;
  const names = [`${p.prenom} ${p.nom.toUpperCase()}`];
  if (p.conjoint) names.push(`${p.conjoint.prenom} ${p.conjoint.nom.toUpperCase()}`);
  const tax = eurosOf(notice.impot);
  return {
    id: `impots-avis-${year}`,
    fileName: `avis-impot-${year}.pdf`,
    title: `Avis d’impôt ${year} sur les revenus de l’année ${notice.revenus_de}`,
    issuer: 'impots.gouv.fr — site d’entraînement',
    sections: [
      {
        heading: 'Vos références',
        lines: [
          `Numéro fiscal : ${spacedNif(p.impots.numero_fiscal)}`,
          ...(p.conjoint?.impots
            ? [`Numéro fiscal du déclarant 2 : ${spacedNif(p.conjoint.impots.numero_fiscal)}`]
            : []),
          `Référence de l’avis : ${notice.reference}`,
        ],
      },
      { heading: 'Déclarant(s)', lines: [...names, address] },
      {
        heading: 'Vos revenus et votre impôt',
        lines: [
          `Revenu fiscal de référence : ${wholeEuros(eurosOf(notice.revenu_fiscal_reference))}`,
          `Nombre de parts : ${String(notice.parts).replace('.', ',')}`,
          `Impôt sur le revenu net : ${wholeEuros(tax)}`,
          ...(tax === 0 ? ['Vous n’êtes pas imposable.'] : []),
        ],
      },
    ],
  };
}
