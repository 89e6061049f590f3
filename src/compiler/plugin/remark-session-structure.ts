/**
 * Reads a session script's segments in document order: each `<Segment>` with its attributes, what
 * the advisor says, its `<Ask>`s (each with one `<Answer>`) and its `<Checklist>` items, and the
 * slots that hold their texts. Reports what is misplaced: text outside a segment, an `<Answer>`
 * outside an `<Ask>`, a checklist that is not a list.
 */
import type { ListItem, Nodes, Paragraph, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Mode } from '../../lesson/types.ts';
import { didYouMean } from '../didYouMean.ts';
import type { JsxElement } from '../lessonDoc.ts';
import { fail, listOf } from '../messages.ts';
import { sessionDocOf, type SessionDoc } from '../sessionDoc.ts';
import { plainText } from './plainText.ts';
import { readAttributes } from './readAttributes.ts';

/** The elements of a session script. */
export const sessionVocabulary = ['Segment', 'Ask', 'Answer', 'Checklist'] as const;

/** The modes a segment's lesson can be done in. */
export const sessionModes: readonly Mode[] = ['watch', 'guided', 'alone'];

/** The modes as the app names them in French, for the did-you-mean of a French author. */
const frenchModes: Readonly<Record<string, Mode>> = {
  regarde: 'watch',
  'je-regarde': 'watch',
  guide: 'guided',
  guidé: 'guided',
  'montre-moi': 'guided',
  seul: 'alone',
  'je-fais-seul': 'alone',
};

/** ` Did you mean \`alone\`?` for a near miss or a French name, else an empty string. */
function modeGuess(mode: string): string {
  const french = frenchModes[mode.trim().toLowerCase().replace(/\s+/g, '-')];
  return french ? ` Did you mean \`${french}\`?` : didYouMean(mode, sessionModes);
}

const isElement = (node: Nodes): node is JsxElement =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

const isBlank = (node: Nodes) => node.type === 'text' && node.value.trim() === '';

/**
 * Splits `children` into the elements named `names` (at block level, or in a paragraph when the
 * tag follows a line of text) and the rest, those elements taken out of their paragraphs.
 */
function split(children: readonly RootContent[], names: readonly string[]) {
  const found: JsxElement[] = [];
  const rest: RootContent[] = [];
  for (const child of children) {
    if (isElement(child) && names.includes(child.name ?? '')) found.push(child);
    else if (child.type === 'paragraph') {
      const kept = child.children.filter((inline) => {
        if (isElement(inline) && names.includes(inline.name ?? '')) {
          found.push(inline);
          return false;
        }
        return true;
      });
      if (kept.length === child.children.length) rest.push(child);
      else if (!kept.every(isBlank)) rest.push({ ...child, children: trimmed(kept) } as Paragraph);
    } else rest.push(child);
  }
  return { found, rest };
}

/** Inline nodes without the line breaks left where a tag was taken out. */
function trimmed(nodes: Paragraph['children']): Paragraph['children'] {
  return nodes.map((node, index) => {
    if (node.type !== 'text') return node;
    let value = node.value;
    if (index === 0) value = value.trimStart();
    if (index === nodes.length - 1) value = value.trimEnd();
    return { ...node, value };
  });
}

/** Reports every element of the vocabulary left inside `nodes` (where it has no place). */
function reportNested(file: VFile, nodes: readonly RootContent[], where: string) {
  for (const node of nodes)
    visit(node, (inner: Nodes) => {
      if (!isElement(inner) || !(sessionVocabulary as readonly string[]).includes(inner.name ?? '')) return;
      if (inner.name === 'Answer') answerOutside(file, inner);
      else
        fail(
          file,
          `\`<${inner.name}>\` cannot be inside ${where}: put it on a line of its own, directly inside a \`<Segment>\`${inner.name === 'Segment' ? ' (close the segment before with `</Segment>`)' : ''}.`,
          inner,
          'misplaced-element',
        );
    });
}

function answerOutside(file: VFile, node: JsxElement) {
  fail(
    file,
    '`<Answer>` is only for the good answers to a question: put it inside the `<Ask>` it answers, after the question.',
    node,
    'ask-answer',
  );
}

/** Reads a segment's `duration`: `duration={10}` or `duration="10"`, whole minutes, more than 0. */
function readDuration(attribute: JsxElement['attributes'][number] | undefined): number | undefined {
  if (!attribute || attribute.type !== 'mdxJsxAttribute') return undefined;
  const raw = typeof attribute.value === 'string' ? attribute.value : attribute.value?.value;
  const text = raw?.trim() ?? '';
  return /^[0-9]+$/.test(text) && Number(text) > 0 ? Number(text) : undefined;
}

/** The segment's attributes, `duration={…}` read as its text so that readAttributes takes it. */
function withDurationText(node: JsxElement): JsxElement {
  const attributes = node.attributes.map((attribute) =>
    attribute.type === 'mdxJsxAttribute' &&
    attribute.name === 'duration' &&
    attribute.value !== null &&
    typeof attribute.value === 'object'
      ? { ...attribute, value: attribute.value.value }
      : attribute,
  );
  return { ...node, attributes } as JsxElement;
}

class SessionReader {
  constructor(
    private readonly file: VFile,
    private readonly doc: SessionDoc,
  ) {}

  read(tree: Root) {
    for (const child of tree.children) {
      // Imports and expressions are reported by the safety check.
      if (child.type === 'yaml' || child.type === 'mdxjsEsm' || child.type === 'mdxFlowExpression') continue;
      if (isElement(child) && child.name === 'Segment') this.segment(child);
      else if (isElement(child) && (sessionVocabulary as readonly string[]).includes(child.name ?? ''))
        if (child.name === 'Answer') answerOutside(this.file, child);
        else
          fail(
            this.file,
            `\`<${child.name}>\` must be inside a \`<Segment>\`: move it between \`<Segment …>\` and \`</Segment>\`.`,
            child,
            'misplaced-element',
          );
      else if (isElement(child))
        continue; // outside the vocabulary: reported by the safety check
      else if (child.type === 'paragraph' && child.children.some((c) => isElement(c) && c.name === 'Segment'))
        fail(
          this.file,
          '`<Segment …>` must be on a line of its own, and so must `</Segment>`: put a blank line before it and after it.',
          child,
          'misplaced-element',
        );
      else
        fail(
          this.file,
          'Text outside a `<Segment>` is never shown: move it inside a segment, between `<Segment …>` and `</Segment>`, or remove it.',
          child,
          'outside-segment',
        );
    }
  }

  segment(node: JsxElement) {
    const n = this.doc.segments.length + 1;
    const { values, nodes } = readAttributes(this.file, withDurationText(node), {
      required: ['title', 'duration'],
      optional: ['lesson', 'mode'],
    });
    const title = values.title?.trim() ?? '';
    if (values.title !== undefined && title === '')
      fail(this.file, '`title` on `<Segment>` is empty: write the segment’s title.', nodes.title, 'empty-text');
    const duration = readDuration(nodes.duration);
    if (nodes.duration && values.duration !== undefined && duration === undefined)
      fail(
        this.file,
        `\`duration\` on \`<Segment>\` must be a whole number of minutes, more than 0: write duration={10}; it is \`${values.duration}\`.`,
        nodes.duration,
        'invalid-attribute',
      );
    let mode: Mode | undefined;
    if (values.mode !== undefined) {
      if ((sessionModes as readonly string[]).includes(values.mode)) mode = values.mode as Mode;
      else
        fail(
          this.file,
          `\`mode="${values.mode}"\` is not a mode.${modeGuess(values.mode)} Use ${listOf(sessionModes)}: the group watches the lesson on the projector, does it guided, or alone.`,
          nodes.mode,
          'invalid-attribute',
        );
      if (values.lesson === undefined)
        fail(
          this.file,
          '`mode` says how the group does the segment’s lesson, but the segment has no `lesson`: add lesson="…", or remove `mode`.',
          nodes.mode,
          'missing-attribute',
        );
    }
    const { found, rest } = split(node.children, ['Ask', 'Checklist', 'Answer']);
    reportNested(this.file, rest, 'a paragraph or a list');
    const slot = `segment/${n}`;
    this.doc.slots.push({ id: slot, children: rest });
    const asks = [];
    const checklist = [];
    for (const element of found) {
      if (element.name === 'Answer') answerOutside(this.file, element);
      else if (element.name === 'Ask') asks.push(this.ask(element, `${slot}/ask/${asks.length + 1}`));
      else checklist.push(...this.checklist(element, slot, checklist.length));
    }
    this.doc.segments.push({
      data: {
        id: `segment-${n}`,
        title,
        duration: duration ?? 0,
        ...(values.lesson !== undefined ? { lesson: values.lesson } : {}),
        ...(mode ? { mode } : {}),
        slot,
        text: plainText(rest),
        asks,
        checklist,
        line: node.position?.start.line ?? 1,
      },
      node,
      attributes: nodes,
      timed: duration !== undefined,
    });
  }

  ask(node: JsxElement, slot: string) {
    readAttributes(this.file, node, { required: [] });
    const { found, rest } = split(node.children, ['Answer']);
    reportNested(this.file, rest, 'an `<Ask>`, which holds a question and its `<Answer>`');
    const text = plainText(rest);
    if (text === '')
      fail(this.file, 'This `<Ask>` has no question: write it before its `<Answer>`.', node, 'empty-text');
    const [answer, second] = found;
    if (!answer)
      fail(
        this.file,
        'This `<Ask>` has no `<Answer>`: after the question, add `<Answer>…</Answer>` with what good answers sound like.',
        node,
        'ask-answer',
      );
    if (second)
      fail(
        this.file,
        `This \`<Ask>\` has ${found.length} \`<Answer>\`s: merge them into one, which says what good answers sound like.`,
        second,
        'ask-answer',
      );
    const answerChildren = (answer?.children ?? []) as RootContent[];
    if (answer) {
      readAttributes(this.file, answer, { required: [] });
      reportNested(this.file, answerChildren, 'an `<Answer>`');
      if (plainText(answerChildren) === '')
        fail(this.file, '`<Answer>` is empty: write what good answers sound like.', answer, 'empty-text');
    }
    const answerSlot = `${slot}/answer`;
    this.doc.slots.push({ id: slot, children: rest }, { id: answerSlot, children: answerChildren });
    return { slot, text, answerSlot, answerText: plainText(answerChildren) };
  }

  checklist(node: JsxElement, segmentSlot: string, before: number) {
    readAttributes(this.file, node, { required: [] });
    const lists = node.children.filter((child) => child.type === 'list');
    const other = node.children.find((child) => child.type !== 'list');
    const items = lists.flatMap((list) => list.children) as ListItem[];
    if (other || items.length === 0) {
      fail(
        this.file,
        '`<Checklist>` holds a Markdown list and nothing else: write each thing to check on a line of its own that starts with `- `.',
        other ?? node,
        'checklist-list',
      );
    }
    return items.map((item, index) => {
      reportNested(this.file, item.children, 'a `<Checklist>`');
      const slot = `${segmentSlot}/check/${before + index + 1}`;
      this.doc.slots.push({ id: slot, children: item.children });
      return { slot, text: plainText(item.children) };
    });
  }
}

export default function remarkSessionStructure() {
  return (tree: Root, file: VFile) => {
    new SessionReader(file, sessionDocOf(file)).read(tree);
  };
}
