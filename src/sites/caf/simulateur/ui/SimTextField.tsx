/**
 * A text field of the simulator (the CAF copy's `TextField`, for the simulator's targets): label,
 * hint and error linked with `aria-describedby`, `fill` reported when the learner leaves the field.
 */
import { describedBy, Field } from '../../../framework/ui/Field.tsx';
import { TextInput } from '../../../framework/ui/TextInput.tsx';
import type { SimulateurTarget } from '../simulateurTargets.ts';

export interface SimTextFieldProps {
  id: string;
  target: SimulateurTarget;
  label: string;
  hint?: string;
  error?: string | null | undefined;
  value: string;
  onValue(value: string): void;
  inputMode?: 'numeric' | 'decimal' | 'text';
  className?: string;
}

/** A text input with its label, hint and error (under the input, as on the real site). */
export function SimTextField({ id, label, hint, error, className, ...input }: SimTextFieldProps) {
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
