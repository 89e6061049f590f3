/**
 * The short instruction of a faded step: the action and the element, as the site names it
 * (« Cliquez : Bouton « Mon Compte » »), for a learner who already masters the skill.
 */
import type { TFunction } from 'i18next';
import type { StepData } from '../lesson/types.ts';

export function shortInstruction(step: StepData, t: TFunction): string {
  return t(`player.short.${step.action}`, { label: step.targetLabel || step.target });
}
