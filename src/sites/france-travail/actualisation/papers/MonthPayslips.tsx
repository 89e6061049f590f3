/**
 * « Bulletins de salaire du mois »: the month's payslip of each employer (`bulletins_du_mois`),
 * with the hours, the gross pay the update asks for, and the net amounts that are not it.
 */
import { readPath } from '../../../../lesson/readPath.ts';
import type { PaperProps } from '../../../framework/siteViews.ts';
import { euros, text } from '../../../framework/personaText.ts';

/** `38` → « 38,00 », as payslips print hours. */
function printedHours(hours: string): string {
  return /^\d+$/.test(hours) ? `${hours},00` : hours;
}

/** One payslip per employer in `persona.bulletins_du_mois.employeurs`. */
export function MonthPayslips({ persona, headingLevel }: PaperProps) {
  const Heading = `h${headingLevel}` as const;
  const employers = readPath(persona, 'bulletins_du_mois.employeurs');
  const count = Array.isArray(employers) ? employers.length : 0;
  const month = text(persona, 'bulletins_du_mois.mois');
  const paid = text(persona, 'bulletins_du_mois.paye_le');
  const person = `${text(persona, 'sexe') === 'F' ? 'Salariée' : 'Salarié'} : ${text(persona, 'prenom')} ${text(persona, 'nom').toUpperCase()}`;
  return (
    <section className="payslips">
      <Heading className="paper-title">Bulletins de salaire de {month.toLowerCase()}</Heading>
      {Array.from({ length: count }, (_, i) => {
        const field = (name: string) => text(persona, `bulletins_du_mois.employeurs.${i}.${name}`);
        const job = field('emploi');
        return (
          <article
            key={i}
            className="paper payslip"
            aria-label={`Bulletin de salaire, ${field('employeur')}, ${month}`}
          >
            <p className="payslip-head">
              <strong>{field('employeur')}</strong>
              <span>Bulletin de paie : {month}</span>
            </p>
            <p className="payslip-person">
              {person}
              {job && ` · ${job}`}
              {paid && ` · Payé le ${paid}`}
            </p>
            <dl className="payslip-amounts">
              <div>
                <dt>Heures travaillées</dt>
                <dd>{printedHours(field('heures'))}</dd>
              </div>
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
      })}
    </section>
  );
}
