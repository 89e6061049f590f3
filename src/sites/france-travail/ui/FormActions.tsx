/**
 * The buttons under each step of the registration: « Précédent », « Enregistrer et quitter » and
 * the form's submit button (« Suivant », or the step's own), which the form's `onSubmit` reports.
 */
import type { TargetId } from '../../../lesson/types.ts';
import { TargetButton } from '../../framework/TargetButton.tsx';

export interface FormActionsProps {
  /** Absent on the first step. */
  onPrevious?(): void;
  onSaveAndQuit(): void;
  /** (default: « Suivant », `france-travail.inscription.suivant`) */
  submit?: { label: string; target: TargetId };
}

export function FormActions({ onPrevious, onSaveAndQuit, submit }: FormActionsProps) {
  return (
    <div className="ft-actions">
      {onPrevious && (
        <TargetButton
          target="france-travail.inscription.precedent"
          className="ft-button ft-button--secondary"
          onPress={onPrevious}
        >
          Précédent
        </TargetButton>
      )}
      <TargetButton
        target="france-travail.inscription.enregistrer"
        className="ft-button ft-button--tertiary"
        onPress={onSaveAndQuit}
      >
        Enregistrer et quitter
      </TargetButton>
      <button
        type="submit"
        className="ft-button ft-button--primary"
        data-target={submit?.target ?? 'france-travail.inscription.suivant'}
      >
        {submit?.label ?? 'Suivant'}
      </button>
    </div>
  );
}
