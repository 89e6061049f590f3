/**
 * The checker's warnings: a pass over what the compiler produced for a lesson file (its lesson
 * document and source), run after `compileLesson`. Warnings never stop a lesson from building.
 */
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { lessonPathParts, referenceLocale } from '../compileLesson.ts';
import type { LessonDoc } from '../lessonDoc.ts';
import type { Glossary } from '../schema/glossary.ts';
import { learnerTexts } from './learnerTexts.ts';
import { plainLanguageWarnings } from './plainLanguage.ts';
import { warnAt } from './warningRules.ts';

export interface WarningOptions {
  /** The glossary of the file's locale, to name the `<Term>` that explains a jargon word. */
  glossary?: Glossary;
}

/**
 * Adds the warnings of a compiled lesson file to `file` and returns them: plain language on
 * every file; hints, questions and skills on the reference file only (translations share its
 * structure). A file that did not parse gets none. `source` is the file's text (after
 * compiling, `file.value` holds the generated code).
 */
export function lessonWarnings(file: VFile, source: string, options: WarningOptions = {}): VFileMessage[] {
  const doc = file.data.lesson;
  if (!doc || file.messages.some((m) => m.ruleId === 'mdx-syntax')) return [];
  const before = new Set(file.messages);
  const { locale } = lessonPathParts(file.path);
  plainLanguageWarnings(file, learnerTexts(doc, source), { locale, glossary: options.glossary });
  if (locale === referenceLocale) structureWarnings(file, doc, source);
  return file.messages.filter((m) => !before.has(m));
}

/** Steps with fewer than two hints, a lesson without a question, skills no step practises. */
function structureWarnings(file: VFile, doc: LessonDoc, source: string) {
  for (const node of doc.nodes) {
    if (node.kind !== 'step' || node.data.hints.length >= 2) continue;
    const count = node.data.hints.length === 0 ? 'no `<Hint>`' : 'only one `<Hint>`';
    warnAt(
      file,
      `Step \`${node.data.id}\` has ${count}: give it two, from vague (where to look) to precise (what to do), before « Montre-moi ».`,
      node.node.position?.start ?? { line: 1, column: 1 },
      'few-hints',
    );
  }
  const first = doc.nodes[0]?.node.position?.start;
  if (first && !doc.nodes.some((node) => node.kind === 'question')) {
    warnAt(
      file,
      'This lesson has no `<Question>`: add one to check that learners understood (what to do next, which number to use…).',
      first,
      'no-question',
    );
  }
  const used = new Set(doc.nodes.flatMap((node) => (node.kind === 'step' ? [node.data.skill] : [])));
  const skillsField = /^skills:/m.exec(source)?.index;
  for (const skill of doc.meta.skills ?? []) {
    if (used.has(skill)) continue;
    const escaped = skill.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const found = source.slice(skillsField).search(new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`));
    const place =
      skillsField === undefined || found === -1 ? { line: 1, column: 1 } : pointAt(source, skillsField + found);
    warnAt(
      file,
      `Skill \`${skill}\` is in \`skills\` but no step practises it: give it to a step (\`skill="${skill}"\`), or remove it from the list.`,
      place,
      'unused-skill',
    );
  }
}

/** The line and column of `offset` in `source`. */
function pointAt(source: string, offset: number) {
  const before = source.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1) ?? '').length + 1 };
}
