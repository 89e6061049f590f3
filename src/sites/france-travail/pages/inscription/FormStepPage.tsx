/**
 * One step of the registration form: the stepper, the step's title, its error summary, its
 * fields, and « Précédent », « Enregistrer et quitter » and « Suivant » (the summary's and the
 * appointment's own buttons at the end). A step is checked when it is sent; a refused step is
 * reported with `ok: false`.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { useSiteBridge } from '../../../framework/SiteBridge.tsx';
import { previousStep, stepTitles, type FormStep } from '../../registration/formSteps.ts';
import { validateStep } from '../../registration/validateStep.ts';
import { ErrorSummary, type FormError } from '../../ui/ErrorSummary.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { FormStepper } from '../../ui/FormStepper.tsx';
import { BanqueStep } from './steps/BanqueStep.tsx';
import { DonneesStep } from './steps/DonneesStep.tsx';
import { ExperiencesStep } from './steps/ExperiencesStep.tsx';
import { FormationsStep } from './steps/FormationsStep.tsx';
import { ProjetStep } from './steps/ProjetStep.tsx';
import { RechercheStep } from './steps/RechercheStep.tsx';
import { RecapitulatifStep } from './steps/RecapitulatifStep.tsx';
import { RendezVousStep } from './steps/RendezVousStep.tsx';
import { SituationStep } from './steps/SituationStep.tsx';
import type { StepProps } from './steps/stepProps.ts';

export interface FormStepPageProps {
  step: FormStep;
  values: Readonly<Record<string, string>>;
  reached: readonly FormStep[];
  set(field: string, value: string): void;
  /** The practice time. */
  now: number;
  /** Shows another step (the stepper, « Précédent », the summary's « Modifier »). */
  go(step: FormStep): void;
  /** The step was sent and is right. */
  onDone(): void;
  onSaveAndQuit(): void;
}

const submits: Partial<Record<FormStep, { label: string; target: `france-travail.${string}` }>> = {
  recapitulatif: { label: 'Continuer', target: 'france-travail.inscription.recapitulatif.continuer' },
  'rendez-vous': { label: 'Valider mon inscription', target: 'france-travail.inscription.rendez-vous.valider' },
};

/** The body of `step`. */
function body(step: FormStep, props: StepProps, go: (step: FormStep) => void): ReactNode {
  switch (step) {
    case 'donnees':
      return <DonneesStep {...props} />;
    case 'situation':
      return <SituationStep {...props} />;
    case 'experiences':
      return <ExperiencesStep {...props} />;
    case 'formations':
      return <FormationsStep {...props} />;
    case 'projet':
      return <ProjetStep {...props} />;
    case 'recherche':
      return <RechercheStep {...props} />;
    case 'banque':
      return <BanqueStep {...props} />;
    case 'recapitulatif':
      return <RecapitulatifStep {...props} onModify={go} />;
    case 'rendez-vous':
      return <RendezVousStep {...props} />;
  }
}

/** A page of the form. */
export function FormStepPage({ step, values, reached, set, now, go, onDone, onSaveAndQuit }: FormStepPageProps) {
  const { emit } = useSiteBridge();
  const [errors, setErrors] = useState<FormError[]>([]);
  const submit = submits[step] ?? { label: 'Suivant', target: 'france-travail.inscription.suivant' };
  const send = (event: FormEvent) => {
    event.preventDefault();
    const found = validateStep(step, values, new Date(now));
    setErrors(found);
    emit({ action: 'click', target: submit.target, ...(found.length ? { ok: false } : {}) });
    if (found.length === 0) onDone();
  };
  const previous = step === 'donnees' ? undefined : () => go(previousStep(step));
  return (
    <section className="ft-panel ft-form" aria-labelledby="ft-step-title">
      <FormStepper current={step} reached={reached} go={go} />
      <h1 id="ft-step-title" tabIndex={-1}>
        {stepTitles[step]}
      </h1>
      {step !== 'recapitulatif' && (
        <p className="ft-muted">Tous les champs sont obligatoires, sauf ceux marqués « facultatif ».</p>
      )}
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={send}>
        {body(step, { values, set, errors, now }, go)}
        <FormActions onPrevious={previous} onSaveAndQuit={onSaveAndQuit} submit={submit} />
      </form>
    </section>
  );
}
