/**
 * Read-aloud in the learner's language: the site's French labels, quoted « … », go to a French
 * voice; a language the computer has no voice for is said plainly, in the learner's language.
 * (jsdom has no speech synthesis: the browser's API is stood in for by a small recorder.)
 */
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n, initI18n } from '../../src/i18n/i18n.ts';
import { ReadAloudButton } from '../../src/player/speech/ReadAloudButton.tsx';
import { hasVoice, speak, speechParts } from '../../src/player/speech/speech.ts';

initI18n('fr');

interface Spoken {
  text: string;
  lang: string;
  voice: string | undefined;
}

/** A browser whose voices are `langs` (listed once `list()` is called, as browsers do after load). */
function browserWithVoices(langs: string[]) {
  const spoken: Spoken[] = [];
  let listed: { lang: string; name: string }[] = [];
  const listeners = new Set<() => void>();
  class Utterance {
    lang = '';
    voice: { name: string } | null = null;
    rate = 1;
    constructor(public text: string) {}
  }
  Object.assign(window, {
    SpeechSynthesisUtterance: Utterance,
    speechSynthesis: {
      cancel() {},
      speak: (u: Utterance) => spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name }),
      getVoices: () => listed,
      addEventListener: (_: string, f: () => void) => listeners.add(f),
      removeEventListener: (_: string, f: () => void) => listeners.delete(f),
    },
  });
  return {
    spoken,
    list() {
      listed = langs.map((lang) => ({ lang, name: `voice ${lang}` }));
      listeners.forEach((f) => f());
    },
  };
}

afterEach(async () => {
  Reflect.deleteProperty(window, 'speechSynthesis');
  Reflect.deleteProperty(window, 'SpeechSynthesisUtterance');
  await i18n.changeLanguage('fr');
});

describe('speechParts', () => {
  it('reads the quoted French labels of a translation in French, the rest in its language', () => {
    expect(speechParts('Click the « Mon Compte » button, at the top right.', 'en')).toEqual([
      { text: 'Click the', locale: 'en' },
      { text: 'Mon Compte', locale: 'fr' },
      { text: 'button, at the top right.', locale: 'en' },
    ]);
    expect(speechParts('اضغط على « Me connecter ».', 'ar')).toEqual([
      { text: 'اضغط على', locale: 'ar' },
      { text: 'Me connecter', locale: 'fr' },
    ]);
  });

  it('leaves a French text whole', () => {
    const text = 'Cliquez sur « Mon Compte », en haut à droite.';
    expect(speechParts(text, 'fr')).toEqual([{ text, locale: 'fr' }]);
  });
});

describe('speak and hasVoice', () => {
  it('gives each part the voice of its language', () => {
    const browser = browserWithVoices(['uk-UA', 'fr-FR', 'fr-CA']);
    browser.list();
    expect(speak('Натисніть « Mon Compte ».', 'uk')).toBe(true);
    expect(browser.spoken).toEqual([
      { text: 'Натисніть', lang: 'uk-UA', voice: 'voice uk-UA' },
      { text: 'Mon Compte', lang: 'fr-FR', voice: 'voice fr-FR' },
    ]);
  });

  it('knows a language without a voice only once the browser has listed its voices', () => {
    const browser = browserWithVoices(['fr-FR']);
    expect(hasVoice('ar')).toBeNull();
    browser.list();
    expect(hasVoice('ar')).toBe(false);
    expect(hasVoice('fr')).toBe(true);
  });
});

describe('ReadAloudButton', () => {
  it('says, in the learner’s language, that the computer has no voice for the lesson’s language', async () => {
    const browser = browserWithVoices(['fr-FR', 'en-US']);
    await i18n.changeLanguage('en');
    render(<ReadAloudButton text="اضغط على « Mon Compte »." locale="ar" what="the instruction" />);
    expect(screen.getByRole('button', { name: 'Listen to the instruction' })).toBeEnabled();
    act(() => browser.list());
    expect(screen.queryByRole('button', { name: 'Listen to the instruction' })).toBeNull();
    expect(screen.getByText('This computer has no voice to read Arabic aloud.')).toBeVisible();
  });

  it('offers to listen where the voice exists', () => {
    const browser = browserWithVoices(['fr-FR', 'es-ES']);
    browser.list();
    render(<ReadAloudButton text="Pulse « Mon Compte »." locale="es" what="la consigne" />);
    expect(screen.getByRole('button', { name: 'Écouter la consigne' })).toBeEnabled();
  });
});
