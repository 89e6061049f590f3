/**
 * A labelled text field of the impots.gouv site that is a lesson target: hint and error linked
 * with `aria-describedby` (the error under the input, as on the real site), `fill` reported when
 * the learner leaves the field, and a real-looking identifier erased (the shared `Field` and
 * `TextInput`, in the impots.gouv look).
 */
import type { ReactNode } from 'react';
import { describedBy, Field } from '../../framework/ui/Field.tsx';
import { TextInput, type TextInputProps } from '../../framework/ui/TextInput.tsx';

export interface TextFieldProps extends Omit<TextInputProps, 'invalid' | 'describedBy' | 'onKept' | 'className'> {
  label: string;
  hint?: string;
  error?: string | null;
  /** More ids the field is described by (a password's rules). */
  describedBy?: string;
  /** (default: `long`) */
  size?: 'short' | 'medium' | 'long';
  /** Shown after the input, on its line (a password's « Afficher »). */
  after?: ReactNode;
  /** Shown under the field (a « Où trouver… ? » help). */
  below?: ReactNode;
  /** Gives the error `role="alert"`, for a form with no error summary. */
  announce?: boolean;
}

/** A text input with its label, hint and error. */
export function TextField({
  id,
  label,
  hint,
  error,
  describedBy: more,
  size = 'long',
  after,
  below,
  announce,
  ...input
}: TextFieldProps) {
  return (
    <Field
      classPrefix="impots"
      id={id}
      label={label}
      hint={hint}
      error={error}
      errorPlacement="after"
      announce={announce}
    >
      <div className="impots-field__line">
        <TextInput
          id={id}
          className={`impots-field__input impots-field__input--${size}`}
          invalid={!!error}
          describedBy={describedBy(id, hint, error, more)}
          {...input}
        />
        {after}
      </div>
      {below}
    </Field>
  );
}
