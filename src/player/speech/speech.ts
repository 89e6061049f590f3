/**
 * Read-aloud with the browser's speech synthesis, in the lesson's language, with the practice
 * site's French words (quoted « … » in a translated lesson) read by a French voice. Nothing here
 * runs at import time: the browser is asked only when the learner presses a button.
 */

/** BCP 47 tags for the lesson locales (default: the locale itself). */
const voiceTags: Record<string, string> = { fr: 'fr-FR', en: 'en-GB', ar: 'ar', uk: 'uk-UA', es: 'es-ES' };

/** One stretch of text to read, in one language. */
export interface SpeechPart {
  text: string;
  locale: string;
}

/** Whether this browser can read aloud. */
export function speechAvailable(): boolean {
  return (
    typeof window !== 'undefined' &&
    'speechSynthesis' in window &&
    typeof window.SpeechSynthesisUtterance === 'function'
  );
}

/** The browser's voices: empty while it has not listed them yet (they load after the page). */
function browserVoices(): SpeechSynthesisVoice[] {
  return typeof window.speechSynthesis.getVoices === 'function' ? window.speechSynthesis.getVoices() : [];
}

const languageOf = (tag: string) => tag.toLowerCase().split(/[-_]/)[0] ?? '';

/** The browser's voice for `locale`, preferring the region of its tag (`fr-FR`). */
function voiceFor(locale: string): SpeechSynthesisVoice | undefined {
  const tag = (voiceTags[locale] ?? locale).toLowerCase();
  const voices = browserVoices().filter((voice) => languageOf(voice.lang) === languageOf(tag));
  return voices.find((voice) => voice.lang.toLowerCase().replace('_', '-') === tag) ?? voices[0];
}

/**
 * Whether the browser has a voice for `locale`: `null` while unknown (no voice listed yet, or a
 * browser that does not list them), `false` when it cannot read aloud at all or has none for it.
 */
export function hasVoice(locale: string): boolean | null {
  if (!speechAvailable()) return false;
  if (browserVoices().length === 0) return null;
  return voiceFor(locale) !== undefined;
}

/** Calls `onChange` when the browser's list of voices changes; returns the unsubscribe. */
export function onVoicesChanged(onChange: () => void): () => void {
  if (!speechAvailable()) return () => {};
  const synthesis = window.speechSynthesis;
  if (typeof synthesis.addEventListener !== 'function') return () => {};
  synthesis.addEventListener('voiceschanged', onChange);
  return () => synthesis.removeEventListener('voiceschanged', onChange);
}

/**
 * `text` cut into what each voice reads: in a lesson that is not in French, the site's labels,
 * quoted « … » as the site shows them, are read in French; the rest in `locale`.
 */
export function speechParts(text: string, locale: string): SpeechPart[] {
  if (locale === 'fr') return [{ text, locale }];
  const parts: SpeechPart[] = [];
  const quoted = /«\s*([^»]+?)\s*»/g;
  let last = 0;
  for (const match of text.matchAll(quoted)) {
    parts.push({ text: text.slice(last, match.index), locale });
    parts.push({ text: match[1] ?? '', locale: 'fr' });
    last = match.index + match[0].length;
  }
  parts.push({ text: text.slice(last), locale });
  return parts.filter((part) => /[\p{L}\p{N}]/u.test(part.text)).map((part) => ({ ...part, text: part.text.trim() }));
}

/** Reads `text` aloud in `locale`, stopping whatever was being read; false when it cannot. */
export function speak(text: string, locale: string, onEnd?: () => void): boolean {
  if (!speechAvailable()) return false;
  const parts = speechParts(text, locale);
  if (parts.length === 0) return false;
  window.speechSynthesis.cancel();
  parts.forEach((part, index) => {
    const utterance = new window.SpeechSynthesisUtterance(part.text);
    utterance.lang = voiceTags[part.locale] ?? part.locale;
    const voice = voiceFor(part.locale);
    if (voice) utterance.voice = voice;
    utterance.rate = 0.9;
    if (onEnd && index === parts.length - 1) {
      utterance.onend = onEnd;
      utterance.onerror = onEnd;
    }
    window.speechSynthesis.speak(utterance);
  });
  return true;
}

/** Stops reading. */
export function stopSpeaking(): void {
  if (speechAvailable()) window.speechSynthesis.cancel();
}
