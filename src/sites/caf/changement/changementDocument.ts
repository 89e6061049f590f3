/** The receipt (« accusé de réception ») of a declaration of a change, for the practice viewer (a PDF). */
import { frenchDate, frenchTime } from '../../../french/index.ts';
import type { PracticeDocument } from '../../framework/documents/practiceDocument.ts';
import type { SentChangement } from './changementReducer.ts';
import { changementLabels } from './changementTargets.ts';
import { summaryLines, transferText, transferTo } from './changementSummary.ts';

/** The receipt of `sent`, by the person `name` (allocataire number `numero`), living at `oldAddress` before. */
export function changementDocument(
  name: string,
  numero: string | undefined,
  oldAddress: string,
  sent: SentChangement,
): PracticeDocument {
  const transfer = sent.type === 'demenagement' ? transferTo(oldAddress, sent.details) : null;
  return {
    id: 'caf-changement-accuse',
    fileName: `accuse-reception-changement-${sent.reference}.pdf`,
    title: 'Accusé de réception — Déclaration de changement de situation',
    issuer: 'Caf — Mon Compte — site d’entraînement',
    sections: [
      {
        lines: [
          name,
          ...(numero ? [`Numéro allocataire : ${numero}`] : []),
          `Déclaration enregistrée le ${frenchDate(sent.at)} à ${frenchTime(sent.at)}.`,
          `Référence : ${sent.reference}`,
        ],
      },
      {
        heading: changementLabels[sent.type],
        lines: summaryLines(sent.type, sent.details).map(([label, value]) => `${label} : ${value}`),
      },
      { heading: 'Justificatif transmis', lines: [sent.proof] },
      ...(transfer ? [{ heading: 'Votre dossier', lines: [transferText(transfer)] }] : []),
    ],
  };
}
