/**
 * Read-aloud with the browser's speech synthesis, in the lesson's language. Nothing here runs at
 * import time: the browser is asked only when the learner presses a button.
 */

/** BCP 47 tags for the lesson locales (default: the locale itself). */
const voices: Record<string, string> = { fr: 'fr-FR', en: 'en-GB', ar: 'ar' };

/** Whether this browser can read aloud. */
export function speechAvailable(): boolean {
  return (
    typeof window !== 'undefined' &&
    'speechSynthesis' in window &&
    typeof window.SpeechSynthesisUtterance === 'function'
  );
}

/** Reads `text` aloud in `locale`, stopping whatever was being read; false when it cannot. */
export function speak(text: string, locale: string, onEnd?: () => void): boolean {
  if (!speechAvailable() || text.trim() === '') return false;
  const utterance = new window.SpeechSynthesisUtterance(text);
  utterance.lang = voices[locale] ?? locale;
  utterance.rate = 0.9;
  if (onEnd) {
    utterance.onend = onEnd;
    utterance.onerror = onEnd;
  }
  window.speechSynthesis.cancel();
  window.speechSynthesis.speak(utterance);
  return true;
}

/** Stops reading. */
export function stopSpeaking(): void {
  if (speechAvailable()) window.speechSynthesis.cancel();
}
