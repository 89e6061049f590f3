/**
 * A question answered with radio buttons, a lesson target (`choose`): the fieldset carries
 * `data-target` and holds the buttons, each change is reported with its value.
 */
import type { TargetId } from '../../../lesson/types.ts';
import { radioId, useRadioTarget } from '../../framework/useRadioTarget.ts';
import { describedBy, FieldError } from '../../framework/ui/Field.tsx';

export interface RadioOption {
  value: string;
  label: string;
}

export interface RadioGroupProps {
  /** The first button's id (where the error summary sends the focus); the others `<name>-<value>`. */
  name: string;
  target: TargetId;
  legend: string;
  options: readonly RadioOption[];
  value: string;
  onValue(value: string): void;
  error?: string | null;
}

/** A fieldset of radio buttons. */
export function RadioGroup({ name, target, legend, options, value, onValue, error }: RadioGroupProps) {
  const radio = useRadioTarget(target, name, value, onValue);
  return (
    <fieldset
      className={`am-fieldset${error ? ' am-field--error' : ''}`}
      data-target={target}
      aria-describedby={describedBy(name, undefined, error)}
    >
      <legend>{legend}</legend>
      <div className="am-radios">
        {options.map((option, index) => (
          <div className="am-radio" key={option.value}>
            <input {...radio(option.value, index)} />
            <label htmlFor={radioId(name, index, option.value)}>{option.label}</label>
          </div>
        ))}
      </div>
      <FieldError classPrefix="am" id={name} error={error} />
    </fieldset>
  );
}
