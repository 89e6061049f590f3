/**
 * A page's form of the claim: « Suivant » checks the page, reports `click` on
 * `caf.demande.suivant` (refused: `ok: false`), and either goes on or shows the error summary.
 */
import { useState, type FormEvent } from 'react';
import { useSiteBridge } from '../../framework/SiteBridge.tsx';
import type { FormError } from '../../framework/ui/ErrorSummary.tsx';

/** `errors` for the page's `ErrorSummary` and fields, `onSubmit` for its `<form>`. */
export function useDemandeForm(check: () => (FormError | null)[], onValid: () => void) {
  const { emit } = useSiteBridge();
  const [errors, setErrors] = useState<readonly FormError[]>([]);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = check().filter((e): e is FormError => e !== null);
    setErrors(found);
    emit(
      found.length
        ? { action: 'click', target: 'caf.demande.suivant', ok: false }
        : { action: 'click', target: 'caf.demande.suivant' },
    );
    if (!found.length) onValid();
  };
  return { errors, onSubmit };
}
