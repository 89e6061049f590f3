/** « Votre situation »: the last contract's end date, the reason it ended, the employer. */
import { motifOptions } from '../../../registration/options.ts';
import { fieldId } from '../../../registration/validateStep.ts';
import { errorOf } from '../../../ui/ErrorSummary.tsx';
import { SelectField } from '../../../ui/SelectField.tsx';
import { TextField } from '../../../ui/TextField.tsx';
import { valueOf, type StepProps } from './stepProps.ts';

/** The step's fields. */
export function SituationStep({ values, set, errors }: StepProps) {
  const field = (name: string) => ({
    id: fieldId(name),
    value: valueOf(values, name),
    onValue: (v: string) => set(name, v),
    error: errorOf(errors, fieldId(name)),
  });
  return (
    <>
      <h2 className="ft-subtitle">Votre dernier contrat de travail</h2>
      <TextField
        {...field('fin-contrat')}
        target="france-travail.inscription.situation.fin-contrat"
        label="Date de fin de votre dernier contrat"
        hint="Format JJ/MM/AAAA : le dernier jour travaillé ou payé, indiqué sur votre attestation employeur"
        inputMode="numeric"
        size="short"
      />
      <SelectField
        {...field('motif')}
        target="france-travail.inscription.situation.motif"
        label="Motif de fin de contrat"
        options={motifOptions}
      />
      <TextField
        {...field('employeur')}
        target="france-travail.inscription.situation.employeur"
        label="Nom de votre dernier employeur"
      />
    </>
  );
}
