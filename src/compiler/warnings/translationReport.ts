/**
 * The translation report of `npm run check -- --translations`: which locales cover which
 * lessons, and in each translation the texts of the reference file that are missing or were
 * left untranslated; in each glossary, the words of the reference glossary it lacks.
 */
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { lessonPathParts, referenceLocale } from '../compileLesson.ts';
import type { LessonDoc } from '../lessonDoc.ts';
import { plainText } from '../plugin/plainText.ts';
import type { Glossary } from '../schema/glossary.ts';
import type { TranslationRuleId } from './warningRules.ts';

/** One finding of the report, at a place in a file. */
export interface TranslationNote {
  path: string;
  place: Point;
  rule: TranslationRuleId;
  message: string;
}

/** Which locales a lesson has. */
export interface LessonLocales {
  id: string;
  locales: string[];
}

export interface TranslationReport {
  /** Every locale a lesson file exists in, the reference first. */
  locales: string[];
  lessons: LessonLocales[];
  notes: TranslationNote[];
}

export interface TranslationInput {
  /** The lesson files in `content/lessons/*\/*.mdx`, each compiled (its messages and lesson document), with its text. */
  files: readonly { file: VFile; source: string }[];
  /** The glossary of each locale that has one (`content/glossary/<locale>.yaml`), with its path. */
  glossaries: readonly { locale: string; path: string; data: Glossary | undefined }[];
  /** The learner's languages, reported even where no lesson has a file yet. */
  expected?: readonly string[];
}

/**
 * « Longer than the French by far »: a text this many times the French, and this many characters
 * more, crowds the guide beside the site (and is often a sentence added, not translated).
 */
const longerRatio = 1.6;
const longerBy = 40;

const start: Point = { line: 1, column: 1 };
const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** `en` → `English`. */
export function languageName(locale: string): string {
  try {
    return languageNames.of(locale) ?? locale;
  } catch {
    return locale;
  }
}

/** A text's slot id in words: `step/numero/hint/1` → hint 2 of step `numero`. */
export function describeSlot(id: string): string {
  const [kind = '', unit = '', part, detail = ''] = id.split('/');
  if (id === 'intro') return 'the introduction';
  if (id.startsWith('frontmatter/')) return `the frontmatter's \`${unit}\``;
  if (kind === 'note') return `advisor note ${Number(unit) + 1} (between steps)`;
  const owner = `${kind} \`${unit}\``;
  if (part === undefined)
    return kind === 'step' ? `the instruction of step \`${unit}\`` : `the text of question \`${unit}\``;
  if (part === 'hint') return `hint ${Number(detail) + 1} of ${owner}`;
  if (part === 'mistake') return `mistake ${Number(detail) + 1} of ${owner}`;
  if (part === 'answer') return `answer \`${detail}\` of ${owner}`;
  return `the advisor note of ${owner}`;
}

/** The texts of a lesson document by slot id (frontmatter texts as `frontmatter/<field>`). */
function textsOf(doc: LessonDoc, source: string, fields: Partial<Record<'title' | 'summary' | 'goal', string>> = {}) {
  const texts = new Map<string, { text: string; place: Point | undefined }>();
  const lines = source.split('\n');
  for (const field of ['title', 'summary', 'goal'] as const) {
    const text = fields[field];
    const line = lines.findIndex((l) => l.startsWith(`${field}:`));
    if (text !== undefined)
      texts.set(`frontmatter/${field}`, { text, place: line === -1 ? undefined : { line: line + 1, column: 1 } });
  }
  for (const slot of doc.slots) {
    const place = slot.children[0]?.position?.start;
    texts.set(slot.id, { text: plainText(slot.children), place });
  }
  return texts;
}

/** Where a text of `id` belongs in `doc`: its own place, else its step or question, else the top. */
function placeOf(doc: LessonDoc, id: string): Point {
  const unit = id.split('/')[1];
  const node = doc.nodes.find((n) => n.kind !== 'branch' && n.data.id === unit);
  return node?.node.position?.start ?? start;
}

/** Builds the report from compiled lesson files and the glossaries. */
export function translationReport({ files, glossaries, expected = [] }: TranslationInput): TranslationReport {
  const byLesson = new Map<string, Map<string, { file: VFile; source: string }>>();
  for (const compiled of files) {
    const { folderId, locale } = lessonPathParts(compiled.file.path);
    if (!byLesson.has(folderId)) byLesson.set(folderId, new Map());
    byLesson.get(folderId)?.set(locale, compiled);
  }
  const found = new Set([...expected, ...[...byLesson.values()].flatMap((lesson) => [...lesson.keys()])]);
  const locales = [referenceLocale, ...[...found].filter((l) => l !== referenceLocale).sort()];
  const lessons = [...byLesson.keys()].sort().map((id) => ({
    id,
    locales: locales.filter((locale) => byLesson.get(id)?.has(locale)),
  }));
  const notes: TranslationNote[] = [];
  for (const { id, locales: present } of lessons) {
    const lesson = byLesson.get(id);
    const { file: reference, source: referenceSource = '' } = lesson?.get(referenceLocale) ?? {};
    for (const locale of locales.filter((l) => l !== referenceLocale && !present.includes(l))) {
      if (!reference) continue;
      notes.push({
        path: reference.path,
        place: start,
        rule: 'missing-translation',
        message: `\`${id}\` has no ${languageName(locale)} translation: add content/lessons/${id}/${locale}.mdx (until then, learners who chose ${languageName(locale)} see it in French).`,
      });
    }
    const referenceDoc = reference?.data.lesson;
    if (!reference || !referenceDoc || reference.messages.some((m) => m.fatal)) continue;
    const theirs = textsOf(referenceDoc, referenceSource, referenceDoc.frontmatter);
    for (const locale of present.filter((l) => l !== referenceLocale)) {
      const { file, source = '' } = lesson?.get(locale) ?? {};
      const doc = file?.data.lesson;
      if (!file || !doc || file.messages.some((m) => m.fatal)) continue;
      const ours = textsOf(doc, source, doc.texts);
      for (const [slot, { text }] of theirs) {
        const mine = ours.get(slot);
        if (!mine) {
          notes.push({
            path: file.path,
            place: placeOf(doc, slot),
            rule: 'missing-text',
            message: `${capitalised(describeSlot(slot))} of ${referenceLocale}.mdx has no ${languageName(locale)} text here: add it.`,
          });
        } else if (mine.text === text && /\p{L}{4,}/u.test(text)) {
          const excerpt = text.split(' ').slice(0, 5).join(' ');
          notes.push({
            path: file.path,
            place: mine.place ?? placeOf(doc, slot),
            rule: 'untranslated-text',
            message: `${capitalised(describeSlot(slot))} is the same as in ${referenceLocale}.mdx (« ${excerpt}${text === excerpt ? '' : '…'} »): translate it into ${languageName(locale)}.`,
          });
        } else if (mine.text.length > longerRatio * text.length && mine.text.length - text.length > longerBy) {
          notes.push({
            path: file.path,
            place: mine.place ?? placeOf(doc, slot),
            rule: 'longer-text',
            message: `${capitalised(describeSlot(slot))} has ${mine.text.length} characters, ${text.length} in ${referenceLocale}.mdx: say the same in fewer words (short sentences, common words), without adding to it.`,
          });
        }
      }
    }
  }
  const referenceGlossary = glossaries.find((g) => g.locale === referenceLocale)?.data;
  for (const glossary of glossaries) {
    if (glossary.locale === referenceLocale || !referenceGlossary || !glossary.data) continue;
    const missing = Object.keys(referenceGlossary).filter((term) => !Object.hasOwn(glossary.data ?? {}, term));
    if (missing.length === 0) continue;
    notes.push({
      path: glossary.path,
      place: start,
      rule: 'missing-text',
      message: `The ${languageName(glossary.locale)} glossary has no entry for ${missing.map((t) => `\`${t}\``).join(', ')} (in ${referenceLocale}.yaml): add them, so that ${languageName(glossary.locale)} lessons can explain these words.`,
    });
  }
  return { locales, lessons, notes };
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
