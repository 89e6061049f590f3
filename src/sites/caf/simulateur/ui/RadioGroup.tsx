/**
 * A question of the simulator answered with radio buttons, a lesson target (`choose`): the
 * fieldset carries `data-target`, each change is reported with its value, and its error is linked
 * with `aria-describedby` (the CAF's look: the error under the question).
 */
import type { TargetId } from '../../../../lesson/types.ts';
import { radioId, useRadioTarget } from '../../../framework/useRadioTarget.ts';
import { describedBy, FieldError, FieldHint } from '../../../framework/ui/Field.tsx';

export interface RadioOption {
  value: string;
  label: string;
}

export interface RadioGroupProps {
  /** The first button's id (where the error summary sends the focus); the others `<name>-<value>`. */
  name: string;
  target: TargetId;
  legend: string;
  hint?: string;
  options: readonly RadioOption[];
  value: string;
  onValue(value: string): void;
  error?: string | null | undefined;
  /** Buttons side by side (Oui / Non). */
  inline?: boolean;
}

/** A fieldset of radio buttons. */
export function RadioGroup({ name, target, legend, hint, options, value, onValue, error, inline }: RadioGroupProps) {
  const radio = useRadioTarget(target, name, value, onValue);
  return (
    <fieldset
      className={`caf-sim-question${error ? ' caf-field--error' : ''}`}
      data-target={target}
      aria-describedby={describedBy(name, hint, error)}
    >
      <legend>{legend}</legend>
      <FieldHint classPrefix="caf" id={name} hint={hint} />
      <div className={inline ? 'caf-sim-radios caf-sim-radios--inline' : 'caf-sim-radios'}>
        {options.map((option, index) => (
          <div className="caf-sim-radio" key={option.value}>
            <input {...radio(option.value, index)} />
            <label htmlFor={radioId(name, index, option.value)}>{option.label}</label>
          </div>
        ))}
      </div>
      <FieldError classPrefix="caf" id={name} error={error} />
    </fieldset>
  );
}
