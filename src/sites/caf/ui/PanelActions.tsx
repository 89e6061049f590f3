/** The buttons under a declaration panel: submit the form, or cancel it. */
import { TargetButton } from '../../framework/TargetButton.tsx';
import type { CafTarget } from '../targets.ts';

export interface PanelActionsProps {
  /** The submit button's label and target (the form's own submit handler reports it). */
  submit: { label: string; target: CafTarget };
  cancelTarget: CafTarget;
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
