/**
 * A labelled text field of the ameli site that is a lesson target: hint and error linked with
 * `aria-describedby` (the error under the field, as on ameli), `fill` reported through the bridge
 * when the learner leaves the field, and what looks like a real identifier erased.
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
  /** Shown after the input, on its line (the password's « Afficher » button). */
  after?: ReactNode;
}

/** A text input with its label, hint and error. */
export function TextField({ id, label, hint, error, after, ...input }: TextFieldProps) {
  return (
    <Field classPrefix="am" id={id} label={label} hint={hint} error={error} errorPlacement="after">
      <div className="am-field__line">
        <TextInput
          id={id}
          className="am-field__input"
          invalid={!!error}
          describedBy={describedBy(id, hint, error)}
          {...input}
        />
        {after}
      </div>
    </Field>
  );
}
