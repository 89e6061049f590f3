/** The « accusé de réception » of a prime d'activité claim, for the practice viewer (downloaded as a PDF). */
import { formatAmount, formatIban, frenchDate, frenchTime, readTypedAmount } from '../../../french/index.ts';
import type { PracticeDocument } from '../../framework/documents/practiceDocument.ts';
import type { Household } from './demandeHousehold.ts';
import { demandeLines, demandeMonths, type DemandeMember, type DemandeState } from './demandeReducer.ts';
import { lineLabels } from './demandeTargets.ts';

/** `FR76 **** **** **** **** **** 811`: only the country, the check digits and the last 3 characters shown. */
export function maskedIban(iban: string): string {
  const grouped = formatIban(iban);
  return grouped.replace(/[0-9A-Z]/g, (c, i: number) => (i < 4 || i >= grouped.length - 3 ? c : '*'));
}

/** The cents typed in a line (`''` is nothing received). */
export function centsOf(text: string): number {
  return text.trim() === '' ? 0 : (readTypedAmount(text).cents ?? 0);
}

export interface ReceiptInput {
  household: Household;
  numeroAllocataire: string | undefined;
  state: DemandeState;
  /** The three months asked about, oldest first (`Juillet 2026`…). */
  months: readonly [string, string, string];
}

/** The receipt of a sent claim (`state.submitted` must be set). */
export function demandeReceipt({ household, numeroAllocataire, state, months }: ReceiptInput): PracticeDocument {
  const { reference, at } = state.submitted ?? { reference: '', at: 0 };
  const { allocataire, conjoint, enfants } = household;
  const members: [DemandeMember, string][] = [
    ['vous', `${allocataire.prenom} ${allocataire.nom}`.trim()],
    ...(conjoint ? [['conjoint', `${conjoint.prenom} ${conjoint.nom}`.trim()] as [DemandeMember, string]] : []),
  ];
  return {
    id: 'caf-accuse-demande-prime-activite',
    fileName: `accuse-reception-prime-activite-${reference}.pdf`,
    title: 'Accusé de réception — Demande de prime d’activité',
    issuer: 'Caf — Mon Compte — site d’entraînement',
    sections: [
      {
        lines: [
          `${allocataire.prenom} ${allocataire.nom.toUpperCase()}`.trim(),
          ...(numeroAllocataire ? [`Numéro allocataire : ${numeroAllocataire}`] : []),
          `Votre demande de prime d’activité a été reçue le ${frenchDate(at)} à ${frenchTime(at)}.`,
          `Numéro de référence : ${reference}`,
        ],
      },
      {
        heading: 'Votre foyer',
        lines: [
          `Allocataire : ${allocataire.prenom} ${allocataire.nom}, né(e) le ${allocataire.naissance}`,
          ...(conjoint ? [`Conjoint : ${conjoint.prenom} ${conjoint.nom}, né(e) le ${conjoint.naissance}`] : []),
          ...enfants.map((e) => `Enfant : ${e.prenom}, né(e) le ${e.naissance}`),
        ],
      },
      ...members.map(([member, name]) => ({
        heading: `Ressources déclarées — ${name}`,
        lines: demandeMonths.flatMap((month, index) => {
          const lines = state.ressources[member][month];
          return [
            `${months[index]} : ${demandeLines
              .map((line) => `${lineLabels[line]} ${formatAmount(centsOf(lines[line]))}`)
              .join(' ; ')}`,
          ];
        }),
      })),
      { heading: 'Coordonnées bancaires', lines: [`IBAN : ${maskedIban(state.iban)}`, `BIC : ${state.bic}`] },
      {
        heading: 'Justificatifs transmis',
        lines: state.fichiers.length ? state.fichiers.map((f) => f.name) : ['Aucun'],
      },
      {
        lines: ['Votre demande va être étudiée. Vous serez informé(e) de la décision dans votre espace Mon Compte.'],
      },
    ],
  };
}
