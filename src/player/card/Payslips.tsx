/** The persona's payslips (bulletins de salaire), one per month, with the amounts benefit forms ask for. */
import { readPath } from '../../lesson/readPath.ts';
import type { Persona } from '../../lesson/types.ts';
import { Payslip } from '../../sites/framework/papers/Payslip.tsx';
import { text } from '../../sites/framework/personaText.ts';

/** The months a persona's `bulletins` may hold, oldest first. */
const months = ['m1', 'm2', 'm3'] as const;

/** One small payslip per month in `persona.bulletins`. */
export function Payslips({ persona, headingLevel }: { persona: Persona; headingLevel: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  const employer = text(persona, 'bulletins.employeur');
  const present = months.filter((m) => readPath(persona, `bulletins.${m}`) !== undefined);
  return (
    <section className="payslips">
      <Heading className="paper-title">Bulletins de salaire</Heading>
      {present.map((m) => {
        const month = text(persona, `bulletins.${m}.mois`);
        return (
          <Payslip
            key={m}
            persona={persona}
            path={`bulletins.${m}`}
            employer={employer}
            month={month}
            label={`Bulletin de salaire, ${month}`}
            details={[`Payé le ${text(persona, `bulletins.${m}.paye_le`)}`]}
          />
        );
      })}
    </section>
  );
}
