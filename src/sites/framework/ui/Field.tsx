/**
 * The frame every form field of a practice site shares: its label, its hint (`<id>-hint`) and its
 * error (`<id>-error`), which the control names in `aria-describedby`. Each site gives its class
 * prefix (`<prefix>-field`, `<prefix>-field--error`, `<prefix>-field__hint`, `<prefix>-field__error`)
 * and where the error stands, as on the real site it imitates.
 */
import type { ReactNode } from 'react';

/**
 * The control's `aria-describedby`: its hint, then `more` (e.g. a password's rules), then its
 * error; `undefined` when there is none.
 */
export function describedBy(id: string, hint?: string, error?: string | null, more?: string): string | undefined {
  return [hint && `${id}-hint`, more, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
}

export interface FieldNoteProps {
  /** The site's class prefix, e.g. `caf` or `ft`. */
  classPrefix: string;
  /** The control's id: the note's id is `<id>-hint` or `<id>-error`. */
  id: string;
}

/** The hint under a field's label, or nothing. */
export function FieldHint({ classPrefix, id, hint }: FieldNoteProps & { hint?: string | undefined }) {
  if (!hint) return null;
  return (
    <p id={`${id}-hint`} className={`${classPrefix}-field__hint`}>
      {hint}
    </p>
  );
}

/** A field's error, or nothing; `announce` gives it `role="alert"`, for a form with no error summary. */
export function FieldError({
  classPrefix,
  id,
  error,
  announce,
}: FieldNoteProps & { error?: string | null | undefined; announce?: boolean | undefined }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className={`${classPrefix}-field__error`} role={announce ? 'alert' : undefined}>
      {error}
    </p>
  );
}

export interface FieldProps extends FieldNoteProps {
  label: string;
  hint?: string | undefined;
  error?: string | null | undefined;
  /** Where the error stands: `before` the control (France Travail) or `after` it (the CAF). */
  errorPlacement: 'before' | 'after';
  /** Gives the error `role="alert"`, for a form with no error summary. */
  announce?: boolean | undefined;
  /** More classes on the frame, after `<prefix>-field` and `<prefix>-field--error`. */
  className?: string | undefined;
  /** The control, whose id is `id`. */
  children: ReactNode;
}

/** A field's label, hint, control and error, in a `<prefix>-field` box. */
export function Field({
  classPrefix,
  id,
  label,
  hint,
  error,
  errorPlacement,
  announce,
  className,
  children,
}: FieldProps) {
  const errorNote = <FieldError classPrefix={classPrefix} id={id} error={error} announce={announce} />;
  return (
    <div
      className={`${classPrefix}-field${error ? ` ${classPrefix}-field--error` : ''}${className ? ` ${className}` : ''}`}
    >
      <label htmlFor={id}>{label}</label>
      <FieldHint classPrefix={classPrefix} id={id} hint={hint} />
      {errorPlacement === 'before' && errorNote}
      {children}
      {errorPlacement === 'after' && errorNote}
    </div>
  );
}
