/**
 * The radio buttons of a question that is a lesson target (`choose`; the fieldset carries
 * `data-target`): each change is reported with its value, and clicking the answer already chosen
 * confirms it (no change event fires then). Each site draws the fieldset in its own look.
 */
import type { TargetId } from '../../lesson/types.ts';
import { useSiteBridge } from './SiteBridge.tsx';

/** A button's id: the first one is `name` (where an error summary sends the focus), the others `<name>-<value>`. */
export const radioId = (name: string, index: number, option: string) => (index === 0 ? name : `${name}-${option}`);

/** The props of the `index`th button, for `option`, of the group `name` whose answer is `value`. */
export function useRadioTarget(target: TargetId, name: string, value: string, onValue: (value: string) => void) {
  const { emit } = useSiteBridge();
  const choose = (option: string) => emit({ action: 'choose', target, value: option });
  return (option: string, index: number) => ({
    type: 'radio' as const,
    id: radioId(name, index, option),
    name,
    value: option,
    checked: value === option,
    onChange: () => {
      onValue(option);
      choose(option);
    },
    onClick: () => {
      if (value === option) choose(option);
    },
  });
}
