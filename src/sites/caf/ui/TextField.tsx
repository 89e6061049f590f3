/**
 * A labelled text field of the CAF site that is a lesson target: hint and error linked with
 * `aria-describedby`, `fill` reported through the bridge when the learner leaves the field.
 */
import type { Ref } from 'react';
import { useFillTarget } from '../../framework/useFillTarget.ts';
import type { CafTarget } from '../targets.ts';

export interface TextFieldProps {
  /** The input's id; the hint and error get `<id>-hint` and `<id>-error`. */
  id: string;
  /** The target id, e.g. `caf.login.nir`. */
  target: CafTarget;
  label: string;
  hint?: string;
  error?: string | null;
  value: string;
  onValue(value: string): void;
  /** (default: `text`) */
  type?: 'text' | 'password';
  inputMode?: 'numeric' | 'decimal' | 'text';
  /**
   * (default: `off`, and `new-password` for a password, the value Chromium honours): a public
   * computer must neither remember a practice value nor offer one saved by someone else.
   */
  autoComplete?: string;
  /** Gives the error `role="alert"`, for a form with no error summary. */
  announce?: boolean;
  /** Called when a real-looking identifier typed here was erased (never reported). */
  onRealIdentifier?(): void;
  /** Called when a value typed here is kept and reported. */
  onKept?(): void;
  /** Which item the field edits, when one field serves several (`SiteEvent.scope`). */
  scope?: string;
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
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
  announce,
  onRealIdentifier,
  onKept,
  scope,
  inputRef,
  className,
}: TextFieldProps) {
  // A controlled field empties its own state too, so the erased value cannot come back.
  const fill = useFillTarget(target, {
    onRealIdentifier: () => {
      onValue('');
      onRealIdentifier?.();
    },
    onKept,
    ...(scope === undefined ? {} : { scope }),
  });
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`caf-field${error ? ' caf-field--error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="caf-field__hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        ref={inputRef}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete}
        spellCheck={false}
        value={value}
        onChange={(event) => onValue(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        data-target={fill['data-target']}
        onBlur={fill.onBlur}
        onKeyDown={fill.onKeyDown}
      />
      {error && (
        <p id={`${id}-error`} className="caf-field__error" role={announce ? 'alert' : undefined}>
          {error}
        </p>
      )}
    </div>
  );
}
