/**
 * Reads the lesson's vocabulary elements (Step, Hint, Mistake, Question, Answer, Branch, Case,
 * Otherwise, AdvisorNote, Term) into the lesson document, checking nesting and attributes, and
 * gathers every text into a slot. Code and unknown elements are reported by remark-lesson-safety,
 * which runs first: here they are only left out.
 */
import type { Parent, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { SiteAction, TargetId } from '../../lesson/types.ts';
import { idPattern } from '../../lesson/ids.ts';
import { siteActions } from '../../lesson/types.ts';
import { didYouMean } from '../didYouMean.ts';
import type { DocCase, DocStep, JsxElement, LessonDoc } from '../lessonDoc.ts';
import { fail, listOf } from '../messages.ts';
import { lessonDocOf } from './lessonDocOf.ts';
import { plainText } from './plainText.ts';
import { readAttributes } from './readAttributes.ts';

/** The author's vocabulary (DESIGN.md section 3): add to it, never rename. */
export const vocabulary = [
  'Step',
  'Hint',
  'Mistake',
  'Branch',
  'Case',
  'Otherwise',
  'Question',
  'Answer',
  'AdvisorNote',
  'Term',
] as const;

const home: Record<string, string> = {
  Hint: 'Step',
  Mistake: 'Step',
  Answer: 'Question',
  Case: 'Branch',
  Otherwise: 'Branch',
};

const isJsx = (node: RootContent): node is JsxElement =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
const isBlank = (node: RootContent) => node.type === 'text' && node.value.trim() === '';
/** Reported by remark-lesson-safety: imports, exports and expressions. */
const isCode = (node: RootContent) =>
  node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression';
const inVocabulary = (name: string) => (vocabulary as readonly string[]).includes(name);

/** Builds the lesson document of one file. */
export default function remarkLessonStructure() {
  return (tree: Root, file: VFile) => new StructureReader(file, lessonDocOf(file)).read(tree);
}

class StructureReader {
  private readonly ids = new Map<string, number>();

  constructor(
    private readonly file: VFile,
    private readonly doc: LessonDoc,
  ) {}

  read(tree: Root) {
    const intro: RootContent[] = [];
    const notes: RootContent[][] = [];
    for (const node of tree.children) {
      if (node.type === 'yaml' || isCode(node)) continue;
      if (isJsx(node)) {
        this.readTopElement(node, notes);
      } else if (this.doc.nodes.length === 0) {
        intro.push(node);
        this.checkContent(node);
      } else {
        fail(
          this.file,
          'Text between steps is never shown: put it inside a `<Step>` as its instruction, or in an `<AdvisorNote>`.',
          node,
          'misplaced-element',
        );
      }
    }
    if (intro.some((n) => plainText([n]) !== '')) this.doc.slots.unshift({ id: 'intro', children: intro });
    notes.forEach((children, index) => this.doc.slots.push({ id: `note/${index}`, children }));
  }

  private readTopElement(node: JsxElement, notes: RootContent[][]) {
    switch (node.name) {
      case 'Step':
        return this.readStep(node);
      case 'Question':
        return this.readQuestion(node);
      case 'Branch':
        return this.readBranch(node);
      case 'AdvisorNote':
        readAttributes(this.file, node, { required: [] });
        notes.push(this.readText(node));
        return;
      default:
        this.reportElement(node);
    }
  }

  /** Reports a vocabulary element that has no place here (an unknown one is reported by remark-lesson-safety). */
  private reportElement(node: JsxElement, inside?: JsxElement) {
    const name = node.name ?? '';
    if (!inVocabulary(name)) return;
    const parent = home[name];
    const reason = parent
      ? `\`<${name}>\` must be inside a \`<${parent}>\`: move it between \`<${parent} …>\` and \`</${parent}>\`.`
      : `\`<${name}>\` cannot be inside \`<${inside?.name ?? '?'}>\`: close the \`<${inside?.name}>\` of line ${inside?.position?.start.line} first.`;
    fail(this.file, reason, node, 'misplaced-element');
  }

  private claimId(id: string, node: JsxElement, what: string) {
    if (!idPattern.test(id)) {
      fail(
        this.file,
        `${what} id \`${id}\` must be lower-case words joined by dashes, e.g. \`numero-secu\`.`,
        node,
        'invalid-attribute',
      );
    }
    const line = this.ids.get(id);
    if (line !== undefined) {
      fail(
        this.file,
        `The id \`${id}\` is already used on line ${line}: give each step and question its own id.`,
        node,
        'duplicate-id',
      );
      return false;
    }
    this.ids.set(id, node.position?.start.line ?? 0);
    return true;
  }

  /** Takes the elements named `names` out of `children` (at any depth), checking the rest. */
  private extract(
    children: RootContent[],
    names: readonly string[],
    owner: JsxElement,
  ): { rest: RootContent[]; taken: JsxElement[] } {
    const taken: JsxElement[] = [];
    const walk = (nodes: RootContent[]): RootContent[] =>
      nodes.flatMap((node): RootContent[] => {
        if (isJsx(node) && names.includes(node.name ?? '')) {
          taken.push(node);
          return [];
        }
        if (isJsx(node) && node.name !== 'Term') {
          this.reportElement(node, owner);
          return [];
        }
        if ('children' in node && !isJsx(node)) {
          const kept = walk(node.children as RootContent[]);
          (node as Parent).children = kept as Parent['children'];
          if (node.type === 'paragraph' && kept.every(isBlank)) return [];
        }
        return [node];
      });
    const rest = walk(children);
    for (const node of rest) this.checkContent(node);
    return { rest, taken };
  }

  /** Checks the content of a text: only `<Term>` elements (expressions are reported by remark-lesson-safety). */
  private checkContent(node: RootContent) {
    if (isCode(node)) return;
    if (isJsx(node)) {
      if (node.name !== 'Term') return this.reportElement(node);
      const { values } = readAttributes(this.file, node, { required: ['id'] });
      if (values.id !== undefined) this.doc.terms.push(node);
    }
    if ('children' in node) for (const child of node.children as RootContent[]) this.checkContent(child);
  }

  /** The children of a text element (Hint, Mistake, Answer, AdvisorNote), checked. */
  private readText(node: JsxElement): RootContent[] {
    const { rest } = this.extract(node.children as RootContent[], [], node);
    if (plainText(rest) === '')
      fail(this.file, `\`<${node.name}>\` is empty: write its text between the tags.`, node, 'empty-text');
    return rest;
  }

  private readStep(node: JsxElement) {
    const { values, nodes } = readAttributes(this.file, node, {
      required: ['id', 'skill', 'action', 'target'],
      optional: ['expect', 'value', 'incident', 'also'],
    });
    const { rest, taken } = this.extract(node.children as RootContent[], ['Hint', 'Mistake', 'AdvisorNote'], node);
    const id = values.id;
    if (id === undefined || !this.claimId(id, node, 'Step')) return;
    if (values.action !== undefined && !siteActions.includes(values.action as SiteAction)) {
      fail(
        this.file,
        `\`action="${values.action}"\` is not an action.${didYouMean(values.action, siteActions)} Use ${listOf(siteActions)}.`,
        nodes.action,
        'invalid-attribute',
      );
    }
    const slot = `step/${id}`;
    if (plainText(rest) === '')
      fail(
        this.file,
        `Step \`${id}\` has no instruction: write what the learner must do between \`<Step …>\` and \`</Step>\`.`,
        node,
        'empty-text',
      );
    this.doc.slots.push({ id: slot, children: rest });
    const hints = taken.filter((t) => t.name === 'Hint');
    const mistakes = taken.filter((t) => t.name === 'Mistake');
    const notes = taken.filter((t) => t.name === 'AdvisorNote');
    const step: DocStep = {
      kind: 'step',
      node,
      attributes: nodes,
      mistakeNodes: mistakes,
      data: {
        kind: 'step',
        id,
        skill: values.skill ?? '',
        action: (values.action ?? 'click') as SiteAction,
        // Checked against the registry by remark-lesson-check, which also fills the label.
        target: (values.target ?? '') as TargetId,
        targetLabel: '',
        // Other routes to the same place, separated by spaces; checked by remark-lesson-check.
        ...(values.also !== undefined ? { also: values.also.split(/[\s,]+/).filter(Boolean) as TargetId[] } : {}),
        ...(values.expect !== undefined ? { expect: values.expect } : {}),
        ...(values.value !== undefined ? { value: values.value } : {}),
        // Checked against the sites' incidents by remark-lesson-check.
        ...(values.incident !== undefined ? { incident: values.incident } : {}),
        slot,
        text: plainText(rest),
        hints: hints.map((hint, index) => this.textSlot(hint, `${slot}/hint/${index}`)),
        mistakes: mistakes.flatMap((mistake, index) => {
          const attributes = readAttributes(this.file, mistake, { required: ['on'], optional: ['value'] }).values;
          const text = this.textSlot(mistake, `${slot}/mistake/${index}`);
          return [
            {
              on: (attributes.on ?? '') as TargetId,
              ...(attributes.value !== undefined ? { value: attributes.value } : {}),
              ...text,
            },
          ];
        }),
        line: node.position?.start.line ?? 0,
      },
    };
    if (notes.length > 1)
      fail(
        this.file,
        `Step \`${id}\` has ${notes.length} \`<AdvisorNote>\`s: merge them into one.`,
        notes[1],
        'misplaced-element',
      );
    if (notes[0]) step.data.note = this.textSlot(notes[0], `${slot}/note`).slot;
    for (const plain of [...hints, ...notes]) readAttributes(this.file, plain, { required: [] });
    this.doc.nodes.push(step);
  }

  private textSlot(node: JsxElement, slot: string) {
    const children = this.readText(node);
    this.doc.slots.push({ id: slot, children });
    return { slot, text: plainText(children) };
  }

  private readQuestion(node: JsxElement) {
    const { values, nodes } = readAttributes(this.file, node, { required: ['id'], flags: ['any'] });
    const { rest, taken } = this.extract(node.children as RootContent[], ['Answer', 'AdvisorNote'], node);
    const id = values.id;
    if (id === undefined || !this.claimId(id, node, 'Question')) return;
    const slot = `question/${id}`;
    if (plainText(rest) === '')
      fail(
        this.file,
        `Question \`${id}\` has no text: write the question before its \`<Answer>\`s.`,
        node,
        'empty-text',
      );
    this.doc.slots.push({ id: slot, children: rest });
    const answers: { value: string; slot: string; text: string; correct: boolean }[] = [];
    for (const answer of taken.filter((t) => t.name === 'Answer')) {
      const attributes = readAttributes(this.file, answer, { required: ['value'], flags: ['correct'] }).values;
      if (attributes.value === undefined) continue;
      if (answers.some((a) => a.value === attributes.value)) {
        fail(
          this.file,
          `Question \`${id}\` has two answers with value \`${attributes.value}\`: give each answer its own value.`,
          answer,
          'duplicate-id',
        );
        continue;
      }
      answers.push({
        value: attributes.value,
        correct: attributes.correct === 'true',
        ...this.textSlot(answer, `${slot}/answer/${attributes.value}`),
      });
    }
    if (answers.length < 2)
      fail(
        this.file,
        `Question \`${id}\` needs at least two \`<Answer value="…">\`s to choose from.`,
        node,
        'missing-attribute',
      );
    const correct = answers.some((a) => a.correct);
    if (values.any !== undefined && correct)
      fail(
        this.file,
        `Question \`${id}\` says \`any\` (every answer is fine) but has a \`correct\` answer: remove \`any\`, or remove \`correct\`.`,
        nodes.any,
        'no-correct-answer',
      );
    else if (values.any === undefined && !correct && answers.length >= 2)
      fail(
        this.file,
        `Question \`${id}\` has no correct answer, so « Je regarde » and « Montre-moi » have nothing to show: add \`correct\` to the right \`<Answer>\`, or write \`<Question id="${id}" any>\` if every answer is fine (e.g. before a \`<Branch>\` on it).`,
        node,
        'no-correct-answer',
      );
    const notes = taken.filter((t) => t.name === 'AdvisorNote');
    for (const note of notes) readAttributes(this.file, note, { required: [] });
    const note = notes[0];
    this.doc.nodes.push({
      kind: 'question',
      node,
      attributes: nodes,
      data: {
        kind: 'question',
        id,
        slot,
        text: plainText(rest),
        answers,
        ...(note ? { note: this.textSlot(note, `${slot}/note`).slot } : {}),
        line: node.position?.start.line ?? 0,
      },
    });
  }

  /** Reports what a `<Case>` or `<Otherwise>`, which hold nothing, hold: vocabulary elements and text. */
  private checkEmpty(owner: JsxElement) {
    let text = false;
    const walk = (nodes: RootContent[]) => {
      for (const node of nodes) {
        if (isBlank(node) || isCode(node)) continue;
        if (isJsx(node)) {
          if (inVocabulary(node.name ?? ''))
            fail(
              this.file,
              `\`<${node.name}>\` cannot be inside \`<${owner.name}>\`, which holds nothing: end \`<${owner.name} …>\` with \`/>\` and put this \`<${node.name}>\` after the \`<Branch>\`.`,
              node,
              'misplaced-element',
            );
        } else if ('children' in node) {
          walk(node.children as RootContent[]);
        } else if (!text) {
          text = true;
          fail(
            this.file,
            `\`<${owner.name}>\` holds no text: end it with \`/>\` (\`<${owner.name} … />\`) and move this text into a step.`,
            node,
            'misplaced-element',
          );
        }
      }
    };
    walk(owner.children as RootContent[]);
  }

  private readBranch(node: JsxElement) {
    const { values, nodes } = readAttributes(this.file, node, { required: ['on'], flags: ['fallthrough'] });
    const cases: DocCase[] = [];
    for (const child of node.children as RootContent[]) {
      if (isBlank(child) || isCode(child)) continue;
      if (!isJsx(child) || (child.name !== 'Case' && child.name !== 'Otherwise')) {
        if (isJsx(child)) this.reportElement(child, node);
        else
          fail(
            this.file,
            'A `<Branch>` holds only `<Case value="…" goto="…" />` and `<Otherwise goto="…" />`: move this text into a step.',
            child,
            'misplaced-element',
          );
        continue;
      }
      const otherwise = child.name === 'Otherwise';
      const attributes = readAttributes(
        this.file,
        child,
        otherwise ? { required: ['goto'] } : { required: ['value', 'goto'] },
      ).values;
      this.checkEmpty(child);
      if (otherwise && cases.some((c) => c.value === undefined)) {
        fail(this.file, 'A `<Branch>` has at most one `<Otherwise>`: remove this one.', child, 'misplaced-element');
        continue;
      }
      if (attributes.goto !== undefined)
        cases.push({ ...(otherwise ? {} : { value: attributes.value ?? '' }), goto: attributes.goto, node: child });
    }
    if (cases.length === 0)
      fail(
        this.file,
        'This `<Branch>` leads nowhere: add `<Case value="…" goto="…" />` or `<Otherwise goto="…" />` inside it.',
        node,
        'missing-attribute',
      );
    const otherwise = cases.findIndex((c) => c.value === undefined);
    if (otherwise !== -1 && otherwise !== cases.length - 1) {
      fail(
        this.file,
        '`<Otherwise>` must come after every `<Case>`: move it to the end of the `<Branch>`.',
        cases[otherwise]?.node,
        'misplaced-element',
      );
    }
    if (values.fallthrough !== undefined && otherwise !== -1)
      fail(
        this.file,
        '`fallthrough` says that values without a `<Case>` go on with the next element, but `<Otherwise>` catches them: remove one of the two.',
        nodes.fallthrough,
        'branch-fallthrough',
      );
    if (values.on === undefined) return;
    this.doc.nodes.push({
      kind: 'branch',
      name: `branch-${this.doc.nodes.filter((n) => n.kind === 'branch').length + 1}`,
      on: values.on,
      cases,
      node,
      attributes: nodes,
      ...(values.fallthrough !== undefined ? { fallthrough: true as const } : {}),
    });
  }
}
