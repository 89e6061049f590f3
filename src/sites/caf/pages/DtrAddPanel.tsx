/** The inline panel of « Ajouter une ressource »: a type, an amount, « Ajouter » or « Annuler ». */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSiteBridge } from '../../framework/SiteBridge.tsx';
import { useChooseTarget } from '../../framework/useChooseTarget.ts';
import { describedBy, Field } from '../../framework/ui/Field.tsx';
import { PanelActions } from '../ui/PanelActions.tsx';
import { readTypedAmount } from '../../../french/index.ts';
import { resourceLabels } from '../resourceLabels.ts';
import { dtrResourceTypes, type DtrResourceType } from '../targets.ts';
import { TextField } from '../ui/TextField.tsx';

export interface DtrAddPanelProps {
  /** `Août 2026`. */
  monthLabel: string;
  /**
   * Whether the month already lists this type from the CAF (then « Modifier » is the way); adding
   * again a type the learner added changes its amount.
   */
  listed(type: DtrResourceType): boolean;
  onAdd(type: DtrResourceType, cents: number): void;
  onCancel(): void;
}

/** Ajouter une ressource. */
export function DtrAddPanel({ monthLabel, listed, onAdd, onCancel }: DtrAddPanelProps) {
  const { emit } = useSiteBridge();
  const [type, setType] = useState<DtrResourceType | ''>('');
  const typeTarget = useChooseTarget('caf.dtr.add.type', (value) => setType(value as DtrResourceType | ''));
  const [amount, setAmount] = useState('');
  const [errors, setErrors] = useState<{ type?: string | null; amount?: string | null }>({});
  const select = useRef<HTMLSelectElement>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => select.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typeError =
      type === ''
        ? 'Choisissez un type de ressource.'
        : listed(type)
          ? 'Cette ressource est déjà dans la liste de ce mois : utilisez son bouton « Modifier ».'
          : null;
    const { cents, error: amountProblem } = readTypedAmount(amount);
    const found = { type: typeError, amount: amountProblem };
    setErrors(found);
    const ok = !found.type && cents !== null;
    emit(
      ok ? { action: 'click', target: 'caf.dtr.add.save' } : { action: 'click', target: 'caf.dtr.add.save', ok: false },
    );
    if (ok) onAdd(type as DtrResourceType, cents);
    else (found.type ? select : input).current?.focus();
  };

  return (
    <form className="caf-inline-panel" data-place="dtr-add" noValidate onSubmit={submit}>
      <fieldset>
        <legend>Ajouter une ressource : {monthLabel}</legend>
        <Field
          classPrefix="caf"
          id="caf-dtr-add-type"
          label="Type de ressource"
          error={errors.type}
          errorPlacement="after"
          announce
        >
          <select
            id="caf-dtr-add-type"
            ref={select}
            {...typeTarget}
            value={type}
            aria-invalid={errors.type ? true : undefined}
            aria-describedby={describedBy('caf-dtr-add-type', undefined, errors.type)}
          >
            <option value="">Choisissez</option>
            {dtrResourceTypes.map((t) => (
              <option key={t} value={t}>
                {resourceLabels[t]}
              </option>
            ))}
          </select>
        </Field>
        <TextField
          id="caf-dtr-add-amount"
          target="caf.dtr.add.amount"
          label="Montant (montant net social, en euros)"
          hint="Par exemple : 250,00"
          inputMode="decimal"
          autoComplete="off"
          value={amount}
          onValue={setAmount}
          error={errors.amount}
          announce
          inputRef={input}
        />
        <PanelActions
          submit={{ label: 'Ajouter', target: 'caf.dtr.add.save' }}
          cancelTarget="caf.dtr.add.cancel"
          onCancel={onCancel}
        />
      </fieldset>
    </form>
  );
}
