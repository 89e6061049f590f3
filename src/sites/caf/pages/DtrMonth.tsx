/**
 * One month of one member's declaration: the lines (one per payer, with the payer's name when
 * the CAF knows it) with their « Modifier » button (and « Supprimer » on a line the learner added),
 * and « Ajouter une ressource », with the inline panel that is open, if any.
 */
import type { ReactNode } from 'react';
import { TargetButton } from '../../framework/TargetButton.tsx';
import type { DtrLine } from '../dtrReducer.ts';
import { formatAmount } from '../../../french/index.ts';
import { resourceLabels } from '../resourceLabels.ts';
import type { DtrMember, DtrMonth as Month } from '../targets.ts';

export interface DtrMonthProps {
  member: DtrMember;
  month: Month;
  /** `Août 2026`. */
  label: string;
  lines: DtrLine[];
  /** Called with the line's key (`salaire`, `salaire-2`). */
  onModify(key: string): void;
  /** « Supprimer » on a line the learner added, with its key. */
  onRemove(key: string): void;
  onAdd(): void;
  /** The open edit panel goes under its line (`key`); `key: null` puts the add panel under the list. */
  panel?: { key: string | null; node: ReactNode };
}

/** A month's section. */
export function DtrMonth({ member, month, label, lines, onModify, onRemove, onAdd, panel }: DtrMonthProps) {
  const id = `caf-dtr-${member}-${month}`;
  return (
    <section className="caf-month" aria-labelledby={id}>
      <h2 id={id}>{label}</h2>
      {lines.length === 0 ? (
        <p className="caf-muted">Aucune ressource connue pour ce mois.</p>
      ) : (
        <ul className="caf-lines">
          {lines.map((line) => {
            const name = line.payer ? `${resourceLabels[line.type]} (${line.payer})` : resourceLabels[line.type];
            return (
              <li key={line.key} className="caf-line">
                <div className="caf-line__row">
                  <span className="caf-line__type">
                    {resourceLabels[line.type]}
                    {line.payer && <span className="caf-line__payer">{line.payer}</span>}
                  </span>
                  <span className="caf-line__amount">{formatAmount(line.cents)}</span>
                  <TargetButton
                    target={`caf.dtr.${member}.${month}.${line.key}.modifier`}
                    className="caf-button caf-button--secondary caf-button--small"
                    onPress={() => onModify(line.key)}
                  >
                    Modifier{' '}
                    <span className="caf-sr-only">
                      : {name}, {label}
                    </span>
                  </TargetButton>
                  {line.prefilled === null && (
                    <TargetButton
                      target={`caf.dtr.${member}.${month}.${line.key}.supprimer`}
                      className="caf-button caf-button--secondary caf-button--small"
                      onPress={() => onRemove(line.key)}
                    >
                      Supprimer{' '}
                      <span className="caf-sr-only">
                        : {name}, {label}
                      </span>
                    </TargetButton>
                  )}
                </div>
                {panel?.key === line.key && panel.node}
              </li>
            );
          })}
        </ul>
      )}
      {panel?.key === null && panel.node}
      <TargetButton target={`caf.dtr.${member}.${month}.ajouter`} className="caf-link caf-link--add" onPress={onAdd}>
        <span aria-hidden="true">+ </span>Ajouter une ressource <span className="caf-sr-only">: {label}</span>
      </TargetButton>
    </section>
  );
}
