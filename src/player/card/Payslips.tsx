/** The persona's payslips (bulletins de salaire), one per month, with the amounts benefit forms ask for. */
import { readPath } from '../../lesson/readPath.ts';
import type { Persona } from '../../lesson/types.ts';
import { euros, text } from '../../sites/framework/personaText.ts';

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
        const field = (name: string) => text(persona, `bulletins.${m}.${name}`);
        return (
          <article key={m} className="paper payslip" aria-label={`Bulletin de salaire, ${field('mois')}`}>
            <p className="payslip-head">
              <strong>{employer}</strong>
              <span>Bulletin de paie : {field('mois')}</span>
            </p>
            <p className="payslip-person">
              {text(persona, 'sexe') === 'F' ? 'Salariée' : 'Salarié'} : {text(persona, 'prenom')}{' '}
              {text(persona, 'nom').toUpperCase()} · Payé le {field('paye_le')}
            </p>
            <dl className="payslip-amounts">
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
