/** A labelled list (`<select>`) that is a lesson target: a committed choice is reported (`useChooseTarget`). */
import type { TargetId } from '../../../lesson/types.ts';
import { useChooseTarget } from '../../framework/useChooseTarget.ts';
import { describedBy, Field } from '../../framework/ui/Field.tsx';

export interface SelectFieldProps {
  id: string;
  target: TargetId;
  label: string;
  hint?: string;
  options: readonly { value: string; label: string }[];
  value: string;
  onValue(value: string): void;
  error?: string | null;
  /** The first, empty choice (default: « Sélectionnez »). */
  placeholder?: string;
}

/** A `<select>` with its label, hint and error. */
export function SelectField({
  id,
  target,
  label,
  hint,
  options,
  value,
  onValue,
  error,
  placeholder = 'Sélectionnez',
}: SelectFieldProps) {
  const choose = useChooseTarget(target, onValue);
  return (
    <Field classPrefix="ft" id={id} label={label} hint={hint} error={error} errorPlacement="before">
      <select
        id={id}
        className="ft-field__input ft-field__input--long"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...choose}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
