/**
 * The language switch of the header: one button per UI language, each named in its own
 * language (a learner who reads no French must recognise theirs). The address follows the
 * language (`/lecons/x` ↔ `/en/lecons/x`), so a reload stays in it.
 */
import { textLanguage } from '../i18n/textLanguage.ts';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { languageNames, languages, rememberLanguage, type Language } from '../i18n/i18n.ts';
import { pathIn } from '../i18n/languagePath.ts';
import { useHydrated } from '../ui/useHydrated.ts';

/** Buttons that switch the UI language for this session. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage;
  // In the prerendered HTML, the buttons wait (disabled) for the app rather than swallow a click.
  const running = useHydrated();
  const [path, navigate] = useLocation();
  const search = useSearch();
  const choose = (language: Language) => {
    rememberLanguage(language);
    void i18n.changeLanguage(language);
    navigate(`~${pathIn(language, path)}${search ? `?${search}` : ''}`, { replace: true });
  };
  return (
    <div className="language-switch" role="group" aria-label={t('app.language.label')}>
      {languages.map((language) => (
        <button
          key={language}
          type="button"
          {...textLanguage(language)}
          aria-pressed={current === language}
          disabled={!running}
          onClick={() => choose(language)}
        >
          {languageNames[language]}
        </button>
      ))}
    </div>
  );
}
