/**
 * The list of a form's errors, above the form, announced and focused after each refused
 * submit; each error links to its field.
 */
import { useEffect, useRef } from 'react';

export interface FormError {
  /** The id of the field in error. */
  field: string;
  message: string;
}

export interface ErrorSummaryProps {
  /** A new array after each submit, so that the summary takes focus again. */
  errors: FormError[];
}

/** « Le formulaire contient N erreur(s) », with links to the fields. */
export function ErrorSummary({ errors }: ErrorSummaryProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length) box.current?.focus();
  }, [errors]);
  if (!errors.length) return null;
  const count = errors.length === 1 ? '1 erreur' : `${errors.length} erreurs`;
  return (
    <div className="caf-alert caf-alert--error" role="alert" tabIndex={-1} ref={box}>
      <p className="caf-alert__title">Le formulaire contient {count} :</p>
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
