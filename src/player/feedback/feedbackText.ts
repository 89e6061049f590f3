/**
 * What a feedback says and where it goes: the plain text the guide shows after a wrong action
 * (the lesson's own `<Mistake>` text for an anticipated pitfall, otherwise a message that says
 * what to do), and the element the learner acted on, next to which the bubble appears.
 */
import type { TFunction } from 'i18next';
import type { Feedback } from '../../engine/feedback.ts';
import type { Mode, Unit } from '../../lesson/types.ts';

/** The plain text of `feedback` on `unit`, or `null` when there is none (or it is about another unit). */
export function feedbackText(
  feedback: Feedback | null,
  unit: Unit | undefined,
  mode: Mode,
  t: TFunction,
): string | null {
  if (!feedback || !unit || feedback.unit !== unit.id) return null;
  switch (feedback.kind) {
    case 'mistake':
      return unit.kind === 'step' ? (unit.mistakes[feedback.index]?.text ?? null) : null;
    case 'wrong-target':
      return t(mode === 'guided' ? 'player.feedback.wrongTargetGuided' : 'player.feedback.wrongTarget');
    case 'wrong-value':
      return t('player.feedback.wrongValue');
    case 'refused':
      return t('player.feedback.refused');
    case 'wrong-answer':
      return t('player.feedback.wrongAnswer');
  }
}

/**
 * The target (`data-target`) the learner acted on, for the bubble: the other element for a wrong
 * target, the pitfall's element for a mistake, the step's own for a value or a refusal; `null`
 * for a question's answer (it is given in the guide) or when there is no feedback.
 */
export function feedbackTarget(feedback: Feedback | null, unit: Unit | undefined): string | null {
  if (!feedback || unit?.kind !== 'step' || feedback.unit !== unit.id) return null;
  switch (feedback.kind) {
    case 'wrong-target':
      return feedback.target;
    case 'mistake':
      return unit.mistakes[feedback.index]?.on ?? null;
    case 'wrong-value':
    case 'refused':
      return unit.target;
    case 'wrong-answer':
      return null;
  }
}
