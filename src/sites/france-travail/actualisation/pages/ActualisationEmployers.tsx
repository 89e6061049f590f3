/**
 * « Mes employeurs »: each contract of the month separately (employer, whole hours, gross pay),
 * « Ajouter un autre employeur », then « Suivant » (refused while a field is wrong).
 */
import { useEffect, useRef, useState, type Dispatch, type FormEvent } from 'react';
import { useSiteBridge } from '../../../framework/SiteBridge.tsx';
import { TargetButton } from '../../../framework/TargetButton.tsx';
import { maxEmployers, type ActualisationAction, type ActualisationState } from '../actualisationReducer.ts';
import { contractFieldId, readContracts, type ContractError } from '../readContracts.ts';
import type { ActualisationTarget } from '../targets.ts';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { Stepper } from '../ui/Stepper.tsx';

export interface ActualisationEmployersProps {
  month: string;
  state: ActualisationState;
  dispatch: Dispatch<ActualisationAction>;
  onPrevious(): void;
  onNext(): void;
}

/** « Vos employeurs en novembre 2026 ». */
export function ActualisationEmployers({ month, state, dispatch, onPrevious, onNext }: ActualisationEmployersProps) {
  const { emit } = useSiteBridge();
  const [errors, setErrors] = useState<ContractError[]>([]);
  // Where the focus goes after « Ajouter » or « Supprimer »: a field id, or the add button.
  const [focus, setFocus] = useState<{ id: string } | null>(null);
  const root = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (focus) root.current?.querySelector<HTMLElement>(`#${focus.id}, [data-target="${focus.id}"]`)?.focus();
  }, [focus]);
  const errorOf = (id: string) => errors.find((e) => e.field === id)?.message ?? null;
  const count = state.contracts.length;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const read = readContracts(state.contracts);
    setErrors(read.errors);
    emit({
      action: 'click',
      target: 'france-travail.actualisation.employeurs.suivant',
      ...(read.contracts ? {} : { ok: false }),
    });
    if (read.contracts) onNext();
  };

  return (
    <form className="fta-employers" noValidate onSubmit={submit} ref={root}>
      <h1 tabIndex={-1}>Mes employeurs en {month}</h1>
      <Stepper current="Mes employeurs" withEmployers />
      <ErrorSummary errors={errors} />
      <p className="fta-lead">
        Indiquez, pour chaque employeur, le nombre d’heures travaillées et le salaire brut du mois.
      </p>
      {state.contracts.map((contract, i) => {
        const n = i + 1;
        const target = (field: string) => `france-travail.actualisation.employeur.${n}.${field}` as ActualisationTarget;
        return (
          <fieldset key={n} className="ft-panel">
            <legend>Employeur {n}</legend>
            <TextField
              id={contractFieldId(n, 'nom')}
              target={target('nom')}
              label="Nom de l’employeur"
              value={contract.employer}
              onValue={(value) => dispatch({ type: 'contract', index: i, field: 'employer', value })}
              error={errorOf(contractFieldId(n, 'nom'))}
            />
            <TextField
              id={contractFieldId(n, 'heures')}
              target={target('heures')}
              label="Nombre d’heures travaillées"
              hint="Par exemple : 38"
              inputMode="numeric"
              size="short"
              value={contract.hours}
              onValue={(value) => dispatch({ type: 'contract', index: i, field: 'hours', value })}
              error={errorOf(contractFieldId(n, 'heures'))}
            />
            <TextField
              id={contractFieldId(n, 'brut')}
              target={target('brut')}
              label="Salaire brut"
              hint="Par exemple : 1 250,50"
              inputMode="decimal"
              size="medium"
              value={contract.gross}
              onValue={(value) => dispatch({ type: 'contract', index: i, field: 'gross', value })}
              error={errorOf(contractFieldId(n, 'brut'))}
            />
            {n > 1 && (
              <TargetButton
                target={target('supprimer')}
                className="ft-link"
                onPress={() => {
                  dispatch({ type: 'remove-contract', index: i });
                  setErrors([]);
                  setFocus({ id: 'france-travail.actualisation.ajouter-employeur' });
                }}
              >
                Supprimer cet employeur
              </TargetButton>
            )}
          </fieldset>
        );
      })}
      {count < maxEmployers && (
        <TargetButton
          target="france-travail.actualisation.ajouter-employeur"
          className="ft-button ft-button--secondary"
          onPress={() => {
            dispatch({ type: 'add-contract' });
            setFocus({ id: contractFieldId(count + 1, 'nom') });
          }}
        >
          Ajouter un autre employeur
        </TargetButton>
      )}
      <div className="ft-actions fta-actions--nav">
        <TargetButton
          target="france-travail.actualisation.employeurs.precedent"
          className="ft-button ft-button--secondary"
          onPress={onPrevious}
        >
          Précédent
        </TargetButton>
        <button
          type="submit"
          className="ft-button ft-button--primary"
          data-target="france-travail.actualisation.employeurs.suivant"
        >
          Suivant
        </button>
      </div>
    </form>
  );
}
