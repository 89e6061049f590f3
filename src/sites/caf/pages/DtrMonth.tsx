/**
 * One month of one member's declaration: the lines with their « Modifier » button, and
 * « Ajouter une ressource », with the inline panel that is open, if any.
 */
import type { ReactNode } from 'react';
import { TargetButton } from '../../framework/TargetButton.tsx';
import type { DtrLine } from '../dtrReducer.ts';
import { ChangeBadge } from '../ui/ChangeBadge.tsx';
import { formatAmount } from '../../../french/index.ts';
import { resourceLabels } from '../resourceLabels.ts';
import type { DtrMember, DtrMonth as Month, DtrResourceType } from '../targets.ts';

export interface DtrMonthProps {
  member: DtrMember;
  month: Month;
  /** `Août 2026`. */
  label: string;
  lines: DtrLine[];
  onModify(type: DtrResourceType): void;
  onAdd(): void;
  /** The open edit panel goes under its line; `type: null` puts the add panel under the list. */
  panel?: { type: DtrResourceType | null; node: ReactNode };
}

/** A month's section. */
export function DtrMonth({ member, month, label, lines, onModify, onAdd, panel }: DtrMonthProps) {
  const id = `caf-dtr-${member}-${month}`;
  return (
    <section className="caf-month" aria-labelledby={id}>
      <h2 id={id}>{label}</h2>
      {lines.length === 0 ? (
        <p className="caf-muted">Aucune ressource connue pour ce mois.</p>
      ) : (
        <ul className="caf-lines">
          {lines.map((line) => (
            <li key={line.type} className="caf-line">
              <div className="caf-line__row">
                <span className="caf-line__type">{resourceLabels[line.type]}</span>
                <span className="caf-line__amount">{formatAmount(line.cents)}</span>
                <ChangeBadge line={line} />
                <TargetButton
                  target={`caf.dtr.${member}.${month}.${line.type}.modifier`}
                  className="caf-button caf-button--secondary caf-button--small"
                  onPress={() => onModify(line.type)}
                >
                  Modifier{' '}
                  <span className="caf-sr-only">
                    : {resourceLabels[line.type]}, {label}
                  </span>
                </TargetButton>
              </div>
              {panel?.type === line.type && panel.node}
            </li>
          ))}
        </ul>
      )}
      {panel?.type === null && panel.node}
      <TargetButton target={`caf.dtr.${member}.${month}.ajouter`} className="caf-link caf-link--add" onPress={onAdd}>
        <span aria-hidden="true">+ </span>Ajouter une ressource <span className="caf-sr-only">: {label}</span>
      </TargetButton>
    </section>
  );
}
