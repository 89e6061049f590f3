/**
 * The persona's payslips (bulletins de salaire), month by month, with the amounts benefit forms
 * ask for: one employer for every month (`bulletins.employeur`, `bulletins.m1`…), or several,
 * listed in each month (`bulletins.m1.employeurs`, each with its `employeur` and `emploi`).
 */
import { readPath } from '../../lesson/readPath.ts';
import type { Persona } from '../../lesson/types.ts';
import { Payslip } from '../../sites/framework/papers/Payslip.tsx';
import { text } from '../../sites/framework/personaText.ts';

/** The months a persona's `bulletins` may hold, oldest first. */
const months = ['m1', 'm2', 'm3'] as const;

/** One small payslip per month in `persona.bulletins`, and per employer in a month that lists them. */
export function Payslips({ persona, headingLevel }: { persona: Persona; headingLevel: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  const present = months.filter((m) => readPath(persona, `bulletins.${m}`) !== undefined);
  return (
    <section className="payslips">
      <Heading className="paper-title">Bulletins de salaire</Heading>
      {present.flatMap((m) => {
        const month = text(persona, `bulletins.${m}.mois`);
        const paid = `Payé le ${text(persona, `bulletins.${m}.paye_le`)}`;
        const employers = readPath(persona, `bulletins.${m}.employeurs`);
        if (!Array.isArray(employers)) {
          return (
            <Payslip
              key={m}
              persona={persona}
              path={`bulletins.${m}`}
              employer={text(persona, 'bulletins.employeur')}
              month={month}
              label={`Bulletin de salaire, ${month}`}
              details={[paid]}
            />
          );
        }
        return employers.map((_, i) => {
          const path = `bulletins.${m}.employeurs.${i}`;
          const employer = text(persona, `${path}.employeur`);
          return (
            <Payslip
              key={`${m}-${i}`}
              persona={persona}
              path={path}
              employer={employer}
              month={month}
              label={`Bulletin de salaire, ${employer}, ${month}`}
              details={[text(persona, `${path}.emploi`), paid].filter(Boolean)}
              hours={readPath(persona, `${path}.heures`) !== undefined}
            />
          );
        });
      })}
    </section>
  );
}
