/**
 * The convocation to the first interview, generated when the registration is sent: a practice
 * document (`PracticeDocument`), attached to the e-mail and opened in the practice viewer, which
 * downloads it as a PDF. Its wording follows the real letters' kind (docs/procedures.md, 1.2 A:
 * attendance is compulsory).
 */
import { frenchDate } from '../../../french/index.ts';
import type { PracticeDocument } from '../../framework/documents/practiceDocument.ts';
import type { Submitted } from './inscriptionReducer.ts';
import { slotLabel } from './appointmentSlots.ts';

/** Who the convocation is for, as the form gave it. */
export interface Convoque {
  /** `madame` or `monsieur`. */
  civilite: string;
  prenom: string;
  nom: string;
  voie: string;
  codePostal: string;
  commune: string;
  identifiant: string;
}

/** The document's id, and the file it downloads as. */
export const convocationId = 'ft-convocation';
export const convocationFileName = 'convocation-france-travail.pdf';

/** « Convocation à un entretien ». */
export function convocationDocument(who: Convoque, submitted: Submitted): PracticeDocument {
  const woman = who.civilite === 'madame';
  const title = woman ? 'Madame' : 'Monsieur';
  const e = woman ? 'e' : '';
  return {
    id: convocationId,
    fileName: convocationFileName,
    title: 'Convocation à un entretien',
    issuer: submitted.agence,
    sections: [
      {
        lines: [
          `${title} ${who.prenom} ${who.nom.toUpperCase()}`,
          who.voie,
          `${who.codePostal} ${who.commune.replace(/ Arrondissement$/, '')}`,
        ],
      },
      {
        lines: [
          `Le ${frenchDate(submitted.at)}`,
          `Identifiant France Travail : ${who.identifiant}`,
          'Objet : convocation à un entretien',
        ],
      },
      {
        lines: [
          `${title},`,
          `Vous êtes inscrit${e} comme demandeur d’emploi depuis le ${frenchDate(submitted.at)}.`,
          `Vous êtes convoqué${e} à un entretien avec un conseiller ou une conseillère France Travail, pour faire le point sur votre situation et votre projet.`,
        ],
      },
      {
        heading: 'Votre rendez-vous',
        lines: [`Le ${slotLabel(submitted.slotAt)}`, submitted.agence, submitted.adresse],
      },
      {
        heading: 'Ce rendez-vous est obligatoire',
        lines: [
          'Si vous ne pouvez pas venir, prévenez votre agence avant la date du rendez-vous, depuis votre espace personnel ou au 3949.',
          'Une absence sans motif légitime peut entraîner votre radiation de la liste des demandeurs d’emploi.',
        ],
      },
      {
        heading: 'Apportez',
        lines: ['Une pièce d’identité', 'Votre carte Vitale', 'Votre CV, si vous en avez un'],
      },
    ],
  };
}
