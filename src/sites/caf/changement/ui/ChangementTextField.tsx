/** A text field of the declaration of a change: label, hint and error linked, `fill` reported on leaving. */
import { describedBy, Field } from '../../../framework/ui/Field.tsx';
import { TextInput } from '../../../framework/ui/TextInput.tsx';
import type { ChangementTarget } from '../changementTargets.ts';

export interface ChangementTextFieldProps {
  id: string;
  target: ChangementTarget;
  label: string;
  hint?: string;
  error?: string | null | undefined;
  value: string;
  onValue(value: string): void;
  inputMode?: 'numeric' | 'decimal' | 'text';
  className?: string;
}

/** A text input with its label, hint and error (under the input, as on the real site). */
export function ChangementTextField({ id, label, hint, error, className, ...input }: ChangementTextFieldProps) {
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
