/**
 * « Bulletins de salaire du mois »: the month's payslip of each employer (`bulletins_du_mois`),
 * with the hours, the gross pay the update asks for, and the net amounts that are not it.
 */
import { readPath } from '../../../../lesson/readPath.ts';
import type { PaperProps } from '../../../framework/siteViews.ts';
import { Payslip } from '../../../framework/papers/Payslip.tsx';
import { text } from '../../../framework/personaText.ts';

/** One payslip per employer in `persona.bulletins_du_mois.employeurs` (« Bulletin de salaire » when there is one). */
export function MonthPayslips({ persona, headingLevel }: PaperProps) {
  const Heading = `h${headingLevel}` as const;
  const employers = readPath(persona, 'bulletins_du_mois.employeurs');
  const count = Array.isArray(employers) ? employers.length : 0;
  const month = text(persona, 'bulletins_du_mois.mois');
  const paid = text(persona, 'bulletins_du_mois.paye_le');
  return (
    <section className="payslips">
      <Heading className="paper-title">
        {count === 1 ? 'Bulletin' : 'Bulletins'} de salaire de {month.toLowerCase()}
      </Heading>
      {Array.from({ length: count }, (_, i) => {
        const path = `bulletins_du_mois.employeurs.${i}`;
        const employer = text(persona, `${path}.employeur`);
        const job = text(persona, `${path}.emploi`);
        return (
          <Payslip
            key={i}
            persona={persona}
            path={path}
            employer={employer}
            month={month}
            label={`Bulletin de salaire, ${employer}, ${month}`}
            details={[job, paid && `Payé le ${paid}`].filter(Boolean)}
            hours
          />
        );
      })}
    </section>
  );
}
