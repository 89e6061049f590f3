/**
 * Page 1 of the persona's last declaration of income (the paper form 2042 they kept): the
 * numéro fiscal of each declarant and, at the top, the numéro d'accès en ligne.
 */
import { readPath } from '../../../lesson/readPath.ts';
import type { PaperProps } from '../../framework/siteViews.ts';
import { text } from '../../framework/personaText.ts';
import { spacedNif } from '../documents/spacedNif.ts';
import './papers.css';

/** The declaration's first page. */
export function DeclarationPage({ persona, headingLevel }: PaperProps) {
  const Heading = `h${headingLevel}` as const;
  const notices = readPath(persona, 'impots.avis');
  const year = Array.isArray(notices) ? Number((notices[0] as Record<string, unknown>).revenus_de ?? 0) : 0;
  const partner = text(persona, 'conjoint.impots.numero_fiscal');
  return (
    <article className="paper impots-paper impots-paper--form">
      <Heading className="paper-title">Déclaration des revenus {year} (page 1)</Heading>
      <dl className="impots-paper__refs impots-paper__refs--access">
        <dt>Pour déclarer en ligne</dt>
        <dd>
          Numéro d’accès en ligne : <strong>{text(persona, 'impots.numero_acces_en_ligne')}</strong>
        </dd>
      </dl>
      <dl className="impots-paper__amounts">
        <div>
          <dt>Numéro fiscal du déclarant 1</dt>
          <dd>{spacedNif(text(persona, 'impots.numero_fiscal'))}</dd>
        </div>
        {partner && (
          <div>
            <dt>Numéro fiscal du déclarant 2</dt>
            <dd>{spacedNif(partner)}</dd>
          </div>
        )}
        <div>
          <dt>Déclarant 1</dt>
          <dd>
            {text(persona, 'nom').toUpperCase()} {text(persona, 'prenom')}, né(e) le {text(persona, 'naissance')}
          </dd>
        </div>
      </dl>
    </article>
  );
}
