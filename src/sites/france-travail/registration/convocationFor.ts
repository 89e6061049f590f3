/** The convocation of a registration sent, from the form's values (`convocationDocument`). */
import type { PracticeDocument } from '../../framework/documents/practiceDocument.ts';
import { convocationDocument } from './convocation.ts';
import type { Submitted } from './inscriptionReducer.ts';

/** The convocation for `values` (the form as sent), the identifier and the appointment. */
export function convocationFor(
  values: Readonly<Record<string, string>>,
  identifiant: string,
  submitted: Submitted,
): PracticeDocument {
  const get = (field: string) => (values[field] ?? '').trim();
  return convocationDocument(
    {
      civilite: get('civilite'),
      prenom: get('prenom'),
      nom: get('nom'),
      voie: get('voie'),
      codePostal: get('code-postal'),
      commune: get('commune'),
      identifiant,
    },
    submitted,
  );
}
