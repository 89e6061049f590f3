/** A password field with « Afficher » beside it (a toggle: `aria-pressed`). */
import { useState } from 'react';
import type { TargetId } from '../../../lesson/types.ts';
import { TargetButton } from '../../framework/TargetButton.tsx';
import { TextField, type TextFieldProps } from './TextField.tsx';

export interface PasswordFieldProps extends Omit<TextFieldProps, 'type' | 'after' | 'inputMode'> {
  /** The toggle's target; none: no toggle. */
  showTarget?: TargetId;
}

/** A password input and its show/hide toggle. */
export function PasswordField({ showTarget, ...field }: PasswordFieldProps) {
  const [shown, setShown] = useState(false);
  return (
    <TextField
      {...field}
      type={shown ? 'text' : 'password'}
      after={
        showTarget && (
          <TargetButton
            target={showTarget}
            className="impots-button impots-button--tertiary"
            aria-pressed={shown}
            aria-controls={field.id}
            onPress={() => setShown((s) => !s)}
          >
            Afficher
          </TargetButton>
        )
      }
    />
  );
}
