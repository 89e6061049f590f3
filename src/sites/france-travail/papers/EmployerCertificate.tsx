/**
 * The « attestation employeur destinée à France Travail » the employer gives at the end of a
 * contract: employer, employee, job, contract dates and reason it ended, last pay.
 */
import { readPath } from '../../../lesson/readPath.ts';
import type { PaperProps } from '../../framework/siteViews.ts';
import { euros, spacedNir, text } from '../../framework/personaText.ts';
import './papers.css';

/** The certificate, in its sections. */
export function EmployerCertificate({ persona, headingLevel }: PaperProps) {
  const Heading = `h${headingLevel}` as const;
  const contract = (field: string) => text(persona, `dernier_contrat.${field}`);
  const salaries = readPath(persona, 'dernier_contrat.salaires');
  const months = salaries && typeof salaries === 'object' ? Object.keys(salaries) : [];
  const row = (label: string, value: string) => (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <article className="paper ft-paper-doc">
      <Heading className="paper-title">Attestation employeur destinée à France Travail</Heading>
      <section>
        <p className="ft-paper-doc__part">Employeur</p>
        <dl className="ft-paper-grid">
          {row('Raison sociale', contract('employeur'))}
          {row('SIRET', contract('siret'))}
          {row('Adresse', contract('adresse'))}
        </dl>
      </section>
      <section>
        <p className="ft-paper-doc__part">Salarié</p>
        <dl className="ft-paper-grid">
          {row('Nom et prénom', `${text(persona, 'nom').toUpperCase()} ${text(persona, 'prenom')}`)}
          {row('N° de sécurité sociale', spacedNir(text(persona, 'nir')))}
          {row('Emploi occupé', contract('emploi'))}
          {row('Nature du contrat', contract('type'))}
          {row('Date d’embauche', contract('debut'))}
          {row('Dernier jour travaillé et payé', contract('fin'))}
          {row('Motif de la rupture', contract('motif'))}
        </dl>
      </section>
      {months.length > 0 && (
        <section>
          <p className="ft-paper-doc__part">Salaires des derniers mois</p>
          <dl className="ft-paper-grid">
            {months.map((month) => (
              <div key={month}>
                <dt>{month}</dt>
                <dd>{euros(text(persona, `dernier_contrat.salaires.${month}`))} brut</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </article>
  );
}
