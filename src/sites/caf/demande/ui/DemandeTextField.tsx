/**
 * A text field of the claim: label, hint and error linked with `aria-describedby`, `fill`
 * reported when the learner leaves the field (the shared `Field` and `TextInput`, in the CAF's look).
 */
import { describedBy, Field } from '../../../framework/ui/Field.tsx';
import { TextInput } from '../../../framework/ui/TextInput.tsx';
import type { DemandeTarget } from '../demandeTargets.ts';

export interface DemandeTextFieldProps {
  id: string;
  target: DemandeTarget;
  label: string;
  hint?: string;
  error?: string | null | undefined;
  value: string;
  onValue(value: string): void;
  inputMode?: 'numeric' | 'decimal' | 'text';
  className?: string;
}

export function DemandeTextField({ id, label, hint, error, className, ...input }: DemandeTextFieldProps) {
  return (
    <Field
      classPrefix="caf"
      id={id}
      label={label}
      hint={hint}
      error={error}
      errorPlacement="after"
      className={className}
    >
      <TextInput id={id} invalid={!!error} describedBy={describedBy(id, hint, error)} {...input} />
    </Field>
  );
}
