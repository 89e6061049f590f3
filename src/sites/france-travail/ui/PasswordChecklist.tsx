/**
 * The password rules under the field, each ticked as soon as the password typed meets it; the
 * field is described by the list, so a screen reader reads the rules and where they stand.
 */
import { passwordRules } from '../registration/passwordRules.ts';

export interface PasswordChecklistProps {
  /** The list's id (the field's `aria-describedby`). */
  id: string;
  password: string;
}

/** « Votre mot de passe doit contenir : 12 caractères minimum (respecté)… ». */
export function PasswordChecklist({ id, password }: PasswordChecklistProps) {
  return (
    <div id={id} className="ft-rules">
      <p className="ft-rules__title">Votre mot de passe doit contenir :</p>
      <ul>
        {passwordRules.map((rule) => {
          const met = rule.test(password);
          return (
            <li key={rule.id} className={met ? 'ft-rules__met' : undefined}>
              <span aria-hidden="true" className="ft-rules__mark">
                {met ? '✓' : '✗'}
              </span>
              {rule.label}
              <span className="ft-sr-only">{met ? ' : respecté' : ' : non respecté'}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
