/** The simulator's first page: code postal and date de naissance. */
import { errorOf } from '../../../framework/ui/ErrorSummary.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import type { SimulateurPageProps } from '../SimulateurPageProps.ts';
import { SimTextField } from '../ui/SimTextField.tsx';
import { SimulateurHeading } from '../ui/SimulateurHeading.tsx';
import { SimulateurNav } from '../ui/SimulateurNav.tsx';
import { DtrStepper } from '../../pages/DtrStepper.tsx';
import { errorAt, useSimulateurForm } from '../useSimulateurForm.ts';
import { useDraft } from '../useDraft.ts';
import { birthError, postcodeError } from '../validateSimulateur.ts';

/** Vous. */
export function SimDebut({ answers, dispatch, step, steps, today }: SimulateurPageProps) {
  const [codePostal, setCodePostal] = useDraft('codePostal', answers, dispatch, (v) => !postcodeError(v));
  const [dateNaissance, setDateNaissance] = useDraft('dateNaissance', answers, dispatch, (v) => !birthError(v, today));
  const { errors, onSubmit } = useSimulateurForm(
    () => [
      errorAt('caf-sim-code-postal', postcodeError(codePostal)),
      errorAt('caf-sim-date-naissance', birthError(dateNaissance, today)),
    ],
    () => dispatch({ type: 'save', answers: { codePostal: codePostal.trim(), dateNaissance: dateNaissance.trim() } }),
  );
  return (
    <form noValidate onSubmit={onSubmit} className="caf-sim-form">
      <SimulateurHeading title="Vous" />
      <DtrStepper step={step} steps={steps} />
      <ErrorSummary errors={errors} />
      <p className="caf-muted">Tous les champs sont obligatoires.</p>
      <SimTextField
        id="caf-sim-code-postal"
        target="caf.simulateur.debut.code-postal"
        label="Code postal de votre lieu de résidence"
        hint="Exemple : 93200"
        inputMode="numeric"
        className="caf-field--short"
        value={codePostal}
        onValue={setCodePostal}
        error={errorOf(errors, 'caf-sim-code-postal')}
      />
      <SimTextField
        id="caf-sim-date-naissance"
        target="caf.simulateur.debut.date-naissance"
        label="Date de naissance"
        hint="Format JJ/MM/AAAA, par exemple 25/01/1990"
        inputMode="numeric"
        className="caf-field--short"
        value={dateNaissance}
        onValue={setDateNaissance}
        error={errorOf(errors, 'caf-sim-date-naissance')}
      />
      <SimulateurNav />
    </form>
  );
}
