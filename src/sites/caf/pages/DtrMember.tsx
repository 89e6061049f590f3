/**
 * « Vos ressources » / « Les ressources de votre conjoint »: the three months of one member,
 * with one inline panel open at a time, then « Précédent » / « Suivant ».
 */
import { useEffect, useRef, useState, type Dispatch } from 'react';
import { TargetButton } from '../../framework/TargetButton.tsx';
import type { CafPersona } from '../cafPersona.ts';
import type { DtrAction, DtrState } from '../dtrReducer.ts';
import { resourceLabels } from '../resourceLabels.ts';
import { dtrMonths, type DtrMember as Member, type DtrMonth as Month, type DtrResourceType } from '../targets.ts';
import { DtrAddPanel } from './DtrAddPanel.tsx';
import { DtrEditPanel } from './DtrEditPanel.tsx';
import { DtrMonth } from './DtrMonth.tsx';
import { DtrStepper } from './DtrStepper.tsx';

type Panel = { month: Month; type: DtrResourceType | null } | null;

export interface DtrMemberProps {
  p: CafPersona;
  member: Member;
  dtr: DtrState;
  dispatch: Dispatch<DtrAction>;
  /** This page's place among the declaration's pages (1-based) and their number. */
  step: number;
  steps: number;
  onPrevious(): void;
  onNext(): void;
}

/** One member's page of the declaration. */
export function DtrMember({ p, member, dtr, dispatch, step, steps, onPrevious, onNext }: DtrMemberProps) {
  const [panel, setPanel] = useState<Panel>(null);
  const [returnTo, setReturnTo] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  // When a panel closes, focus goes back to the button that opened it.
  useEffect(() => {
    if (!panel && returnTo) root.current?.querySelector<HTMLElement>(`[data-target="${returnTo}"]`)?.focus();
  }, [panel, returnTo]);

  const close = () => {
    if (panel) setReturnTo(`caf.dtr.${member}.${panel.month}.${panel.type ? `${panel.type}.modifier` : 'ajouter'}`);
    setPanel(null);
  };
  const open = (next: Panel) => {
    setReturnTo(null);
    setPanel(next);
  };

  const nodeFor = (month: Month) => {
    if (!panel || panel.month !== month) return undefined;
    const label = p.dtr.mois[month];
    const { type } = panel;
    const node = type ? (
      <DtrEditPanel
        title={`${resourceLabels[type]}, ${label}`}
        scope={`${member}.${month}.${type}`}
        current={dtr.lines[member][month].find((line) => line.type === type)?.cents ?? 0}
        onSave={(cents) => {
          dispatch({ type: 'modify', member, month, resource: type, cents });
          close();
        }}
        onCancel={close}
      />
    ) : (
      <DtrAddPanel
        monthLabel={label}
        // A line the learner added is changed by adding it again; the CAF's own lines by « Modifier ».
        listed={(t) => dtr.lines[member][month].some((line) => line.type === t && line.prefilled !== null)}
        onAdd={(resource, cents) => {
          dispatch({ type: 'add', member, month, resource, cents });
          close();
        }}
        onCancel={close}
      />
    );
    return { type, node };
  };

  const who = member === 'vous' ? `Vous : ${p.prenom}` : `Votre conjoint : ${p.conjoint?.prenom ?? ''}`;
  return (
    <div ref={root}>
      <h1 tabIndex={-1}>{member === 'vous' ? 'Vos ressources' : 'Les ressources de votre conjoint'}</h1>
      <DtrStepper step={step} steps={steps} />
      <p className="caf-lead">
        <strong>{who}</strong>. Montants en « montant net social », dans le mois où l’argent a été reçu.
      </p>
      {dtrMonths.map((month) => (
        <DtrMonth
          key={month}
          member={member}
          month={month}
          label={p.dtr.mois[month]}
          lines={dtr.lines[member][month]}
          onModify={(type) => open({ month, type })}
          onAdd={() => open({ month, type: null })}
          panel={nodeFor(month)}
        />
      ))}
      <div className="caf-actions caf-actions--nav">
        <TargetButton target="caf.dtr.previous" className="caf-button caf-button--secondary" onPress={onPrevious}>
          Précédent
        </TargetButton>
        <TargetButton target="caf.dtr.next" className="caf-button caf-button--primary" onPress={onNext}>
          Suivant
        </TargetButton>
      </div>
    </div>
  );
}
