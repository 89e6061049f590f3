/**
 * A question answered with radio buttons, a lesson target (`choose`): the fieldset carries
 * `data-target` and holds the buttons, each change is reported with its value.
 */
import type { TargetId } from '../../../lesson/types.ts';
import { radioId, useRadioTarget } from '../../framework/useRadioTarget.ts';
import { describedBy, FieldError, FieldHint } from '../../framework/ui/Field.tsx';

export interface RadioOption {
  value: string;
  label: string;
}

export interface RadioGroupProps {
  /**
   * The group's name: the first button's id (where the error summary sends the focus), the others
   * `<name>-<value>`; the error is `<name>-error`.
   */
  name: string;
  target: TargetId;
  legend: string;
  hint?: string;
  options: readonly RadioOption[];
  value: string;
  onValue(value: string): void;
  error?: string | null;
  /** Buttons side by side (Oui / Non). */
  inline?: boolean;
}

/** A fieldset of radio buttons. */
export function RadioGroup({ name, target, legend, hint, options, value, onValue, error, inline }: RadioGroupProps) {
  const radio = useRadioTarget(target, name, value, onValue);
  return (
    <fieldset
      className={`ft-fieldset${error ? ' ft-field--error' : ''}${inline ? ' ft-fieldset--inline' : ''}`}
      data-target={target}
      aria-describedby={describedBy(name, hint, error)}
    >
      <legend>{legend}</legend>
      <FieldHint classPrefix="ft" id={name} hint={hint} />
      <FieldError classPrefix="ft" id={name} error={error} />
      <div className="ft-radios">
        {options.map((option, index) => (
          <div className="ft-radio" key={option.value}>
            <input {...radio(option.value, index)} />
            <label htmlFor={radioId(name, index, option.value)}>{option.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
