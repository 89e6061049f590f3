/**
 * Keeps `<html lang dir>` in step with the UI language, so screen readers and speech use the
 * right voice and right-to-left languages lay out correctly.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets `<html lang dir>` from the current language, on mount and on every change. */
export function useDocumentLanguage(): void {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  useEffect(() => {
    const root = document.documentElement;
    root.lang = language;
    root.dir = i18n.dir(language);
  }, [i18n, language]);
}
