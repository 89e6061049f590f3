/**
 * Administrative jargon: words of the public services that learners often do not know. The
 * `jargon` warning asks to explain the first one of a lesson with a `<Term>` (the glossary's
 * `term`, when `content/glossary/fr.yaml` has it), or to say it in plain words.
 */

/** One jargon word and how to make it plain. */
export interface JargonEntry {
  /** Its forms, lower-case; several words are matched one after the other (`accusé de réception`). */
  forms: readonly string[];
  /** The id of its entry in `content/glossary/fr.yaml`, if any. */
  term?: string;
  /** A plain way to say it. */
  plain: string;
}

/** The jargon list (French). Keep it short: the words that come back in procedures. */
export const jargon: readonly JargonEntry[] = [
  { forms: ['ressource', 'ressources'], term: 'ressources', plain: "l'argent que vous recevez" },
  { forms: ['allocataire', 'allocataires'], plain: "la personne qui reçoit l'aide" },
  { forms: ['justificatif', 'justificatifs', 'justificative', 'justificatives'], plain: 'un papier qui prouve' },
  { forms: ['prestation', 'prestations'], plain: 'une aide' },
  { forms: ['télédéclaration', 'télé-déclaration', 'télédéclarer'], plain: 'la déclaration sur Internet' },
  { forms: ['téléservice', 'téléservices'], plain: 'le site' },
  {
    forms: ['trimestriel', 'trimestrielle', 'trimestriels', 'trimestrielles'],
    term: 'declaration-trimestrielle',
    plain: 'tous les 3 mois',
  },
  { forms: ['récapitulatif'], term: 'recapitulatif', plain: 'la page où vous relisez tout' },
  { forms: ['conjoint', 'conjointe', 'conjoints'], term: 'conjoint', plain: 'la personne qui vit en couple avec vous' },
  {
    forms: ['indépendant', 'indépendante', 'indépendants', 'indépendantes'],
    term: 'independant',
    plain: 'qui travaille pour lui-même, sans patron',
  },
  { forms: ['courriel', 'courriels'], term: 'courriel', plain: 'un message (un e-mail)' },
  { forms: ['pré-rempli', 'pré-remplie', 'pré-remplis', 'pré-remplies'], term: 'pre-rempli', plain: 'déjà rempli' },
  { forms: ['accusé de réception'], term: 'accuse-de-reception', plain: 'le papier qui prouve que c’est arrivé' },
  { forms: ['net social'], term: 'net-social', plain: 'le montant à déclarer, écrit sur le bulletin de salaire' },
  { forms: ['net à payer'], term: 'net-a-payer', plain: "l'argent reçu sur le compte en banque" },
  { forms: ['trop-perçu', 'trop-perçus', 'indu', 'indus'], plain: "l'argent à rembourser" },
  { forms: ['échéance', 'échéances'], plain: 'la date limite' },
  { forms: ['attestation', 'attestations'], plain: 'un papier officiel qui prouve' },
  { forms: ['dématérialisé', 'dématérialisée', 'dématérialisés', 'dématérialisées'], plain: 'sur Internet' },
  { forms: ['ayant droit', 'ayants droit'], plain: 'une personne qui a droit à l’aide' },
];
