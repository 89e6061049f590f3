/**
 * A new password typed twice, with the rules under the first field and « Afficher les mots de
 * passe »: the fields of the reset page and of the account creation.
 */
import { useState } from 'react';
import { useSiteBridge } from '../../../framework/SiteBridge.tsx';
import { describedBy, Field } from '../../../framework/ui/Field.tsx';
import { TextInput } from '../../../framework/ui/TextInput.tsx';
import type { FormError } from '../../ui/ErrorSummary.tsx';
import type { CafTarget } from '../../targets.ts';
import { PasswordRules } from './PasswordRules.tsx';

export interface NewPasswordFieldsProps {
  /** Ids start with it: `<prefix>-mot-de-passe`, `<prefix>-confirmation`. */
  prefix: string;
  labels: { password: string; confirmation: string };
  targets: { password: CafTarget; confirmation: CafTarget; show: CafTarget };
  password: string;
  confirmation: string;
  onPassword(value: string): void;
  onConfirmation(value: string): void;
  errors: readonly FormError[];
}

/** Both fields, the rules and the box that shows them. */
export function NewPasswordFields({ prefix, labels, targets, errors, ...values }: NewPasswordFieldsProps) {
  const { emit } = useSiteBridge();
  const [show, setShow] = useState(false);
  const first = `${prefix}-mot-de-passe`;
  const again = `${prefix}-confirmation`;
  const rules = `${prefix}-regles`;
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;
  const type = show ? 'text' : 'password';
  return (
    <>
      <Field classPrefix="caf" id={first} label={labels.password} error={errorOf(first)} errorPlacement="after">
        <TextInput
          id={first}
          target={targets.password}
          type={type}
          value={values.password}
          onValue={values.onPassword}
          invalid={!!errorOf(first)}
          describedBy={describedBy(first, undefined, errorOf(first), rules)}
        />
      </Field>
      <PasswordRules id={rules} password={values.password} />
      <Field classPrefix="caf" id={again} label={labels.confirmation} error={errorOf(again)} errorPlacement="after">
        <TextInput
          id={again}
          target={targets.confirmation}
          type={type}
          value={values.confirmation}
          onValue={values.onConfirmation}
          invalid={!!errorOf(again)}
          describedBy={describedBy(again, undefined, errorOf(again))}
        />
      </Field>
      <div className="caf-check">
        <input
          id={`${prefix}-afficher`}
          type="checkbox"
          data-target={targets.show}
          checked={show}
          onChange={(event) => {
            setShow(event.target.checked);
            if (event.target.checked) emit({ action: 'check', target: targets.show });
          }}
        />
        <label htmlFor={`${prefix}-afficher`}>Afficher les mots de passe</label>
      </div>
    </>
  );
}
