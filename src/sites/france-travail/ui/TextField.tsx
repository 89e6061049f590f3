/**
 * A labelled text field of the France Travail site that is a lesson target: hint and error
 * linked with `aria-describedby`, `fill` reported through the bridge when the learner leaves the
 * field, and what looks like a real identifier erased (the shared `Field` and `TextInput`, in
 * France Travail's look).
 */
import type { ReactNode } from 'react';
import { describedBy, Field } from '../../framework/ui/Field.tsx';
import { TextInput, type TextInputProps } from '../../framework/ui/TextInput.tsx';

export interface TextFieldProps extends Omit<
  TextInputProps,
  'invalid' | 'describedBy' | 'onKept' | 'scope' | 'className'
> {
  /** The input's id; the hint and error get `<id>-hint` and `<id>-error`. */
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  /** More ids the field is described by (a password's rules). */
  describedBy?: string;
  /** (default: `ft-field__input--long`) `ft-field__input--short` for a date, a postcode. */
  size?: 'short' | 'medium' | 'long';
  /** Shown after the input, on its line (the password's « Afficher » button). */
  after?: ReactNode;
}

/** A text input with its label, hint and error (above the input, as on the real site). */
export function TextField({
  id,
  label,
  hint,
  error,
  describedBy: more,
  size = 'long',
  after,
  ...input
}: TextFieldProps) {
  return (
    <Field classPrefix="ft" id={id} label={label} hint={hint} error={error} errorPlacement="before">
      <div className="ft-field__line">
        <TextInput
          id={id}
          className={`ft-field__input ft-field__input--${size}`}
          invalid={!!error}
          describedBy={describedBy(id, hint, error, more)}
          {...input}
        />
        {after}
      </div>
    </Field>
  );
}
