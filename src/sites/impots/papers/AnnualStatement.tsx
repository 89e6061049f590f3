/**
 * The statement of the year's taxable salaries from an employer (« Attestation de salaires »):
 * for the famille-martin persona, Sophie's second employer, whose salary the pre-filled
 * declaration misses.
 */
import type { PaperProps } from '../../framework/siteViews.ts';
import { euros, text } from '../../framework/personaText.ts';
import './papers.css';

/** The employers' statements of the year. */
export function AnnualStatement({ persona, headingLevel }: PaperProps) {
  const Heading = `h${headingLevel}` as const;
  const field = (name: string) => text(persona, `impots.second_employeur.${name}`);
  const year = text(persona, 'impots.declaration.revenus_de');
  return (
    <article className="paper impots-paper">
      <Heading className="paper-title">
        Attestations de salaires {year} de {field('salariee')}
      </Heading>
      <dl className="impots-paper__amounts">
        <div>
          <dt>
            {field('premier_employeur')} — net imposable {year}
          </dt>
          <dd>{euros(field('net_imposable_premier'))}</dd>
        </div>
        <div>
          <dt>
            {field('employeur')} ({field('periode')}) — net imposable
          </dt>
          <dd>{euros(field('net_imposable'))}</dd>
        </div>
      </dl>
    </article>
  );
}
