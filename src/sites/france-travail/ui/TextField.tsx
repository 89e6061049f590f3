/**
 * A labelled text field of the France Travail site that is a lesson target: hint and error
 * linked with `aria-describedby`, `fill` reported through the bridge when the learner leaves the
 * field (`useFillTarget`), and what looks like a real identifier erased.
 */
import type { ReactNode, Ref } from 'react';
import type { TargetId } from '../../../lesson/types.ts';
import { useFillTarget } from '../../framework/useFillTarget.ts';

export interface TextFieldProps {
  /** The input's id; the hint and error get `<id>-hint` and `<id>-error`. */
  id: string;
  target: TargetId;
  label: string;
  hint?: string;
  error?: string | null;
  value: string;
  onValue(value: string): void;
  /** (default: `text`) */
  type?: 'text' | 'password' | 'email' | 'tel';
  inputMode?: 'numeric' | 'decimal' | 'text' | 'email' | 'tel';
  /** (default: `off`, and `new-password` for a password: a public computer keeps no value) */
  autoComplete?: string;
  /** Called with the value left in the field once `fill` was reported: e.g. to format it. */
  onLeave?(value: string): void;
  /** Called when a real-looking identifier typed here was erased (never reported). */
  onRealIdentifier?(): void;
  /** More ids the field is described by (a password's rules). */
  describedBy?: string;
  /** (default: `ft-field__input--long`) `ft-field__input--short` for a date, a postcode. */
  size?: 'short' | 'medium' | 'long';
  inputRef?: Ref<HTMLInputElement>;
  /** Shown after the input, on its line (the password's « Afficher » button). */
  after?: ReactNode;
}

/** A text input with its label, hint and error. */
export function TextField({
  id,
  target,
  label,
  hint,
  error,
  value,
  onValue,
  type = 'text',
  inputMode,
  autoComplete = type === 'password' ? 'new-password' : 'off',
  onLeave,
  onRealIdentifier,
  describedBy,
  size = 'long',
  inputRef,
  after,
}: TextFieldProps) {
  // A controlled field empties its own state too, so the erased value cannot come back.
  const fill = useFillTarget(target, {
    onRealIdentifier: () => {
      onValue('');
      onRealIdentifier?.();
    },
  });
  const described = [hint && `${id}-hint`, describedBy, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`ft-field${error ? ' ft-field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="ft-field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="ft-field__error">
          {error}
        </p>
      )}
      <div className="ft-field__line">
        <input
          id={id}
          ref={inputRef}
          className={`ft-field__input ft-field__input--${size}`}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete}
          spellCheck={false}
          value={value}
          onChange={(event) => onValue(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          data-target={fill['data-target']}
          onBlur={(event) => {
            fill.onBlur(event);
            onLeave?.(event.currentTarget.value);
          }}
          onKeyDown={fill.onKeyDown}
        />
        {after}
      </div>
    </div>
  );
}
