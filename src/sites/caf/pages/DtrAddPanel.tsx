/**
 * The inline panel of « Ajouter une ressource »: a type, who paid it (the employer; optional),
 * an amount (the turnover for a self-employed activity), « Ajouter » or « Annuler ». A second
 * salary of the month (another employer) is a line of its own, with its employer's name.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSiteBridge } from '../../framework/SiteBridge.tsx';
import { useChooseTarget } from '../../framework/useChooseTarget.ts';
import { describedBy, Field } from '../../framework/ui/Field.tsx';
import { PanelActions } from '../ui/PanelActions.tsx';
import { readTypedAmount } from '../../../french/index.ts';
import { amountLabel, resourceLabels } from '../resourceLabels.ts';
import { dtrMaxLinesPerType, dtrResourceTypes, type DtrResourceType } from '../targets.ts';
import { TextField } from '../ui/TextField.tsx';

export interface DtrAddPanelProps {
  /** `Août 2026`. */
  monthLabel: string;
  /** How many lines of this type the month lists (one per employer or payer, up to a few). */
  count(type: DtrResourceType): number;
  /** The payer is `undefined` when the field was left empty. */
  onAdd(type: DtrResourceType, cents: number, payer: string | undefined): void;
  onCancel(): void;
}

/** Ajouter une ressource. */
export function DtrAddPanel({ monthLabel, count, onAdd, onCancel }: DtrAddPanelProps) {
  const { emit } = useSiteBridge();
  const [type, setType] = useState<DtrResourceType | ''>('');
  const typeTarget = useChooseTarget('caf.dtr.add.type', (value) => setType(value as DtrResourceType | ''));
  const [payer, setPayer] = useState('');
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
        : count(type) >= dtrMaxLinesPerType
          ? `Vous ne pouvez pas déclarer plus de ${dtrMaxLinesPerType} ressources de ce type pour ce mois.`
          : null;
    const { cents, error: amountProblem } = readTypedAmount(amount);
    const found = { type: typeError, amount: amountProblem };
    setErrors(found);
    const ok = !found.type && cents !== null;
    emit(
      ok ? { action: 'click', target: 'caf.dtr.add.save' } : { action: 'click', target: 'caf.dtr.add.save', ok: false },
    );
    if (ok) onAdd(type as DtrResourceType, cents, payer.trim() || undefined);
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
          id="caf-dtr-add-payer"
          target="caf.dtr.add.payer"
          label="Nom de l’employeur ou de l’organisme payeur (facultatif)"
          autoComplete="off"
          value={payer}
          onValue={setPayer}
        />
        <TextField
          id="caf-dtr-add-amount"
          target="caf.dtr.add.amount"
          label={amountLabel(type)}
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
