/**
 * A question answered with radio buttons, a lesson target (`choose`): the fieldset carries
 * `data-target` and holds the buttons, each change is reported with its value.
 */
import type { TargetId } from '../../../lesson/types.ts';
import { useSiteBridge } from '../../framework/SiteBridge.tsx';
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
  const { emit } = useSiteBridge();
  const idOf = (index: number, option: RadioOption) => (index === 0 ? name : `${name}-${option.value}`);
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
            <input
              type="radio"
              id={idOf(index, option)}
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => {
                onValue(option.value);
                emit({ action: 'choose', target, value: option.value });
              }}
              onClick={() => {
                if (value === option.value) emit({ action: 'choose', target, value: option.value });
              }}
            />
            <label htmlFor={idOf(index, option)}>{option.label}</label>
          </div>
        ))}
      </div>
      <FieldError classPrefix="am" id={name} error={error} />
    </fieldset>
  );
}
