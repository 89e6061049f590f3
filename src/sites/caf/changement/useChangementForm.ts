/**
 * A page's form in the declaration: « Suivant » checks the answers, reports `click` on
 * the page's « Suivant » target (refused: `ok: false`), and either goes on or shows the error summary.
 */
import { useState, type FormEvent } from 'react';
import { useSiteBridge } from '../../framework/SiteBridge.tsx';
import type { FormError } from '../../framework/ui/ErrorSummary.tsx';
import type { ChangementTarget } from './changementTargets.ts';

/** `errors` for the page's `ErrorSummary` and fields, `onSubmit` for its `<form>`. */
export function useChangementForm(next: ChangementTarget, check: () => (FormError | null)[], onValid: () => void) {
  const { emit } = useSiteBridge();
  const [errors, setErrors] = useState<readonly FormError[]>([]);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = check().filter((e): e is FormError => e !== null);
    setErrors(found);
    emit(found.length ? { action: 'click', target: next, ok: false } : { action: 'click', target: next });
    if (!found.length) onValid();
  };
  return { errors, onSubmit };
}

/** A form error for `field` when `message` is not null. */
export const errorAt = (field: string, message: string | null): FormError | null =>
  message ? { field, message } : null;
