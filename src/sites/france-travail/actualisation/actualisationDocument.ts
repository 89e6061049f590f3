/** The « justificatif d'actualisation » the site generates once the update is validated. */
import { formatAmount, frenchDate, frenchTime } from '../../../french/index.ts';
import type { PracticeDocument } from '../../framework/documents/practiceDocument.ts';
import type { SentActualisation } from './actualisationReducer.ts';
import { questionIds, questionTexts } from './questions.ts';

/** The receipt of `sent`, for the practice viewer (downloaded as a PDF). */
export function actualisationDocument(name: string, sent: SentActualisation): PracticeDocument {
  const slug = sent.month
    .replace(/\s+/g, '-')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  return {
    id: 'ft-justificatif-actualisation',
    fileName: `justificatif-actualisation-${slug}.pdf`,
    title: `Justificatif d’actualisation — ${sent.month}`,
    issuer: 'France Travail — site d’entraînement',
    sections: [
      {
        lines: [
          name,
          `Actualisation du mois de ${sent.month}, enregistrée le ${frenchDate(sent.at)} à ${frenchTime(sent.at)}.`,
        ],
      },
      {
        heading: 'Votre situation',
        lines: questionIds.map((id) => `${questionTexts[id]} ${sent.answers[id] === 'oui' ? 'Oui' : 'Non'}`),
      },
      ...(sent.contracts.length
        ? [
            {
              heading: 'Vos employeurs',
              lines: sent.contracts.map(
                (c) => `${c.employer} : ${c.hours} heures, salaire brut ${formatAmount(c.cents)}`,
              ),
            },
          ]
        : []),
    ],
  };
}
