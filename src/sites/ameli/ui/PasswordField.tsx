/** A password field with an « Afficher » toggle beside it (`aria-pressed`), as on ameli's login. */
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
          className="am-button am-button--ghost am-show"
          aria-label="Afficher le mot de passe"
          aria-pressed={shown}
          aria-controls={field.id}
          onPress={() => setShown((s) => !s)}
        >
          Afficher
        </TargetButton>
      }
    />
  );
}
