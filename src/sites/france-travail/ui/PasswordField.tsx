/**
 * A password field with the real site's « Afficher le mot de passe » button beside it (a toggle:
 * `aria-pressed`), which shows the characters typed or hides them again.
 */
import { useState } from 'react';
import type { TargetId } from '../../../lesson/types.ts';
import { TargetButton } from '../../framework/TargetButton.tsx';
import { TextField, type TextFieldProps } from './TextField.tsx';

export interface PasswordFieldProps extends Omit<TextFieldProps, 'type' | 'after' | 'inputMode'> {
  /** The toggle's target. */
  showTarget: TargetId;
}

/** A password input and its show/hide toggle. */
export function PasswordField({ showTarget, ...field }: PasswordFieldProps) {
  const [shown, setShown] = useState(false);
  return (
    <TextField
      {...field}
      type={shown ? 'text' : 'password'}
      after={
        <TargetButton
          target={showTarget}
          className="ft-button ft-button--tertiary ft-show"
          aria-pressed={shown}
          aria-controls={field.id}
          onPress={() => setShown((s) => !s)}
        >
          <span aria-hidden="true" className={shown ? 'ft-eye ft-eye--off' : 'ft-eye'} />
          Afficher le mot de passe
        </TargetButton>
      }
    />
  );
}
