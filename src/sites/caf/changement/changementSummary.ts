/**
 * What a declaration says, as label and value pairs (the summary, the receipt, the e-mail), and
 * whether a move changes the département (the dossier is then transferred to the new CAF).
 */
import { formatAmount, readTypedAmount } from '../../../french/index.ts';
import type { ChangementDetails, ChangementType } from './changementReducer.ts';
import { departementOf } from './validateChangement.ts';

const logementLabels: Record<string, string> = {
  locataire: 'Locataire',
  proprietaire: 'Propriétaire',
  heberge: 'Hébergé(e) gratuitement',
};
const sexeLabels: Record<string, string> = { F: 'Féminin', M: 'Masculin' };

const rent = (text: string) => {
  const read = readTypedAmount(text);
  return read.error === null ? formatAmount(read.cents) : text;
};

/** The lines of a declaration: `[label, value]`. */
export function summaryLines(type: ChangementType, d: ChangementDetails): [string, string][] {
  const get = (key: string) => (d[key] ?? '').trim();
  switch (type) {
    case 'demenagement':
      return [
        ['Nouvelle adresse', `${get('adresse')}, ${get('codePostal')} ${get('commune')}`],
        ['Date d’emménagement', get('date')],
        ['Dans ce logement, vous êtes', logementLabels[get('logement')] ?? get('logement')],
        ...(get('logement') === 'locataire' ? ([['Loyer mensuel', rent(get('loyer'))]] as [string, string][]) : []),
      ];
    case 'naissance':
      return [
        ['Nom de l’enfant', get('nom')],
        ['Prénom(s)', get('prenoms')],
        ['Sexe', sexeLabels[get('sexe')] ?? get('sexe')],
        ['Date de naissance', get('date')],
      ];
    case 'couple':
      return [
        ['Conjoint', `${get('prenom')} ${get('nom')}`],
        ['Numéro de sécurité sociale', get('nir')],
        ['Date de début de vie en couple', get('date')],
      ];
    case 'emploi':
      return [
        ['Employeur', get('employeur')],
        ['Date de reprise d’activité', get('date')],
      ];
  }
}

/** The postcode of an address written `12 rue des Lilas, 93200 Saint-Denis`. */
export function postcodeOfAddress(address: string): string {
  return /\b(\d{5})\b/.exec(address)?.[1] ?? '';
}

/** The new département when a move leaves the old one (`94`), else `null`. */
export function transferTo(oldAddress: string, d: ChangementDetails): string | null {
  const from = departementOf(postcodeOfAddress(oldAddress));
  const to = departementOf(d.codePostal ?? '');
  return from && to && from !== to ? to : null;
}

/** The sentence on a transferred dossier, as the confirmation, receipt and e-mail say it. */
export const transferText = (departement: string) =>
  `Votre dossier sera transmis automatiquement à la Caf de votre nouveau département (${departement}). Vous n’avez pas d’autre démarche à faire.`;
