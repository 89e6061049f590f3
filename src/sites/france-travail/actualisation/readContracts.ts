/**
 * Checks the employers' page: each contract's employer, whole hours and gross pay, with the
 * messages the page shows under each field.
 */
import { readTypedAmount } from '../../../french/index.ts';
import type { SentContract, TypedContract } from './actualisationReducer.ts';
import { readTypedHours } from './readTypedHours.ts';

/** One field in error: its input id and message. */
export interface ContractError {
  field: string;
  message: string;
}

/** The input id of a contract's field (`n` is 1-based): `fta-employeur-2-heures`. */
export const contractFieldId = (n: number, field: 'nom' | 'heures' | 'brut') => `fta-employeur-${n}-${field}`;

/** Whether a part is left entirely blank: after the first, « Suivant » and the summary leave it out. */
export const isBlankContract = (c: TypedContract) => !c.employer.trim() && !c.hours.trim() && !c.gross.trim();

/** The contracts as sent, or the errors in the page's order. */
export function readContracts(
  contracts: readonly TypedContract[],
): { contracts: SentContract[]; errors: [] } | { contracts: null; errors: ContractError[] } {
  const errors: ContractError[] = [];
  const sent: SentContract[] = [];
  contracts.forEach((c, i) => {
    if (i > 0 && isBlankContract(c)) return;
    const n = i + 1;
    const employer = c.employer.trim();
    if (!employer) errors.push({ field: contractFieldId(n, 'nom'), message: 'Saisissez le nom de l’employeur.' });
    const hours = readTypedHours(c.hours);
    if (hours.error !== null) errors.push({ field: contractFieldId(n, 'heures'), message: hours.error });
    const gross =
      c.gross.trim() === '' ? { cents: null, error: 'Saisissez le salaire brut.' } : readTypedAmount(c.gross);
    if (gross.error !== null) errors.push({ field: contractFieldId(n, 'brut'), message: gross.error });
    if (employer && hours.hours !== null && gross.cents !== null)
      sent.push({ employer, hours: hours.hours, cents: gross.cents });
  });
  return errors.length ? { contracts: null, errors } : { contracts: sent, errors: [] };
}
