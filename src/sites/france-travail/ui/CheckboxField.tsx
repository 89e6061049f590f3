/** A box to tick that is a lesson target: `check` is reported when it becomes ticked. */
import type { ReactNode } from 'react';
import type { TargetId } from '../../../lesson/types.ts';
import { useSiteBridge } from '../../framework/SiteBridge.tsx';
import { FieldError } from '../../framework/ui/Field.tsx';

export interface CheckboxFieldProps {
  id: string;
  target: TargetId;
  label: ReactNode;
  checked: boolean;
  onChecked(checked: boolean): void;
  error?: string | null;
}

/** A checkbox with its label and error. */
export function CheckboxField({ id, target, label, checked, onChecked, error }: CheckboxFieldProps) {
  const { emit } = useSiteBridge();
  return (
    <div className={`ft-check${error ? ' ft-field--error' : ''}`}>
      <FieldError classPrefix="ft" id={id} error={error} />
      <input
        id={id}
        type="checkbox"
        data-target={target}
        checked={checked}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => {
          onChecked(event.target.checked);
          if (event.target.checked) emit({ action: 'check', target });
        }}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
