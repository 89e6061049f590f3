/** The buttons under a declaration panel: submit the form, or cancel it. */
import { TargetButton } from '../../framework/TargetButton.tsx';

export interface PanelActionsProps {
  /** The submit button's label and target (the form's own submit handler reports it). */
  submit: { label: string; target: string };
  cancelTarget: string;
  onCancel(): void;
}

export function PanelActions({ submit, cancelTarget, onCancel }: PanelActionsProps) {
  return (
    <div className="caf-actions">
      <button type="submit" className="caf-button caf-button--primary" data-target={submit.target}>
        {submit.label}
      </button>
      <TargetButton target={cancelTarget} className="caf-button caf-button--secondary" onPress={onCancel}>
        Annuler
      </TargetButton>
    </div>
  );
}
