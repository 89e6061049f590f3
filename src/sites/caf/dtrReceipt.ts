/**
 * The « récapitulatif » of a sent quarterly declaration, as a practice document: the practice
 * browser shows it and downloads it as a PDF (`openDocument`, `renderPdf`). It carries what the
 * confirmation page says (date, time, reference) and, per member and month, each resource declared.
 */
import { formatAmount, frenchDate, frenchTime } from '../../french/index.ts';
import type { PracticeDocument, PracticeDocumentSection } from '../framework/documents/practiceDocument.ts';
import type { CafPersona } from './cafPersona.ts';
import { dtrChildrenOf, dtrMembersOf, type DtrState } from './dtrReducer.ts';
import { resourceLabels } from './resourceLabels.ts';
import { dtrMonths, type DtrMember } from './targets.ts';

/** The receipt's file name: `recapitulatif-declaration-trimestrielle-<reference>.pdf`. */
export function dtrReceiptFileName(reference: string): string {
  return `recapitulatif-declaration-trimestrielle-${reference}.pdf`;
}

function memberSection(p: CafPersona, dtr: DtrState, member: DtrMember): PracticeDocumentSection {
  const heading =
    member === 'vous'
      ? `Vos ressources (${p.prenom})`
      : member === 'conjoint'
        ? `Ressources de votre conjoint (${p.conjoint?.prenom ?? ''})`
        : `Ressources de votre enfant (${dtrChildrenOf(p)[member === 'enfant1' ? 0 : 1]?.prenom ?? ''})`;
  const lines = dtrMonths.flatMap((month) => {
    const label = p.dtr.mois[month];
    const found = dtr.lines[member][month];
    if (found.length === 0) return [`${label} : aucune ressource`];
    return found.map(
      (line) =>
        `${label} — ${resourceLabels[line.type]}${line.payer ? ` (${line.payer})` : ''} : ${formatAmount(line.cents)}`,
    );
  });
  return { heading, lines };
}

/** The receipt of the declaration `dtr` once sent (`null` before). */
export function dtrReceiptDocument(p: CafPersona, dtr: DtrState): PracticeDocument | null {
  if (!dtr.submitted) return null;
  const { at, reference } = dtr.submitted;
  const name = [p.prenom, p.nom].filter(Boolean).join(' ');
  return {
    id: 'caf-recapitulatif-dtr',
    fileName: dtrReceiptFileName(reference),
    title: 'Récapitulatif de votre déclaration trimestrielle de ressources',
    issuer: 'Caf — site d’entraînement',
    sections: [
      {
        lines: [
          `Allocataire : ${name}`,
          ...(p.caf.numero_allocataire ? [`Numéro allocataire : ${p.caf.numero_allocataire}`] : []),
          `Période déclarée : ${p.dtr.periode}`,
          `Déclaration transmise le ${frenchDate(at)} à ${frenchTime(at)}`,
          `Référence : ${reference}`,
        ],
      },
      ...dtrMembersOf(p).map((member) => memberSection(p, dtr, member)),
      { lines: ['Vous avez certifié sur l’honneur l’exactitude des informations déclarées.'] },
    ],
  };
}
