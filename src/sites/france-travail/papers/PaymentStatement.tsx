/**
 * « Attestation de paiement » of France Travail: the ARE paid to a job seeker, one line per
 * month covered (`france_travail.paiements`), with the days paid, the gross and net amounts and
 * the day it was paid — the day that says in which month the money was received.
 */
import { readPath } from '../../../lesson/readPath.ts';
import type { PaperProps } from '../../framework/siteViews.ts';
import { euros, text } from '../../framework/personaText.ts';
import './papers.css';

const columns = ['Période', 'Jours payés', 'Montant brut', 'Montant net versé', 'Payé le'] as const;

/** The statement, as a table. */
export function PaymentStatement({ persona, headingLevel }: PaperProps) {
  const Heading = `h${headingLevel}` as const;
  const payments = readPath(persona, 'france_travail.paiements');
  const count = Array.isArray(payments) ? payments.length : 0;
  return (
    <article className="paper ft-paper-doc">
      <Heading className="paper-title">Attestation de paiement France Travail</Heading>
      <p>
        {text(persona, 'prenom')} {text(persona, 'nom').toUpperCase()} — identifiant{' '}
        {text(persona, 'france_travail.identifiant')}
      </p>
      <p className="ft-paper-doc__part">Allocation d’aide au retour à l’emploi (ARE)</p>
      <table className="ft-paper-codes ft-paper-payments">
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: count }, (_, i) => {
            const field = (name: string) => text(persona, `france_travail.paiements.${i}.${name}`);
            return (
              <tr key={i}>
                <th scope="row">{field('periode')}</th>
                <td>{field('jours')}</td>
                <td>{euros(field('brut'))}</td>
                <td>{euros(field('net'))}</td>
                <td>{field('paye_le')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </article>
  );
}
