/**
 * « Métier recherché »: a text field that proposes job titles as the learner types (the ARIA 1.2
 * combobox pattern: `role="combobox"`, a `listbox`, `aria-activedescendant`). Arrow keys move
 * through the titles, Enter chooses one, Escape closes the list; a click chooses too. The title
 * chosen (or typed exactly, accents and case aside, when the learner leaves the field) is reported
 * as `fill`; text that names no title is never reported, so typing is never a mistake.
 */
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { TargetId } from '../../../lesson/types.ts';
import { useSiteBridge } from '../../framework/SiteBridge.tsx';
import { describedBy, Field } from '../../framework/ui/Field.tsx';
import { exactJobTitle, matchJobTitles } from '../registration/matchJobTitles.ts';

export interface JobComboboxProps {
  id: string;
  target: TargetId;
  label: string;
  hint?: string;
  titles: readonly string[];
  value: string;
  onValue(value: string): void;
  error?: string | null;
}

/** The combobox with its label, hint, error and list of titles. */
export function JobCombobox({ id, target, label, hint, titles, value, onValue, error }: JobComboboxProps) {
  const { emit } = useSiteBridge();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const reported = useRef<string | null>(null);
  const listId = `${id}-list`;
  const optionId = useId();
  const matches = useMemo(() => matchJobTitles(value, titles), [value, titles]);
  const shown = open && matches.length > 0;

  const choose = (title: string) => {
    onValue(title);
    setOpen(false);
    setActive(-1);
    if (reported.current === title) return;
    reported.current = title;
    emit({ action: 'fill', target, value: title });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!shown) {
          setOpen(true);
          setActive(matches.length > 0 ? 0 : -1);
        } else setActive((a) => (a + 1) % matches.length);
        return;
      case 'ArrowUp':
        event.preventDefault();
        if (!shown) {
          setOpen(true);
          setActive(matches.length - 1);
        } else setActive((a) => (a <= 0 ? matches.length - 1 : a - 1));
        return;
      case 'Enter': {
        const title = shown && active >= 0 ? matches[active] : exactJobTitle(event.currentTarget.value, titles);
        if (shown && active >= 0) event.preventDefault();
        if (title) choose(title);
        return;
      }
      case 'Escape':
        if (shown) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        }
        return;
      default:
    }
  };

  const activeTitle = shown && active >= 0 ? matches[active] : undefined;
  return (
    <Field
      classPrefix="ft"
      id={id}
      label={label}
      hint={hint}
      error={error}
      errorPlacement="before"
      className="ft-combobox"
    >
      <input
        id={id}
        className="ft-field__input ft-field__input--long"
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={activeTitle === undefined ? undefined : `${optionId}-${active}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        data-target={target}
        value={value}
        onChange={(event) => {
          onValue(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={(event) => {
          setOpen(false);
          setActive(-1);
          // Read from the field: the driver types and leaves in one go, before a new render.
          const exact = exactJobTitle(event.currentTarget.value, titles);
          if (exact) choose(exact);
        }}
      />
      <ul id={listId} role="listbox" aria-label="Métiers proposés" className="ft-combobox__list" hidden={!shown}>
        {shown &&
          matches.map((title, index) => (
            <li
              key={title}
              id={`${optionId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'ft-combobox__option ft-combobox__option--active' : 'ft-combobox__option'}
              // Keep the focus in the field: a click chooses without leaving it first.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(title)}
            >
              {title}
            </li>
          ))}
      </ul>
      <p className="ft-sr-only" role="status">
        {shown ? `${matches.length} ${matches.length === 1 ? 'métier proposé' : 'métiers proposés'}` : ''}
      </p>
    </Field>
  );
}
