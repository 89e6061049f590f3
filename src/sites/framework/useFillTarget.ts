/**
 * Props for a text field that is a lesson target: it reports `fill` when the learner commits a
 * value (leaves the field or presses Enter), not at each key, so typing is never a mistake; a value
 * is reported once (Enter then leaving), unless it was typed again.
 * A value that looks like someone's real identifier is never reported: the field is emptied and
 * the player warns the learner (DESIGN.md section 5).
 */
import { useMemo, useRef, type FocusEvent, type KeyboardEvent } from 'react';
import { looksLikeRealIdentifier, practiceIdentifiers } from '../../french/index.ts';
import { setNativeValue } from './setNativeValue.ts';
import type { TargetId } from '../../lesson/types.ts';
import { useSiteBridge } from './SiteBridge.tsx';

type Field = HTMLInputElement | HTMLTextAreaElement;

/** Empties a field the way typing would, so that the site's own state follows. */
function empty(field: Field) {
  setNativeValue(field, '');
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

export interface FillTargetOptions {
  /** Also called when a real-looking identifier was erased, so the site can say so on its page. */
  onRealIdentifier?(): void;
  /** Called when a value is kept and reported (the page may then drop its warning). */
  onKept?(): void;
  /** Which item the field edits, when one field serves several (see `SiteEvent.scope`). */
  scope?: string;
}

export function useFillTarget(target: TargetId, options: FillTargetOptions = {}) {
  const { emit, persona, onRealIdentifier } = useSiteBridge();
  const practice = useMemo(() => practiceIdentifiers(persona), [persona]);
  const last = useRef<string | null>(null);
  // Typed since the last commit: the same value typed again is a new commit (« Montre-moi »
  // typing the step's value in a box the learner had filled with it ahead of time).
  const typed = useRef(false);
  const commit = (field: Field) => {
    const value = field.value;
    if (value.trim() === '' || (value === last.current && !typed.current)) return;
    typed.current = false;
    if (looksLikeRealIdentifier(value, practice)) {
      // After the current event: inside it, React would put the controlled value back.
      queueMicrotask(() => empty(field));
      last.current = null;
      options.onRealIdentifier?.();
      onRealIdentifier?.();
      return;
    }
    last.current = value;
    emit({ action: 'fill', target, value, ...(options.scope === undefined ? {} : { scope: options.scope }) });
    options.onKept?.();
  };
  return {
    'data-target': target,
    /** To call on each change of the field's text. */
    onChange: () => {
      typed.current = true;
    },
    onBlur: (event: FocusEvent<Field>) => commit(event.currentTarget),
    onKeyDown: (event: KeyboardEvent<Field>) => {
      if (event.key === 'Enter') commit(event.currentTarget);
    },
  };
}
