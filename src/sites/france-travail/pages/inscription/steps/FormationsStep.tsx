/** « Vos formations et langues »: the level of education, a diploma, French and another language. */
import { niveauLangueOptions, niveauOptions } from '../../../registration/options.ts';
import { fieldId } from '../../../registration/validateStep.ts';
import { errorOf } from '../../../ui/ErrorSummary.tsx';
import { SelectField } from '../../../ui/SelectField.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { valueOf, type StepProps } from './stepProps.ts';

/** The step's fields. */
export function FormationsStep({ values, set, errors }: StepProps) {
  const field = (name: string) => ({
    id: fieldId(name),
    value: valueOf(values, name),
    onValue: (v: string) => set(name, v),
    error: errorOf(errors, fieldId(name)),
  });
  return (
    <>
      <h2 className="ft-subtitle">Votre formation</h2>
      <SelectField
        {...field('niveau')}
        target="france-travail.inscription.formations.niveau"
        label="Niveau de formation"
        hint="Le plus haut diplôme obtenu"
        options={niveauOptions}
      />
      <TextField
        {...field('diplome')}
        target="france-travail.inscription.formations.diplome"
        label="Diplôme ou formation (facultatif)"
        hint="Par exemple : CAP Cuisine"
      />
      <h2 className="ft-subtitle">Vos langues</h2>
      <SelectField
        {...field('francais')}
        target="france-travail.inscription.formations.francais"
        label="Niveau en français"
        options={niveauLangueOptions}
      />
      <TextField
        {...field('autre-langue')}
        target="france-travail.inscription.formations.autre-langue"
        label="Autre langue (facultatif)"
        hint="Par exemple : anglais, arabe, portugais"
      />
      <SelectField
        {...field('autre-langue-niveau')}
        target="france-travail.inscription.formations.autre-langue-niveau"
        label="Niveau dans cette langue"
        options={niveauLangueOptions}
      />
    </>
  );
}
