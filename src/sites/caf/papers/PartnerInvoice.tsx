/** The invoice of the partner's small self-employed job: income the CAF does not know yet. */
import { readPath } from '../../../lesson/readPath.ts';
import type { PaperProps } from '../../framework/siteViews.ts';
import { euros, text } from '../../framework/personaText.ts';

/** One invoice per month listed in `persona.conjoint.independant`. */
export function PartnerInvoice({ persona, headingLevel }: PaperProps) {
  const Heading = `h${headingLevel}` as const;
  const earnings = readPath(persona, 'conjoint.independant');
  const months = earnings && typeof earnings === 'object' ? Object.keys(earnings) : [];
  const name = `${text(persona, 'conjoint.prenom')} ${text(persona, 'conjoint.nom').toUpperCase()}`;
  return (
    <section className="invoices">
      <Heading className="paper-title">Facture de {text(persona, 'conjoint.prenom')}</Heading>
      {months.map((m) => (
        <article key={m} className="paper invoice" aria-label={`Facture, ${text(persona, `dtr.mois.${m}`)}`}>
          <p className="invoice-head">
            <strong>Facture</strong>
            <span>{name} · travailleur indépendant</span>
          </p>
          <dl className="invoice-amounts">
            <div>
              <dt>Mois</dt>
              <dd>{text(persona, `dtr.mois.${m}`)}</dd>
            </div>
            <div className="invoice-total">
              <dt>Montant payé</dt>
              <dd>{euros(text(persona, `conjoint.independant.${m}`))}</dd>
            </div>
          </dl>
        </article>
      ))}
    </section>
  );
}
