/** « Votre recherche »: the kind of contract, full or part time, and how far the learner can travel. */
import { contratOptions, distanceOptions, mobiliteOptions, tempsOptions } from '../../../registration/options.ts';
import { fieldId } from '../../../registration/validateStep.ts';
import { errorOf } from '../../../ui/ErrorSummary.tsx';
import { RadioGroup } from '../../../ui/RadioGroup.tsx';
import { SelectField } from '../../../ui/SelectField.tsx';
import { valueOf, type StepProps } from './stepProps.ts';

/** The step's fields. */
export function RechercheStep({ values, set, errors }: StepProps) {
  const radio = (name: string) => ({
    name: fieldId(name),
    value: valueOf(values, name),
    onValue: (v: string) => set(name, v),
    error: errorOf(errors, fieldId(name)),
  });
  return (
    <>
      <RadioGroup
        {...radio('contrat')}
        target="france-travail.inscription.recherche.contrat"
        legend="Type de contrat recherché"
        options={contratOptions}
      />
      <RadioGroup
        {...radio('temps')}
        target="france-travail.inscription.recherche.temps"
        legend="Durée de travail"
        options={tempsOptions}
      />
      <RadioGroup
        {...radio('mobilite')}
        target="france-travail.inscription.recherche.mobilite"
        legend="Jusqu’où pouvez-vous vous déplacer pour travailler ?"
        options={mobiliteOptions}
      />
      {valueOf(values, 'mobilite') === 'distance' && (
        <SelectField
          id={fieldId('distance')}
          target="france-travail.inscription.recherche.distance"
          label="Distance maximale"
          hint="Autour de votre domicile"
          options={distanceOptions}
          value={valueOf(values, 'distance')}
          onValue={(v) => set('distance', v)}
          error={errorOf(errors, fieldId('distance'))}
        />
      )}
    </>
  );
}
