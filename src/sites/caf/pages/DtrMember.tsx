/**
 * « Vos ressources » / « Les ressources de votre conjoint »: the three months of one member,
 * with one inline panel open at a time, the question « … perçu d'autres ressources ? », then
 * « Précédent » / « Suivant » (refused until the question is answered).
 */
import { useEffect, useRef, useState, type Dispatch } from 'react';
import { useSiteBridge } from '../../framework/SiteBridge.tsx';
import { TargetButton } from '../../framework/TargetButton.tsx';
import type { CafPersona } from '../cafPersona.ts';
import { countLines, memberName, type DtrAction, type DtrState } from '../dtrReducer.ts';
import { resourceLabels } from '../resourceLabels.ts';
import { RadioGroup } from '../simulateur/ui/RadioGroup.tsx';
import { dtrMonths, type DtrMember as Member, type DtrMonth as Month } from '../targets.ts';
import { ErrorSummary, type FormError } from '../ui/ErrorSummary.tsx';
import { DtrAddPanel } from './DtrAddPanel.tsx';
import { DtrEditPanel } from './DtrEditPanel.tsx';
import { DtrMonth } from './DtrMonth.tsx';
import { DtrStepper } from './DtrStepper.tsx';

/** The open panel: « Modifier » of the line `key`, or « Ajouter une ressource » (`key: null`). */
type Panel = { month: Month; key: string | null } | null;

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

const titles: Record<Member, string> = {
  vous: 'Vos ressources',
  conjoint: 'Les ressources de votre conjoint',
  enfant1: 'Les ressources de votre enfant',
  enfant2: 'Les ressources de votre enfant',
};
const questions: Record<Member, string> = {
  vous: 'Avez-vous perçu d’autres ressources que celles indiquées ci-dessus ?',
  conjoint: 'Votre conjoint a-t-il perçu d’autres ressources que celles indiquées ci-dessus ?',
  enfant1: 'Votre enfant a-t-il perçu d’autres ressources que celles indiquées ci-dessus ?',
  enfant2: 'Votre enfant a-t-il perçu d’autres ressources que celles indiquées ci-dessus ?',
};

/** One member's page of the declaration. */
export function DtrMember({ p, member, dtr, dispatch, step, steps, onPrevious, onNext }: DtrMemberProps) {
  const { emit } = useSiteBridge();
  const [panel, setPanel] = useState<Panel>(null);
  const [errors, setErrors] = useState<FormError[]>([]);
  const question = `caf-dtr-${member}-autres`;
  // A new object each time, so that focus moves even to the same button again.
  const [returnTo, setReturnTo] = useState<{ target: string } | null>(null);
  const root = useRef<HTMLDivElement>(null);
  // When a panel closes, focus goes back to the button that opened it (after « Supprimer »: « Ajouter »).
  useEffect(() => {
    if (!panel && returnTo) root.current?.querySelector<HTMLElement>(`[data-target="${returnTo.target}"]`)?.focus();
  }, [panel, returnTo]);

  const close = () => {
    if (panel)
      setReturnTo({ target: `caf.dtr.${member}.${panel.month}.${panel.key ? `${panel.key}.modifier` : 'ajouter'}` });
    setPanel(null);
  };
  const open = (next: Panel) => {
    setReturnTo(null);
    setPanel(next);
  };

  const nodeFor = (month: Month) => {
    if (!panel || panel.month !== month) return undefined;
    const label = p.dtr.mois[month];
    const { key } = panel;
    const line = dtr.lines[member][month].find((l) => l.key === key);
    const node = key ? (
      <DtrEditPanel
        title={`${line ? resourceLabels[line.type] : ''}${line?.payer ? ` (${line.payer})` : ''}, ${label}`}
        scope={`${member}.${month}.${key}`}
        current={line?.cents ?? 0}
        onSave={(change) => {
          dispatch({ type: 'modify', member, month, key, ...change });
          close();
        }}
        onCancel={close}
      />
    ) : (
      <DtrAddPanel
        monthLabel={label}
        count={(t) => countLines(dtr.lines[member][month], t)}
        onAdd={(resource, cents, payer) => {
          dispatch({ type: 'add', member, month, resource, cents, payer });
          close();
        }}
        onCancel={close}
      />
    );
    return { key, node };
  };

  const next = () => {
    const answered = dtr.others[member] !== undefined;
    emit(
      answered ? { action: 'click', target: 'caf.dtr.next' } : { action: 'click', target: 'caf.dtr.next', ok: false },
    );
    if (answered) onNext();
    else setErrors([{ field: question, message: 'Veuillez répondre à cette question.' }]);
  };

  const who = memberName(p, member);
  return (
    <div ref={root}>
      <h1 tabIndex={-1}>{titles[member]}</h1>
      <DtrStepper step={step} steps={steps} />
      <ErrorSummary errors={errors} />
      <p className="caf-lead">
        <strong>{who}</strong>
      </p>
      {dtrMonths.map((month) => (
        <DtrMonth
          key={month}
          member={member}
          month={month}
          label={p.dtr.mois[month]}
          lines={dtr.lines[member][month]}
          onModify={(key) => open({ month, key })}
          onRemove={(key) => {
            dispatch({ type: 'remove', member, month, key });
            // The line and its buttons are gone: focus goes to the month's « Ajouter une ressource ».
            if (panel?.month === month) setPanel(null);
            setReturnTo({ target: `caf.dtr.${member}.${month}.ajouter` });
          }}
          onAdd={() => open({ month, key: null })}
          panel={nodeFor(month)}
        />
      ))}
      <RadioGroup
        name={question}
        target={`caf.dtr.${member}.autres`}
        legend={questions[member]}
        options={[
          { value: 'oui', label: 'Oui' },
          { value: 'non', label: 'Non' },
        ]}
        value={dtr.others[member] ?? ''}
        onValue={(answer) => {
          dispatch({ type: 'others', member, answer: answer === 'oui' ? 'oui' : 'non' });
          setErrors([]);
        }}
        error={errors[0]?.message}
        inline
      />
      <div className="caf-actions caf-actions--nav">
        <TargetButton target="caf.dtr.previous" className="caf-button caf-button--secondary" onPress={onPrevious}>
          Précédent
        </TargetButton>
        <button type="button" className="caf-button caf-button--primary" data-target="caf.dtr.next" onClick={next}>
          Suivant
        </button>
      </div>
    </div>
  );
}
