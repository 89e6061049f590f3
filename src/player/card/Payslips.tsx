/**
 * The persona's payslips (bulletins de salaire), month by month, with the amounts benefit forms
 * ask for: one employer for every month (`bulletins.employeur`, `bulletins.m1`…), or several,
 * listed in each month (`bulletins.m1.employeurs`, each with its `employeur` and `emploi`); a
 * month's payslip from a second employer (`bulletins.deuxieme_employeur.<month>`); then a child's
 * payslip (`bulletins.enfant`, with the child's `prenom`).
 */
import { readPath } from '../../lesson/readPath.ts';
import type { Persona } from '../../lesson/types.ts';
import { Payslip } from '../../sites/framework/papers/Payslip.tsx';
import { text } from '../../sites/framework/personaText.ts';

/** The months a persona's `bulletins` may hold, oldest first. */
const months = ['m1', 'm2', 'm3'] as const;

const paidOn = (persona: Persona, path: string) => `Payé le ${text(persona, `${path}.paye_le`)}`;

/** Every payslip of the persona, in the order of the months, then a child's. */
export function Payslips({ persona, headingLevel }: { persona: Persona; headingLevel: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  const has = (path: string) => readPath(persona, path) !== undefined;
  const second = 'bulletins.deuxieme_employeur';
  const child = 'bulletins.enfant';
  /** The payslip at `path` (its own `mois` and `paye_le`). */
  const payslip = (path: string, employer: string, suffix = '', employeeName?: string) => {
    const month = text(persona, `${path}.mois`);
    return (
      <Payslip
        key={path}
        persona={persona}
        path={path}
        employer={employer}
        month={month}
        label={`Bulletin de salaire, ${month}${suffix}`}
        details={[paidOn(persona, path)]}
        {...(employeeName ? { employeeName } : {})}
      />
    );
  };
  /** A month that lists its employers: one payslip each, with the job and the hours. */
  const perEmployer = (m: (typeof months)[number], employers: unknown[]) => {
    const month = text(persona, `bulletins.${m}.mois`);
    return employers.map((_, i) => {
      const path = `bulletins.${m}.employeurs.${i}`;
      const employer = text(persona, `${path}.employeur`);
      return (
        <Payslip
          key={path}
          persona={persona}
          path={path}
          employer={employer}
          month={month}
          label={`Bulletin de salaire, ${employer}, ${month}`}
          details={[text(persona, `${path}.emploi`), paidOn(persona, `bulletins.${m}`)].filter(Boolean)}
          hours={has(`${path}.heures`)}
        />
      );
    });
  };
  return (
    <section className="payslips">
      <Heading className="paper-title">Bulletins de salaire</Heading>
      {months.flatMap((m) => {
        if (!has(`bulletins.${m}`)) return [];
        const employers = readPath(persona, `bulletins.${m}.employeurs`);
        const main = Array.isArray(employers)
          ? perEmployer(m, employers)
          : [payslip(`bulletins.${m}`, text(persona, 'bulletins.employeur'))];
        const other = has(`${second}.${m}`)
          ? [
              payslip(
                `${second}.${m}`,
                text(persona, `${second}.employeur`),
                `, ${text(persona, `${second}.employeur`)}`,
              ),
            ]
          : [];
        return [...main, ...other];
      })}
      {has(child) &&
        payslip(
          child,
          text(persona, `${child}.employeur`),
          `, ${text(persona, `${child}.prenom`)}`,
          text(persona, `${child}.prenom`),
        )}
    </section>
  );
}
