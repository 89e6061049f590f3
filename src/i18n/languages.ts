/** The learner's languages: the interface and the lessons' texts (the practice sites stay in French). */

/** The UI languages, reference first. */
export const languages = ['fr', 'en', 'ar', 'uk', 'es'] as const;
export type Language = (typeof languages)[number];

/** Each language's name in its own script: a learner who reads no French recognises theirs. */
export const languageNames: Record<Language, string> = {
  fr: 'Français',
  en: 'English',
  ar: 'العربية',
  uk: 'Українська',
  es: 'Español',
};

/** Whether `value` is a UI language. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}
