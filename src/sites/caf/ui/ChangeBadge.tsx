/** « modifié par vous » / « ajouté par vous », beside a line the learner changed. */
import { lineChange, type DtrLine } from '../dtrReducer.ts';
import { formatAmount } from '../../../french/index.ts';

export interface ChangeBadgeProps {
  line: DtrLine;
  /** Also says the CAF's amount (« au lieu de 0,00 € »), as on the review page. */
  withPrevious?: boolean;
}

/** Nothing for an unchanged pre-filled line. */
export function ChangeBadge({ line, withPrevious }: ChangeBadgeProps) {
  const change = lineChange(line);
  if (!change) return null;
  const previous =
    withPrevious && change === 'modifie' && line.prefilled !== null
      ? `, au lieu de ${formatAmount(line.prefilled)}`
      : '';
  return <span className="caf-badge">{change === 'ajoute' ? 'ajouté par vous' : `modifié par vous${previous}`}</span>;
}
