/** « Votre projet »: the job sought, chosen from the list of job titles, and the experience in it. */
import { metiers } from '../../../data/metiers.ts';
import { experienceMetierOptions } from '../../../registration/options.ts';
import { fieldId } from '../../../registration/validateStep.ts';
import { errorOf } from '../../../ui/ErrorSummary.tsx';
import { JobCombobox } from '../../../ui/JobCombobox.tsx';
import { RadioGroup } from '../../../ui/RadioGroup.tsx';
import { valueOf, type StepProps } from './stepProps.ts';

/** The step's fields. */
export function ProjetStep({ values, set, errors }: StepProps) {
  return (
    <>
      <JobCombobox
        id={fieldId('metier')}
        target="france-travail.inscription.projet.metier"
        label="Métier recherché"
        hint="Saisissez au moins 2 lettres, puis choisissez un métier dans la liste."
        titles={metiers}
        value={valueOf(values, 'metier')}
        onValue={(v) => set('metier', v)}
        error={errorOf(errors, fieldId('metier'))}
      />
      <RadioGroup
        name={fieldId('experience-metier')}
        target="france-travail.inscription.projet.experience"
        legend="Votre expérience dans ce métier"
        options={experienceMetierOptions}
        value={valueOf(values, 'experience-metier')}
        onValue={(v) => set('experience-metier', v)}
        error={errorOf(errors, fieldId('experience-metier'))}
      />
    </>
  );
}
