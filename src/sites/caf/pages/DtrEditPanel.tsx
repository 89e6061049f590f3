/** The inline panel of « Modifier »: one amount, « Enregistrer » or « Annuler ». */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSiteBridge } from '../../framework/SiteBridge.tsx';
import { PanelActions } from '../ui/PanelActions.tsx';
import { formatAmount, readTypedAmount } from '../../../french/index.ts';
import { TextField } from '../ui/TextField.tsx';

export interface DtrEditPanelProps {
  /** `Salaires, Août 2026`. */
  title: string;
  /** The line it edits (`vous.m2.salaire`): the field's values are reported with it. */
  scope: string;
  /** The amount now declared, in cents. */
  current: number;
  onSave(cents: number): void;
  onCancel(): void;
}

/** Modifier un montant. */
export function DtrEditPanel({ title, scope, current, onSave, onCancel }: DtrEditPanelProps) {
  const { emit } = useSiteBridge();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { cents, error: problem } = readTypedAmount(value);
    setError(problem);
    emit(
      cents === null
        ? { action: 'click', target: 'caf.dtr.edit.save', ok: false }
        : { action: 'click', target: 'caf.dtr.edit.save' },
    );
    if (cents === null) input.current?.focus();
    else onSave(cents);
  };

  return (
    <form className="caf-inline-panel" data-place="dtr-edit" noValidate onSubmit={submit}>
      <fieldset>
        <legend>Modifier : {title}</legend>
        <p className="caf-muted">Montant actuel : {formatAmount(current)}</p>
        <TextField
          id="caf-dtr-edit-amount"
          target="caf.dtr.edit.amount"
          scope={scope}
          label="Nouveau montant (montant net social, en euros)"
          hint="Par exemple : 1 250,50"
          inputMode="decimal"
          autoComplete="off"
          value={value}
          onValue={setValue}
          error={error}
          announce
          inputRef={input}
        />
        <PanelActions
          submit={{ label: 'Enregistrer', target: 'caf.dtr.edit.save' }}
          cancelTarget="caf.dtr.edit.cancel"
          onCancel={onCancel}
        />
      </fieldset>
    </form>
  );
}
