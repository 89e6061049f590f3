/**
 * The compiler's intermediate form of a lesson file: its units and branches in document order,
 * with the MDX nodes they came from (for positioned messages) and the texts to emit as slots.
 */
import type { RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { QuestionData, StepData } from '../lesson/types.ts';
import type { Frontmatter } from './schema/frontmatter.ts';

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** A `<Step>` with its element and attribute nodes. */
export interface DocStep {
  kind: 'step';
  data: StepData;
  node: JsxElement;
  /** Attribute nodes by name, to point messages at the attribute itself. */
  attributes: Record<string, JsxElement['attributes'][number]>;
  mistakeNodes: JsxElement[];
}

/** A `<Question>` with its element. */
export interface DocQuestion {
  kind: 'question';
  data: QuestionData;
  node: JsxElement;
  attributes: Record<string, JsxElement['attributes'][number]>;
}

/** One way out of a `<Branch>`. */
export interface DocCase {
  /** `undefined` for `<Otherwise>`. */
  value?: string;
  goto: string;
  node: JsxElement;
}

/** A `<Branch>`: a fork, named `branch-<n>` in the machine (n counts the branches from 1). */
export interface DocBranch {
  kind: 'branch';
  name: string;
  on: string;
  cases: DocCase[];
  node: JsxElement;
  attributes: Record<string, JsxElement['attributes'][number]>;
  /** Written `fallthrough`: values without a `Case` go on with the next element, on purpose. */
  fallthrough?: true;
}

export type DocNode = DocStep | DocQuestion | DocBranch;

/** A text to render: its slot id and the MDX nodes it holds. */
export interface DocSlot {
  id: string;
  children: RootContent[];
}

/** Everything the compiler knows of one lesson file. */
export interface LessonDoc {
  /** The reference file's frontmatter when valid (translated files get theirs merged over it). */
  frontmatter?: Frontmatter;
  /** The frontmatter fields that are valid, even when others are not: checks go on with them. */
  meta: Partial<Frontmatter>;
  /** For a translated file: its own texts. */
  texts?: Pick<Frontmatter, 'title' | 'summary' | 'goal'>;
  nodes: DocNode[];
  slots: DocSlot[];
  /** The `<Term>` elements, to check against the glossary. */
  terms: JsxElement[];
  /** The practice sites the lesson shows as tabs, its start site first (set by the check). */
  sites?: string[];
}

declare module 'vfile' {
  interface DataMap {
    lesson: LessonDoc;
  }
}
