/** The persona's payslips (bulletins de salaire), one per month, with the amounts benefit forms ask for. */
import { readPath } from '../../lesson/readPath.ts';
import type { Persona } from '../../lesson/types.ts';
import { Payslip } from '../../sites/framework/papers/Payslip.tsx';
import { text } from '../../sites/framework/personaText.ts';

/** The months a persona's `bulletins` may hold, oldest first. */
const months = ['m1', 'm2', 'm3'] as const;

const paidOn = (persona: Persona, path: string) => `Payé le ${text(persona, `${path}.paye_le`)}`;

/**
 * One small payslip per month in `persona.bulletins`, each followed by that month's payslip from
 * a second employer (`bulletins.deuxieme_employeur.<month>`), then a child's payslip
 * (`bulletins.enfant`, with the child's `prenom`), if the persona has them.
 */
export function Payslips({ persona, headingLevel }: { persona: Persona; headingLevel: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  const has = (path: string) => readPath(persona, path) !== undefined;
  const second = 'bulletins.deuxieme_employeur';
  const child = 'bulletins.enfant';
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
  return (
    <section className="payslips">
      <Heading className="paper-title">Bulletins de salaire</Heading>
      {months.flatMap((m) => {
        const main = has(`bulletins.${m}`) ? [payslip(`bulletins.${m}`, text(persona, 'bulletins.employeur'))] : [];
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
