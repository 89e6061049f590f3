/**
 * The language switch of the header: one button per UI language, each named in its own
 * language (a learner who reads no French must recognise theirs).
 */
import { useTranslation } from 'react-i18next';
import { languages, rememberLanguage, type Language } from '../i18n/i18n.ts';

/** Buttons that switch the UI language for this session. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage;
  const choose = (language: Language) => {
    rememberLanguage(language);
    void i18n.changeLanguage(language);
  };
  return (
    <div className="language-switch" role="group" aria-label={t('app.language.label')}>
      {languages.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={current === language}
          onClick={() => choose(language)}
        >
          {t(`app.language.${language}`)}
        </button>
      ))}
    </div>
  );
}
