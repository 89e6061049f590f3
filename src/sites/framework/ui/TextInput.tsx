/**
 * A text input that is a lesson target, as every practice site wires it: `fill` reported through
 * the bridge when the learner commits a value (`useFillTarget`), and what looks like a real
 * identifier erased — from the site's state too, so the erased value cannot come back.
 */
import type { Ref } from 'react';
import type { TargetId } from '../../../lesson/types.ts';
import { useFillTarget } from '../useFillTarget.ts';

export interface TextInputProps {
  id: string;
  target: TargetId;
  value: string;
  onValue(value: string): void;
  /** (default: `text`) */
  type?: 'text' | 'password' | 'email' | 'tel';
  inputMode?: 'numeric' | 'decimal' | 'text' | 'email' | 'tel';
  /**
   * (default: `off`, and `new-password` for a password, the value Chromium honours): a public
   * computer must neither remember a practice value nor offer one saved by someone else.
   */
  autoComplete?: string;
  /** Sets `aria-invalid`. */
  invalid: boolean;
  /** The ids the input is described by (see `describedBy`). */
  describedBy: string | undefined;
  /** Called with the value left in the field once `fill` was reported: e.g. to format it. */
  onLeave?(value: string): void;
  /** Called when a real-looking identifier typed here was erased (never reported). */
  onRealIdentifier?(): void;
  /** Called when a value typed here is kept and reported. */
  onKept?(): void;
  /** Which item the field edits, when one field serves several (`SiteEvent.scope`). */
  scope?: string;
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
}

/** The `<input>` of a text field; its label, hint and error are the site's (see `Field`). */
export function TextInput({
  id,
  target,
  value,
  onValue,
  type = 'text',
  inputMode,
  autoComplete = type === 'password' ? 'new-password' : 'off',
  invalid,
  describedBy,
  onLeave,
  onRealIdentifier,
  onKept,
  scope,
  inputRef,
  className,
}: TextInputProps) {
  const fill = useFillTarget(target, {
    onRealIdentifier: () => {
      onValue('');
      onRealIdentifier?.();
    },
    onKept,
    ...(scope === undefined ? {} : { scope }),
  });
  return (
    <input
      id={id}
      ref={inputRef}
      className={className}
      type={type}
      inputMode={inputMode}
      autoComplete={autoComplete}
      spellCheck={false}
      value={value}
      onChange={(event) => {
        fill.onChange();
        onValue(event.target.value);
      }}
      aria-invalid={invalid ? true : undefined}
      aria-describedby={describedBy}
      data-target={fill['data-target']}
      onBlur={(event) => {
        fill.onBlur(event);
        onLeave?.(event.currentTarget.value);
      }}
      onKeyDown={fill.onKeyDown}
    />
  );
}
