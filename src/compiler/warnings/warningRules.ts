/**
 * The checker's warnings and notes: rule ids, their documentation and how they are recorded.
 * A warning never fails the check; errors do (see `../messages.ts`).
 */
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

/** Warnings about a lesson: plain language and teaching. Each has a section in docs/writing-lessons.md. */
export const warningRuleIds = [
  'long-sentence',
  'long-word',
  'jargon',
  'few-hints',
  'no-question',
  'unused-skill',
] as const;

/** Notes of the translation report (`npm run check -- --translations`). */
export const translationRuleIds = ['missing-translation', 'missing-text', 'untranslated-text', 'longer-text'] as const;

export type WarningRuleId = (typeof warningRuleIds)[number];
export type TranslationRuleId = (typeof translationRuleIds)[number];

/** Where a warning or note is explained: its section of the lesson-writing guide. */
export function warningUrl(ruleId: WarningRuleId | TranslationRuleId): string {
  return `docs/writing-lessons.md#${ruleId}`;
}

/** Records a warning on `file`, linked to its rule's documentation. */
export function warnAt(file: VFile, reason: string, place: Point, ruleId: WarningRuleId): VFileMessage {
  const message = file.message(reason, { place, ruleId, source: 'pas-a-pas' });
  message.fatal = false;
  message.url = warningUrl(ruleId);
  return message;
}
