/**
 * The « Attestation de droits à l'assurance maladie » the site generates when the learner asks
 * for it: a practice document (`PracticeDocument`) opened in the practice viewer, which downloads
 * it as a PDF. It names the insured person with the whole NIR (key included), the caisse and its
 * code, each beneficiary, the date it was made and the period of the rights, from the practice
 * clock (docs/procedures.md 1.4; the real layout is not copied).
 */
import { frenchDate } from '../../../french/index.ts';
import type { PracticeDocument } from '../../framework/documents/practiceDocument.ts';
import { spacedNir } from '../../framework/personaText.ts';
import type { AmeliPersona } from '../ameliPersona.ts';
import { caisseOf } from '../cpam.ts';
import type { Beneficiaires } from '../targets.ts';

/** The document's id, and the file it downloads as. */
export const attestationId = 'ameli-attestation-droits';
export const attestationFileName = 'attestation-droits-ameli.pdf';

/** The last day of the rights an attestation made on `at` shows: a year later, the day before. */
export function rightsEnd(at: number): number {
  const end = new Date(at);
  end.setFullYear(end.getFullYear() + 1);
  end.setDate(end.getDate() - 1);
  return end.getTime();
}

/** The attestation of `p`, made on `at` (ms, practice clock), for the insured person alone or every beneficiary. */
export function attestationDocument(p: AmeliPersona, at: number, who: Beneficiaires): PracticeDocument {
  const caisse = caisseOf(p.adresse, {
    ...(p.ameli.caisse === undefined ? {} : { caisse: p.ameli.caisse }),
    ...(p.ameli.code_organisme === undefined ? {} : { code: p.ameli.code_organisme }),
  });
  const woman = p.sexe === 'F';
  const insured = `${woman ? 'Madame' : 'Monsieur'} ${p.prenom} ${p.nom.toUpperCase()}`;
  const period = `du ${frenchDate(at)} au ${frenchDate(rightsEnd(at))}`;
  const children = who === 'tous' ? (p.enfants ?? []) : [];
  return {
    id: attestationId,
    fileName: attestationFileName,
    title: 'Attestation de droits à l’assurance maladie',
    issuer: `L’Assurance Maladie — ${caisse.name}`,
    sections: [
      {
        lines: [
          `Attestation établie le ${frenchDate(at)}.`,
          `La ${caisse.name} atteste que les personnes désignées ci-dessous ont droit aux prestations de l’assurance maladie, ${period}.`,
        ],
      },
      {
        heading: woman ? 'Assurée' : 'Assuré',
        lines: [
          insured,
          `Né${woman ? 'e' : ''} le ${p.naissance}`,
          `Numéro de sécurité sociale : ${spacedNir(p.nir)}`,
          p.adresse,
        ],
      },
      {
        heading: 'Organisme d’affiliation',
        lines: [caisse.name, `Code organisme : ${caisse.code}`, 'Régime : régime général'],
      },
      {
        heading: children.length ? 'Bénéficiaires' : 'Bénéficiaire',
        lines: [
          `${p.prenom} ${p.nom.toUpperCase()} — ${woman ? 'assurée' : 'assuré'} — droits ${period}`,
          ...children.map(
            (child) =>
              `${child.prenom} ${(child.nom ?? p.nom).toUpperCase()}, né(e) le ${child.naissance} — enfant — droits ${period}`,
          ),
        ],
      },
      {
        lines: [
          'Cette attestation peut être présentée à un employeur, à un établissement de santé ou à un organisme qui demande la preuve de vos droits à l’assurance maladie.',
        ],
      },
    ],
  };
}
