/**
 * The list of a form's errors, above the form, announced and focused after each refused
 * submit; each error links to its field. Each site gives its class prefix, so the summary keeps
 * that site's look (`<prefix>-alert`, `<prefix>-alert--error`, `<prefix>-alert__title`).
 */
import { useEffect, useRef } from 'react';

export interface FormError {
  /** The id of the field in error (for a group of radio buttons: its first button). */
  field: string;
  message: string;
}

export interface ErrorSummaryProps {
  /** A new array after each submit, so that the summary takes focus again. */
  errors: readonly FormError[];
}

export interface SiteErrorSummaryProps extends ErrorSummaryProps {
  /** The site's class prefix, e.g. `caf` or `ft`. */
  classPrefix: string;
}

/** « Le formulaire contient N erreur(s) », with links to the fields. */
export function ErrorSummary({ errors, classPrefix }: SiteErrorSummaryProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length) box.current?.focus();
  }, [errors]);
  if (!errors.length) return null;
  const count = errors.length === 1 ? '1 erreur' : `${errors.length} erreurs`;
  return (
    <div className={`${classPrefix}-alert ${classPrefix}-alert--error`} role="alert" tabIndex={-1} ref={box}>
      <p className={`${classPrefix}-alert__title`}>Le formulaire contient {count} :</p>
      <ul>
        {errors.map((error) => (
          <li key={error.field}>
            <a
              href={`#${error.field}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(error.field)?.focus();
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The message of `field` among `errors`, if any. */
export const errorOf = (errors: readonly FormError[], field: string) => errors.find((e) => e.field === field)?.message;
