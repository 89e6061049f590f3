/**
 * The inline panel of « Modifier »: the reason, the new amount (none when the revenue was not
 * received) and a proof chosen with the practice file chooser, then « Enregistrer » or « Annuler ».
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { PracticeFile } from '../../../lesson/practiceFiles.ts';
import { useSiteBridge } from '../../framework/SiteBridge.tsx';
import { useChooseTarget } from '../../framework/useChooseTarget.ts';
import { describedBy, Field, FieldError } from '../../framework/ui/Field.tsx';
import { FileChooserButton } from '../../framework/upload/FileChooserButton.tsx';
import { PanelActions } from '../ui/PanelActions.tsx';
import { ErrorSummary, type FormError } from '../ui/ErrorSummary.tsx';
import { formatAmount, readTypedAmount } from '../../../french/index.ts';
import { reasonLabels } from '../resourceLabels.ts';
import { dtrEditReasons, type DtrEditReason } from '../targets.ts';
import { TextField } from '../ui/TextField.tsx';
import { checkProof } from '../checkProof.ts';

export interface DtrEditPanelProps {
  /** `Salaires, Août 2026`. */
  title: string;
  /** The line it edits (`vous.m2.salaire`): the field's values are reported with it. */
  scope: string;
  /** The amount now declared, in cents. */
  current: number;
  onSave(change: { cents: number; reason: DtrEditReason; proof: string }): void;
  onCancel(): void;
}

const ids = { reason: 'caf-dtr-edit-reason', amount: 'caf-dtr-edit-amount', proof: 'caf-dtr-edit-proof' };

/** Modifier un montant. */
export function DtrEditPanel({ title, scope, current, onSave, onCancel }: DtrEditPanelProps) {
  const { emit } = useSiteBridge();
  const [reason, setReason] = useState<DtrEditReason | ''>('');
  const reasonTarget = useChooseTarget('caf.dtr.edit.reason', (value) => setReason(value as DtrEditReason | ''));
  const [value, setValue] = useState('');
  const [proof, setProof] = useState<string | null>(null);
  const [proofError, setProofError] = useState<string | null>(null);
  const [errors, setErrors] = useState<FormError[]>([]);
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => select.current?.focus(), []);
  // « Je n'ai pas perçu ce revenu »: the amount becomes 0, nothing to type.
  const withAmount = reason !== 'non-percu';
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message ?? null;

  const chosen = (file: PracticeFile) => {
    const problem = checkProof(file);
    setProofError(problem);
    if (problem) return false;
    setProof(file.name);
    setErrors((list) => list.filter((e) => e.field !== ids.proof));
    return true;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = withAmount ? readTypedAmount(value) : { cents: 0, error: null };
    const found: FormError[] = [];
    if (reason === '') found.push({ field: ids.reason, message: 'Choisissez le motif de la modification.' });
    if (typed.error) found.push({ field: ids.amount, message: typed.error });
    if (!proof) found.push({ field: ids.proof, message: 'Ajoutez un justificatif.' });
    setErrors(found);
    setProofError(null);
    const ok = found.length === 0 && reason !== '' && typed.cents !== null && proof !== null;
    emit(
      ok
        ? { action: 'click', target: 'caf.dtr.edit.save' }
        : { action: 'click', target: 'caf.dtr.edit.save', ok: false },
    );
    if (ok) onSave({ cents: typed.cents, reason, proof });
  };

  const proofMessage = proofError ?? errorOf(ids.proof);
  return (
    <form className="caf-inline-panel" data-place="dtr-edit" noValidate onSubmit={submit}>
      <fieldset>
        <legend>Modifier : {title}</legend>
        <ErrorSummary errors={errors} />
        <p className="caf-muted">Montant actuel : {formatAmount(current)}</p>
        <Field
          classPrefix="caf"
          id={ids.reason}
          label="Motif de la modification"
          error={errorOf(ids.reason)}
          errorPlacement="after"
        >
          <select
            id={ids.reason}
            ref={select}
            {...reasonTarget}
            value={reason}
            aria-invalid={errorOf(ids.reason) ? true : undefined}
            aria-describedby={describedBy(ids.reason, undefined, errorOf(ids.reason))}
          >
            <option value="">Choisissez</option>
            {dtrEditReasons.map((r) => (
              <option key={r} value={r}>
                {reasonLabels[r]}
              </option>
            ))}
          </select>
        </Field>
        {withAmount && (
          <TextField
            id={ids.amount}
            target="caf.dtr.edit.amount"
            scope={scope}
            label="Nouveau montant (en euros)"
            inputMode="decimal"
            autoComplete="off"
            value={value}
            onValue={setValue}
            error={errorOf(ids.amount)}
          />
        )}
        <div className={`caf-field${proofMessage ? ' caf-field--error' : ''}`}>
          <p className="caf-field__label" id={`${ids.proof}-label`}>
            Justificatif
          </p>
          <p className="caf-field__hint" id={`${ids.proof}-hint`}>
            Formats acceptés : PDF, JPG, PNG. Taille maximale : 5 Mo.
          </p>
          {proof && (
            <p className="caf-file" id={`${ids.proof}-file`}>
              Fichier ajouté : {proof}
            </p>
          )}
          <span id={ids.proof} tabIndex={-1}>
            <FileChooserButton
              target="caf.dtr.edit.proof"
              className="caf-button caf-button--secondary caf-button--small"
              describedBy={[`${ids.proof}-label`, `${ids.proof}-hint`, proofMessage ? `${ids.proof}-error` : '']
                .filter(Boolean)
                .join(' ')}
              onChosen={chosen}
            >
              {proof ? 'Remplacer le justificatif' : 'Ajouter un justificatif'}
            </FileChooserButton>
          </span>
          <FieldError classPrefix="caf" id={ids.proof} error={proofMessage} />
        </div>
        <PanelActions
          submit={{ label: 'Enregistrer', target: 'caf.dtr.edit.save' }}
          cancelTarget="caf.dtr.edit.cancel"
          onCancel={onCancel}
        />
      </fieldset>
    </form>
  );
}
