/**
 * In a right-to-left lesson (Arabic), keeps what the learner reads or types as written on the
 * French site left to right: a French label quoted « … » becomes `<span dir="ltr" lang="fr">`,
 * guillemets included (read with a French voice, not split and reordered at a line's end); each
 * other run of Latin letters and digits that holds a digit (« 2 86 03 75 114 023 63 »,
 * « 320,00 € », « Jasmin2026! ») becomes `<span dir="ltr">`. Both are isolates, so their parts
 * are not reordered by the text around them.
 */
import type { Parent, Root, Text } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit, SKIP } from 'unist-util-visit';

/** A left-to-right run: starts and ends with a letter, a digit or a closing sign; holds a digit. */
const ltrRun = /[\p{Script=Latin}0-9+][\p{Script=Latin}0-9 .,:/@€%!?+'’*#_-]*[\p{Script=Latin}0-9€%!*#]|[0-9]/gu;

/** A quotation in Latin script, guillemets included (« Numéro de sécurité sociale »). */
const frenchQuote = /«[^«»\p{Script=Arabic}]*\p{Script=Latin}[^«»\p{Script=Arabic}]*»/gu;

/** A part of a text: as it is, or isolated left to right (`french`: a quoted French label). */
export interface TextPart {
  text: string;
  ltr: boolean;
  french?: true;
}

/** The digit-holding runs of `value`, and the text between them. */
function digitRuns(value: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of value.matchAll(ltrRun)) {
    if (!/[0-9]/.test(match[0])) continue;
    if (match.index > last) parts.push({ text: value.slice(last, match.index), ltr: false });
    parts.push({ text: match[0], ltr: true });
    last = match.index + match[0].length;
  }
  if (last < value.length) parts.push({ text: value.slice(last), ltr: false });
  return parts;
}

/** The parts of `value`: text, and the quoted French labels and digit runs to isolate. */
export function ltrRuns(value: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of value.matchAll(frenchQuote)) {
    if (match.index > last) parts.push(...digitRuns(value.slice(last, match.index)));
    parts.push({ text: match[0], ltr: true, french: true });
    last = match.index + match[0].length;
  }
  if (last < value.length) parts.push(...digitRuns(value.slice(last)));
  return parts;
}

const isolate = ({ text, french }: TextPart): MdxJsxTextElement => ({
  type: 'mdxJsxTextElement',
  name: 'span',
  attributes: [
    { type: 'mdxJsxAttribute', name: 'dir', value: 'ltr' },
    ...(french ? [{ type: 'mdxJsxAttribute' as const, name: 'lang', value: 'fr' }] : []),
  ],
  children: [{ type: 'text', value: text }],
});

export default function remarkLessonLtrRuns({ rtl }: { rtl: boolean }) {
  return (tree: Root) => {
    if (!rtl) return;
    visit(tree, 'text', (node: Text, index, parent: Parent | undefined) => {
      if (!parent || index === undefined) return;
      const parts = ltrRuns(node.value);
      if (!parts.some((part) => part.ltr)) return;
      const nodes = parts.map((part) => (part.ltr ? isolate(part) : ({ type: 'text', value: part.text } as Text)));
      parent.children.splice(index, 1, ...(nodes as Parent['children']));
      return [SKIP, index + nodes.length];
    });
  };
}
