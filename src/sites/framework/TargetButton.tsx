/**
 * A button that is a lesson target: it reports `click` through the site bridge, then does what
 * the site does.
 */
import type { ButtonHTMLAttributes } from 'react';
import type { TargetId } from '../../lesson/types.ts';
import { useSiteBridge } from './SiteBridge.tsx';

export interface TargetButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onClick' | 'type'> {
  /** The target id, e.g. `caf.header.mon-compte`. */
  target: TargetId;
  /** What the site does after the click is reported. */
  onPress?(): void;
}

/** `<button data-target>` reporting `{ action: 'click', target }`. */
export function TargetButton({ target, onPress, children, ...rest }: TargetButtonProps) {
  const { emit } = useSiteBridge();
  return (
    <button
      {...rest}
      type="button"
      data-target={target}
      onClick={() => {
        emit({ action: 'click', target });
        onPress?.();
      }}
    >
      {children}
    </button>
  );
}
