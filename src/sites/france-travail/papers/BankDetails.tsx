/** The persona's RIB (relevé d’identité bancaire): holder, bank, IBAN in groups of 4, BIC, and the French codes. */
import { formatIban, normaliseIban } from '../../../french/index.ts';
import type { PaperProps } from '../../framework/siteViews.ts';
import { text } from '../../framework/personaText.ts';
import './papers.css';

/** The RIB. */
export function BankDetails({ persona, headingLevel }: PaperProps) {
  const Heading = `h${headingLevel}` as const;
  const iban = normaliseIban(text(persona, 'rib.iban'));
  const codes = [
    ['Code banque', iban.slice(4, 9)],
    ['Code guichet', iban.slice(9, 14)],
    ['N° de compte', iban.slice(14, 25)],
    ['Clé RIB', iban.slice(25, 27)],
  ];
  return (
    <article className="paper ft-paper-doc">
      <Heading className="paper-title">Relevé d’identité bancaire (RIB)</Heading>
      <p className="ft-paper-doc__part">{text(persona, 'rib.banque')}</p>
      <p>
        Titulaire du compte : <strong>{text(persona, 'rib.titulaire')}</strong>
      </p>
      <table className="ft-paper-codes">
        <thead>
          <tr>
            {codes.map(([label]) => (
              <th key={label} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {codes.map(([label, value]) => (
              <td key={label}>{value}</td>
            ))}
          </tr>
        </tbody>
      </table>
      <dl className="ft-paper-grid">
        <div>
          <dt>IBAN</dt>
          <dd className="ft-paper-mono">{formatIban(iban)}</dd>
        </div>
        <div>
          <dt>BIC</dt>
          <dd className="ft-paper-mono">{text(persona, 'rib.bic')}</dd>
        </div>
      </dl>
    </article>
  );
}
