/** « Vos expériences »: the last job held (job, employer, from, to), or none. */
import { fieldId } from '../../../registration/validateStep.ts';
import { CheckboxField } from '../../../ui/CheckboxField.tsx';
import { errorOf } from '../../../ui/ErrorSummary.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { valueOf, type StepProps } from './stepProps.ts';

/** The step's fields. */
export function ExperiencesStep({ values, set, errors }: StepProps) {
  const field = (name: string) => ({
    id: fieldId(name),
    value: valueOf(values, name),
    onValue: (v: string) => set(name, v),
    error: errorOf(errors, fieldId(name)),
  });
  const none = valueOf(values, 'sans-experience') === 'oui';
  return (
    <>
      <CheckboxField
        id={fieldId('sans-experience')}
        target="france-travail.inscription.experiences.sans-experience"
        label="Je n’ai pas d’expérience professionnelle"
        checked={none}
        onChecked={(checked) => set('sans-experience', checked ? 'oui' : '')}
      />
      {!none && (
        <fieldset className="ft-fieldset ft-fieldset--group">
          <legend>Votre dernière expérience professionnelle</legend>
          <TextField
            {...field('exp-metier')}
            target="france-travail.inscription.experiences.metier"
            label="Métier exercé"
          />
          <TextField
            {...field('exp-employeur')}
            target="france-travail.inscription.experiences.employeur"
            label="Employeur"
          />
          <TextField
            {...field('exp-debut')}
            target="france-travail.inscription.experiences.debut"
            label="Début"
            hint="Format MM/AAAA, par exemple 06/2026"
            inputMode="numeric"
            size="short"
          />
          <TextField
            {...field('exp-fin')}
            target="france-travail.inscription.experiences.fin"
            label="Fin"
            hint="Format MM/AAAA"
            inputMode="numeric"
            size="short"
          />
        </fieldset>
      )}
    </>
  );
}
