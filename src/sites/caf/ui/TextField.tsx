/**
 * A labelled text field of the CAF site that is a lesson target: hint and error linked with
 * `aria-describedby`, `fill` reported through the bridge when the learner leaves the field
 * (the shared `Field` and `TextInput`, in the CAF's look).
 */
import { describedBy, Field } from '../../framework/ui/Field.tsx';
import { TextInput, type TextInputProps } from '../../framework/ui/TextInput.tsx';
import type { TargetId } from '../../../lesson/types.ts';
import type { CafTarget } from '../targets.ts';

export interface TextFieldProps<T extends TargetId = CafTarget> extends Omit<
  TextInputProps,
  'target' | 'type' | 'inputMode' | 'invalid' | 'describedBy' | 'onLeave'
> {
  /** The input's id; the hint and error get `<id>-hint` and `<id>-error`. */
  id: string;
  /** The target id, e.g. `caf.login.nir` (a claim's, the simulator's… with their own `T`). */
  target: T;
  label: string;
  hint?: string;
  error?: string | null;
  /** (default: `text`) */
  type?: 'text' | 'password';
  inputMode?: 'numeric' | 'decimal' | 'text';
  /** Gives the error `role="alert"`, for a form with no error summary. */
  announce?: boolean;
}

/** A text input with its label, hint and error (under the input, as on the real site). */
export function TextField<T extends TargetId = CafTarget>({
  id,
  label,
  hint,
  error,
  announce,
  className,
  ...input
}: TextFieldProps<T>) {
  return (
    <Field
      classPrefix="caf"
      id={id}
      label={label}
      hint={hint}
      error={error}
      errorPlacement="after"
      announce={announce}
      className={className}
    >
      <TextInput id={id} invalid={!!error} describedBy={describedBy(id, hint, error)} {...input} />
    </Field>
  );
}
