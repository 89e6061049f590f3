/**
 * Texts the carnet shows from its props, in the UI language with French as the fallback:
 * lesson titles and skill labels.
 */
import type { LessonEntry } from '../lesson/types.ts';

/** A skill of the catalogue (`virtual:pas-a-pas/skills`). */
export interface SkillLabel {
  id: string;
  fr: string;
  en: string;
  ar?: string;
  uk?: string;
  es?: string;
}

/** The title of `lesson` in `language` (French, then its id, when missing). */
export function lessonTitle(lesson: LessonEntry | undefined, id: string, language: string): string {
  return lesson?.texts[language]?.title ?? lesson?.texts.fr?.title ?? id;
}

/** The label of `skill` in `language` (French, then its id, when missing). */
export function skillLabel(skill: SkillLabel | undefined, id: string, language: string): string {
  if (!skill) return id;
  const label =
    language === 'en' || language === 'ar' || language === 'uk' || language === 'es' ? skill[language] : undefined;
  return label ?? skill.fr ?? id;
}
