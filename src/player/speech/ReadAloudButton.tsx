/**
 * « Écouter »: reads a text aloud in the lesson's language. Where the browser cannot speak, or
 * has no voice for that language, the control says so plainly, in the learner's language,
 * instead of failing silently.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { languageName } from '../../i18n/languageName.ts';
import { hasVoice, onVoicesChanged, speak, speechAvailable, stopSpeaking } from './speech.ts';

export interface ReadAloudButtonProps {
  /** The plain text to read. */
  text: string;
  /** The lesson's locale (`fr`, `en`…). */
  locale: string;
  /** What is read, for the button's accessible name (« la consigne », « l'aide »…). */
  what: string;
}

/** Speech synthesis does not come and go while the page is open: there is nothing to listen to. */
const noSubscription = () => () => {};
const unknownWithoutBrowser = () => null;

export function ReadAloudButton({ text, locale, what }: ReadAloudButtonProps) {
  const { t, i18n } = useTranslation();
  // Unknown (`null`) where the page is rendered without a browser, and while hydrating that HTML.
  const available = useSyncExternalStore(noSubscription, speechAvailable, unknownWithoutBrowser);
  // The voices are listed after the page loads (`voiceschanged`): unknown until then.
  const voice = useSyncExternalStore(onVoicesChanged, () => hasVoice(locale), unknownWithoutBrowser);
  const [speaking, setSpeaking] = useState(false);
  useEffect(() => () => stopSpeaking(), []);

  if (available === false) {
    return <span className="read-aloud-unavailable">{t('player.readAloud.unavailable')}</span>;
  }
  if (voice === false) {
    const language = languageName(locale, i18n.resolvedLanguage ?? locale);
    return <span className="read-aloud-unavailable">{t('player.readAloud.noVoice', { language })}</span>;
  }
  const toggle = () => {
    if (speaking) {
      stopSpeaking();
      setSpeaking(false);
      return;
    }
    setSpeaking(speak(text, locale, () => setSpeaking(false)));
  };
  return (
    <button
      type="button"
      className="button small read-aloud"
      aria-pressed={speaking}
      aria-label={t('player.readAloud.label', { what })}
      onClick={toggle}
      disabled={available === null}
    >
      <svg className="read-aloud-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        <path d="M3 7.5h3l4-3.5v12l-4-3.5H3z" fill="currentColor" />
        <path
          d="M13 7a4 4 0 0 1 0 6M15.5 4.5a7.5 7.5 0 0 1 0 11"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeLinecap="round"
        />
      </svg>
      {speaking ? t('player.readAloud.stop') : t('player.readAloud.listen')}
    </button>
  );
}
