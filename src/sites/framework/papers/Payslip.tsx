/**
 * One payslip (bulletin de paie) of a persona, as the practice card and the sites' papers show it:
 * the employer and the month, the employee, the hours if asked, the gross pay and the two net
 * amounts (the styles are the practice card's `.payslip`).
 */
import type { Persona } from '../../../lesson/types.ts';
import { euros, text } from '../personaText.ts';

/** `38` → « 38,00 », as payslips print hours. */
function printedHours(hours: string): string {
  return /^\d+$/.test(hours) ? `${hours},00` : hours;
}

export interface PayslipProps {
  persona: Persona;
  /** The dotted path of the payslip's fields in the persona, e.g. `bulletins.m1`. */
  path: string;
  employer: string;
  /** `Novembre 2026`. */
  month: string;
  /** The article's accessible name. */
  label: string;
  /** What follows the employee's name, each after « · » (the job, « Payé le … »). */
  details: readonly string[];
  /** Shows « Heures travaillées » from the payslip's `heures` (default: `false`). */
  hours?: boolean;
  /** The employee's first name when it is not the persona's (a child's payslip): `Inès`. */
  employeeName?: string;
}

/** « Salariée : Amina DIALLO »; a child's payslip (`name`) says « Salarié(e) : Inès DIALLO ». */
function employee(persona: Persona, name?: string): string {
  const title = name ? 'Salarié(e)' : text(persona, 'sexe') === 'F' ? 'Salariée' : 'Salarié';
  return `${title} : ${name ?? text(persona, 'prenom')} ${text(persona, 'nom').toUpperCase()}`;
}

/** A payslip, as an `article` named `label`. */
export function Payslip({ persona, path, employer, month, label, details, hours = false, employeeName }: PayslipProps) {
  const field = (name: string) => text(persona, `${path}.${name}`);
  return (
    <article className="paper payslip" aria-label={label}>
      <p className="payslip-head">
        <strong>{employer}</strong>
        <span>Bulletin de paie : {month}</span>
      </p>
      <p className="payslip-person">{[employee(persona, employeeName), ...details].join(' · ')}</p>
      <dl className="payslip-amounts">
        {hours && (
          <div>
            <dt>Heures travaillées</dt>
            <dd>{printedHours(field('heures'))}</dd>
          </div>
        )}
        <div>
          <dt>Salaire brut</dt>
          <dd>{euros(field('brut'))}</dd>
        </div>
        <div className="payslip-social">
          <dt>Montant net social</dt>
          <dd>{euros(field('net_social'))}</dd>
        </div>
        <div className="payslip-paid">
          <dt>Net à payer</dt>
          <dd>{euros(field('net_a_payer'))}</dd>
        </div>
      </dl>
    </article>
  );
}
