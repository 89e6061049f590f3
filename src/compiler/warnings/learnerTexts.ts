/**
 * The texts a learner reads in a lesson file, cut into sentences and words, each word with its
 * place in the file: what the plain-language warnings look at. Advisor notes are left out.
 */
import type { RootContent } from 'mdast';
import type { LessonDoc } from '../lessonDoc.ts';

/** One word of a learner's text. */
export interface Word {
  /** As written, without the punctuation around it: `d'entraînement`, `connectez-vous`. */
  text: string;
  line: number;
  column: number;
  /** Inside a `<Term>`: explained on demand. */
  inTerm: boolean;
  /** The screen's own words, which the author must quote as they are: inside `**bold**` or « quotes ». */
  quoted: boolean;
  /** The first word of its sentence. */
  first: boolean;
}

/** A sentence: words up to a `.`, `!`, `?` (`؟`) or `…` outside quotes, or the end of a paragraph. */
export type Sentence = Word[];

/** One text of the lesson: its slot id (`step/<id>/hint/0`…) or `frontmatter/<field>`, and its sentences. */
export interface LearnerText {
  id: string;
  sentences: Sentence[];
}

const blocks = new Set(['paragraph', 'heading', 'listItem', 'blockquote', 'table', 'tableRow', 'tableCell']);
const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
const isNote = (slot: string) => slot.startsWith('note/') || slot.endsWith('/note');

/** The learner-facing texts of `doc` (instructions, hints, mistakes, questions, answers, intro, summary, goal). */
export function learnerTexts(doc: LessonDoc, source: string): LearnerText[] {
  const reader = new TextReader(source);
  const texts: LearnerText[] = [];
  const fields = doc.texts ?? doc.frontmatter ?? doc.meta;
  for (const field of ['summary', 'goal'] as const) {
    const value = fields[field];
    const start = frontmatterValueOffset(source, field);
    if (value === undefined || start === undefined) continue;
    texts.push({ id: `frontmatter/${field}`, sentences: reader.read([{ type: 'text', value }], start) });
  }
  for (const slot of doc.slots) {
    if (!isNote(slot.id)) texts.push({ id: slot.id, sentences: reader.read(slot.children) });
  }
  return texts;
}

/** Where the value of a top-level frontmatter field starts in `source`. */
function frontmatterValueOffset(source: string, field: string): number | undefined {
  const match = new RegExp(`^${field}:[ \\t]*`, 'm').exec(source);
  return match ? match.index + match[0].length : undefined;
}

interface Context {
  inTerm: boolean;
  quoted: boolean;
}

class TextReader {
  private readonly lineStarts: number[] = [0];
  private sentences: Sentence[] = [];
  private sentence: Sentence = [];
  private quotes = 0;

  constructor(private readonly source: string) {
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  /** The sentences of `nodes`; `offset` places nodes that have no position (frontmatter values). */
  read(nodes: readonly RootContent[], offset?: number): Sentence[] {
    this.sentences = [];
    this.sentence = [];
    this.quotes = 0;
    for (const node of nodes) this.node(node, { inTerm: false, quoted: false }, offset);
    this.endSentence();
    return this.sentences;
  }

  private node(node: RootContent, context: Context, offset?: number) {
    if (node.type === 'text' || node.type === 'inlineCode') {
      const start = node.position?.start.offset ?? offset ?? 0;
      const end = node.position?.end.offset ?? this.source.length;
      this.text(node.value, start, end, node.type === 'inlineCode' ? { ...context, quoted: true } : context);
      return;
    }
    if (!('children' in node)) return;
    let inner = context;
    if (node.type === 'strong') inner = { ...context, quoted: true };
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Term')
      inner = { ...context, inTerm: true };
    for (const child of node.children as RootContent[]) this.node(child, inner, offset);
    if (blocks.has(node.type)) this.endSentence();
  }

  /** Reads the words of a text whose source lies between `start` and `end`. */
  private text(value: string, start: number, end: number, context: Context) {
    const source = this.source.slice(start, end);
    let cursor = 0;
    for (const [chunk] of value.matchAll(/\S+/g)) {
      let from = 0;
      while (from < chunk.length && !isWordChar(chunk[from])) from += 1;
      let to = chunk.length;
      while (to > from && !isWordChar(chunk[to - 1])) to -= 1;
      const word = chunk.slice(from, to);
      const after = chunk.slice(to);
      this.punctuation(chunk.slice(0, from));
      // An elided word glued to the next element (`l'<Term>onglet</Term>`) is one word with it.
      if (word !== '' && !/^['’]$/.test(after)) {
        const found = source.indexOf(word, cursor);
        if (found !== -1) cursor = found + word.length;
        const { line, column } = this.point(start + (found === -1 ? 0 : found));
        const quoted = context.quoted || this.quotes > 0;
        this.sentence.push({
          text: word,
          line,
          column,
          inTerm: context.inTerm,
          quoted,
          first: this.sentence.length === 0,
        });
      }
      this.punctuation(after);
    }
  }

  /** Follows quotes, and ends the sentence at `.`, `!`, `?` (Arabic `؟` too) or `…` outside quotes. */
  private punctuation(chars: string) {
    for (const char of chars) {
      if (char === '«' || char === '“') this.quotes += 1;
      else if (char === '»' || char === '”') this.quotes = Math.max(0, this.quotes - 1);
      else if ('.!?…؟'.includes(char) && this.quotes === 0) this.endSentence();
    }
  }

  private endSentence() {
    if (this.sentence.length > 0) this.sentences.push(this.sentence);
    this.sentence = [];
  }

  private point(offset: number) {
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? Infinity) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  }
}
