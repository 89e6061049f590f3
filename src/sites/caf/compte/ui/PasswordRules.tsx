/**
 * The password rules under the field, each ticked as soon as the password typed meets it; the
 * field names the list in `aria-describedby`, so a screen reader reads the rules and where they stand.
 */
import { cafPasswordRules } from '../cafPasswordRules.ts';

export interface PasswordRulesProps {
  /** The list's id (the field's `aria-describedby`). */
  id: string;
  password: string;
}

/** « Votre mot de passe doit contenir : 12 caractères minimum (respecté)… ». */
export function PasswordRules({ id, password }: PasswordRulesProps) {
  return (
    <div id={id} className="caf-rules">
      <p className="caf-rules__title">Votre mot de passe doit contenir :</p>
      <ul>
        {cafPasswordRules.map((rule) => {
          const met = rule.test(password);
          return (
            <li key={rule.id} className={met ? 'caf-rules__met' : undefined}>
              <span aria-hidden="true" className="caf-rules__mark">
                {met ? '✓' : '–'}
              </span>
              {rule.label}
              <span className="caf-sr-only">{met ? ' : respecté' : ' : non respecté'}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
