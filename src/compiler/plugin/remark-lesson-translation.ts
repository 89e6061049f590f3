/**
 * Checks that a translated lesson file (`en.mdx`…) has exactly the structure of its reference
 * `fr.mdx`: the same steps, questions and branches in the same order, with the same targets,
 * actions, expectations and ladders. Only texts may differ.
 */
import type { VFile } from 'vfile';
import { stateName } from '../graph/lessonGraph.ts';
import type { DocNode, LessonDoc } from '../lessonDoc.ts';
import { fail } from '../messages.ts';
import { lessonDocOf } from './lessonDocOf.ts';

export interface TranslationOptions {
  /** The reference file's document, or `undefined` when it has errors or is missing. */
  reference: LessonDoc | undefined;
  /** The reference file's path, for messages. */
  referencePath: string;
}

/** The structure of a node, as text, for comparison and messages. */
function shape(node: DocNode): string {
  if (node.kind === 'step') {
    const { action, target, expect, skill, hints, mistakes, incident } = node.data;
    const mistakeShape = mistakes.map((m) => `${m.on}${m.value === undefined ? '' : `=${m.value}`}`).join(', ');
    return `<Step action="${action}" target="${target}" skill="${skill}"${expect ? ` expect="${expect}"` : ''}${incident ? ` incident="${incident}"` : ''}> with ${hints.length} Hint(s) and Mistakes [${mistakeShape}]`;
  }
  if (node.kind === 'question')
    return `<Question> with answers [${node.data.answers.map((a) => `${a.value}${a.correct ? ' (correct)' : ''}`).join(', ')}]`;
  return `<Branch on="${node.on}"> with ${node.cases.map((c) => (c.value === undefined ? `Otherwise→${c.goto}` : `${c.value}→${c.goto}`)).join(', ')}`;
}

export default function remarkLessonTranslation(options: TranslationOptions) {
  return (_tree: unknown, file: VFile) => {
    const doc = lessonDocOf(file);
    const reference = options.reference;
    if (!reference?.frontmatter) {
      fail(
        file,
        `The reference file ${options.referencePath} is missing or has errors: fix it first, the translation follows it.`,
        { line: 1, column: 1 },
        'translation-mismatch',
      );
      return;
    }
    doc.frontmatter = { ...reference.frontmatter, ...doc.texts };
    doc.meta = doc.frontmatter;
    const ours = new Map(doc.nodes.map((n) => [stateName(n), n]));
    const theirs = new Map(reference.nodes.map((n) => [stateName(n), n]));
    const end = { line: String(file.value).split('\n').length, column: 1 };
    reference.nodes.forEach((node, index) => {
      if (node.kind === 'branch') return;
      const name = stateName(node);
      const mine = ours.get(name);
      const previous = reference.nodes
        .slice(0, index)
        .reverse()
        .find((n) => n.kind !== 'branch');
      if (!mine) {
        const where = previous ? `after \`${stateName(previous)}\`` : 'at the start';
        fail(
          file,
          `\`${name}\` of ${options.referencePath} is missing here: add it ${where}, with the same attributes.`,
          previous ? (ours.get(stateName(previous))?.node ?? end) : end,
          'translation-mismatch',
        );
      }
    });
    doc.nodes.forEach((node, index) => {
      const name = stateName(node);
      const counterpart = node.kind === 'branch' ? reference.nodes[index] : theirs.get(name);
      if (!counterpart) {
        fail(
          file,
          `\`${name}\` is not in ${options.referencePath}: remove it, or add it there first.`,
          node.node,
          'translation-mismatch',
        );
      } else if (shape(counterpart) !== shape(node)) {
        fail(
          file,
          `\`${name}\` differs from ${options.referencePath}: it must be ${shape(counterpart)}, here it is ${shape(node)}.`,
          node.node,
          'translation-mismatch',
        );
      } else if (node.kind !== 'branch' && reference.nodes.indexOf(counterpart) !== index) {
        fail(
          file,
          `\`${name}\` is not in the same place as in ${options.referencePath}: put the steps in the same order.`,
          node.node,
          'translation-mismatch',
        );
      }
    });
    if (
      doc.nodes.length !== reference.nodes.length &&
      !file.messages.some((m) => m.ruleId === 'translation-mismatch')
    ) {
      fail(
        file,
        `This file has ${doc.nodes.length} steps, questions and branches; ${options.referencePath} has ${reference.nodes.length}: make them the same.`,
        end,
        'translation-mismatch',
      );
    }
  };
}
