/**
 * Props for a text field that is a lesson target: it reports `fill` when the learner commits a
 * value (leaves the field or presses Enter), not at each key, so typing is never a mistake.
 */
import { useRef, type FocusEvent, type KeyboardEvent } from 'react';
import { useSiteBridge } from './SiteBridge.tsx';

export function useFillTarget(target: string) {
  const { emit } = useSiteBridge();
  const last = useRef<string | null>(null);
  const commit = (value: string) => {
    if (value.trim() === '' || value === last.current) return;
    last.current = value;
    emit({ action: 'fill', target, value });
  };
  return {
    'data-target': target,
    onBlur: (event: FocusEvent<HTMLInputElement | HTMLTextAreaElement>) => commit(event.currentTarget.value),
    onKeyDown: (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      if (event.key === 'Enter') commit(event.currentTarget.value);
    },
  };
}
