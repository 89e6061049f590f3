/** The name of language `locale`, in language `language` (« French » in English, « français » in French). */
export function languageName(locale: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}
