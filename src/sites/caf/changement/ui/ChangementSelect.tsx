/** A labelled list of the declaration (the commune of a postcode): a committed choice is reported. */
import { useChooseTarget } from '../../../framework/useChooseTarget.ts';
import { describedBy, Field } from '../../../framework/ui/Field.tsx';
import type { ChangementTarget } from '../changementTargets.ts';

export interface ChangementSelectProps {
  id: string;
  target: ChangementTarget;
  label: string;
  hint?: string;
  options: readonly string[];
  value: string;
  onValue(value: string): void;
  error?: string | null | undefined;
}

/** A `<select>` with its label, hint and error; the first choice is empty (« Sélectionnez »). */
export function ChangementSelect({ id, target, label, hint, options, value, onValue, error }: ChangementSelectProps) {
  const choose = useChooseTarget(target, onValue);
  return (
    <Field classPrefix="caf" id={id} label={label} hint={hint} error={error} errorPlacement="after">
      <select
        id={id}
        className="caf-field__input"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...choose}
      >
        <option value="">Sélectionnez</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </Field>
  );
}
