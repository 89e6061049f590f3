/**
 * The last avis d'impôt of the persona, page 1 as the card shows it: « Vos références » at the
 * top left with the numéro fiscal, the référence de l'avis and the revenu fiscal de référence,
 * at their places on the real avis.
 */
import { readPath } from '../../../lesson/readPath.ts';
import type { PaperProps } from '../../framework/siteViews.ts';
import { text } from '../../framework/personaText.ts';
import { spacedNif } from '../documents/spacedNif.ts';
import './papers.css';

/** The avis d'impôt on the income of the year before. */
export function AvisImpot({ persona, headingLevel }: PaperProps) {
  const Heading = `h${headingLevel}` as const;
  const notices = readPath(persona, 'impots.avis');
  const last = Array.isArray(notices) ? (notices[0] as Record<string, unknown>) : {};
  const year = Number(last.revenus_de ?? 0);
  const conjoint = text(persona, 'conjoint.prenom');
  return (
    <article className="paper impots-paper">
      <Heading className="paper-title">
        Avis d’impôt {year + 1} sur les revenus de l’année {year}
      </Heading>
      <div className="impots-paper__top">
        <dl className="impots-paper__refs">
          <dt>Vos références</dt>
          <dd>
            Numéro fiscal : <strong>{spacedNif(text(persona, 'impots.numero_fiscal'))}</strong>
          </dd>
          <dd>
            Référence de l’avis : <strong>{String(last.reference ?? '')}</strong>
          </dd>
          <dd>
            Revenu fiscal de référence : <strong>{String(last.revenu_fiscal_reference ?? '')} €</strong>
          </dd>
        </dl>
        <p className="impots-paper__address">
          {text(persona, 'prenom').toUpperCase()} {text(persona, 'nom').toUpperCase()}
          {conjoint && ` ou ${conjoint.toUpperCase()}`}
          <br />
          {text(persona, 'adresse')}
        </p>
      </div>
      <dl className="impots-paper__amounts">
        <div>
          <dt>Nombre de parts</dt>
          <dd>{String(last.parts ?? '').replace('.', ',')}</dd>
        </div>
        <div>
          <dt>Impôt sur le revenu net</dt>
          <dd>{String(last.impot ?? '')} €</dd>
        </div>
      </dl>
    </article>
  );
}
