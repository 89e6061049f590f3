/**
 * Plain-language warnings (FALC): sentences over 20 words, long words that are not common, and
 * administrative jargon a lesson uses without explaining it with a `<Term>`.
 */
import type { VFile } from 'vfile';
import type { Glossary } from '../schema/glossary.ts';
import { isCommonWord, maxWordLetters } from './commonWords.ts';
import { jargon, type JargonEntry } from './jargon.ts';
import type { LearnerText, Word } from './learnerTexts.ts';
import { warnAt } from './warningRules.ts';

/** Sentences with more words than this get a `long-sentence` warning. */
export const maxSentenceWords = 20;

export interface PlainLanguageOptions {
  /** The file's locale: the word lists are French, so `long-word` and `jargon` check `fr` only. */
  locale: string;
  /** The locale's glossary, to name the `<Term>` that explains a jargon word. */
  glossary: Glossary | undefined;
}

const isNumber = (word: Word | undefined) => word !== undefined && /^[\d\s.,]+$/.test(word.text);
const letters = (text: string) => [...text].filter((char) => /\p{L}/u.test(char)).length;
/** `l'accusé` → `accusé`; `qu'il` → `il`. */
const unelided = (text: string) => text.replace(/^(?:qu|[cdjlmnst])['’]/i, '');
/** Where `word` starts, after an elided article (`l'accusé` → `accusé`). */
const at = (word: Word) => ({ line: word.line, column: word.column + word.text.length - unelided(word.text).length });

/** Adds the plain-language warnings of `texts` to `file`. */
export function plainLanguageWarnings(file: VFile, texts: readonly LearnerText[], options: PlainLanguageOptions) {
  for (const text of texts) {
    for (const sentence of text.sentences) {
      // A number written in groups (`2 86 03 75`) is one word.
      const count = sentence.filter((word, i) => !(isNumber(word) && i > 0 && isNumber(sentence[i - 1]))).length;
      const [first] = sentence;
      if (first && count > maxSentenceWords) {
        const start = sentence.slice(0, 4).map((word) => word.text);
        warnAt(
          file,
          `This sentence has ${count} words (« ${start.join(' ')}… »): split it into sentences of ${maxSentenceWords} words or fewer, one idea each.`,
          { line: first.line, column: first.column },
          'long-sentence',
        );
      }
    }
  }
  if (options.locale !== 'fr') return;
  // Frontmatter texts cannot hold a `<Term>`: the word rules read the lesson's body.
  const body = texts.filter((text) => !text.id.startsWith('frontmatter/'));
  jargonWarnings(file, body, options.glossary);
  longWordWarnings(file, body);
}

/** The place of `entry` in `words` from `index`, or `undefined` when it is not there. */
function matches(entry: JargonEntry, words: readonly Word[], index: number): Word[] | undefined {
  for (const form of entry.forms) {
    const parts = form.split(' ');
    const found = words.slice(index, index + parts.length);
    if (found.length === parts.length && found.every((word, i) => unelided(word.text).toLowerCase() === parts[i]))
      return found;
  }
  return undefined;
}

/** Warns at the first use of each jargon word, unless that use is inside a `<Term>`. */
function jargonWarnings(file: VFile, texts: readonly LearnerText[], glossary: Glossary | undefined) {
  const seen = new Set<JargonEntry>();
  for (const sentence of texts.flatMap((text) => text.sentences)) {
    sentence.forEach((_, index) => {
      for (const entry of jargon) {
        if (seen.has(entry)) continue;
        const found = matches(entry, sentence, index);
        // The screen's own words are quoted as they are: neither a use nor an explanation.
        const [first] = found ?? [];
        if (!found || !first || found.some((word) => word.quoted)) continue;
        seen.add(entry);
        if (found.some((word) => word.inTerm)) continue;
        const written = found.map((word) => unelided(word.text)).join(' ');
        const fix =
          entry.term && glossary && Object.hasOwn(glossary, entry.term)
            ? `explain it where it first appears with \`<Term id="${entry.term}">${written}</Term>\`, or say « ${entry.plain} »`
            : `say « ${entry.plain} », or explain it with a \`<Term>\` (add the word to content/glossary/fr.yaml)`;
        warnAt(file, `« ${written} » is administrative jargon: ${fix}.`, at(first), 'jargon');
      }
    });
  }
}

/** Warns at the first use of each long word that is not common, unless that use is quoted or explained. */
function longWordWarnings(file: VFile, texts: readonly LearnerText[]) {
  const jargonForms = new Set(jargon.flatMap((entry) => entry.forms));
  const seen = new Set<string>();
  for (const word of texts.flatMap((text) => text.sentences.flat())) {
    if (word.quoted || /\d/.test(word.text)) continue;
    for (const part of unelided(word.text).split('-')) {
      // A capital inside a sentence is a name (Amina, FranceConnect).
      if (letters(part) <= maxWordLetters || (!word.first && /^\p{Lu}/u.test(part))) continue;
      const lower = part.toLowerCase();
      if (seen.has(lower) || jargonForms.has(lower) || isCommonWord(lower)) continue;
      seen.add(lower);
      // Explained by a `<Term>` where it first appears: fine there and after.
      if (word.inTerm) continue;
      warnAt(
        file,
        `« ${part} » is a long word (${letters(part)} letters) that learners may not know: use a shorter, common word, or explain it with a \`<Term>\`.`,
        at(word),
        'long-word',
      );
    }
  }
}
