/**
 * A lesson is content, not code: checks the whole tree, anywhere in the file (inside `Case`,
 * `Otherwise`, unknown elements…), for imports and exports, `{expressions}`, elements outside the
 * vocabulary, and links and images that leave the app or run code. Comments `{/* … *\/}` are
 * allowed and removed: they are never shown.
 */
import type { Definition, Nodes, Parents, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { didYouMean } from '../didYouMean.ts';
import { fail, listOf } from '../messages.ts';
import { classifyUrl } from '../../lesson/classifyUrl.ts';
import { officialSites } from '../../lesson/officialSites.ts';
import { vocabulary } from './remark-lesson-structure.ts';

const officialList = listOf(officialSites);

/** An address as messages show it: at most `max` characters. */
const shown = (url: string, max: number) => (url.length > max ? `${url.slice(0, max)}…` : url);

/** Whether an expression node holds only comments (`{/* … *\/}`), which compile to nothing. */
function isComment(node: { value: string; data?: { estree?: { body: unknown[] } | null } }): boolean {
  const program = node.data?.estree;
  if (program) return program.body.length === 0;
  return /^\s*(?:\/\*(?:(?!\*\/)[\s\S])*\*\/\s*)*$/.test(node.value);
}

/** What is checked: a lesson (the default) or another kind of content file, e.g. a session script. */
export interface SafetyOptions {
  /** The elements allowed (default: the lesson vocabulary). */
  vocabulary?: readonly string[];
  /** What messages call the file (default `lesson`). */
  noun?: string;
}

/** The hint for an element outside the vocabulary: HTML has a Markdown way. */
function unknownElementReason(name: string, vocabulary: readonly string[], noun: string): string {
  const markdown: Record<string, string> = {
    a: ' For a link, write `[text](https://www.service-public.fr/…)`.',
    img: ` For an image, put the file beside the ${noun} and write \`![description](image.png)\`.`,
    script: ` A ${noun} cannot run code.`,
  };
  const hint =
    markdown[name] ?? (/^[a-z]/.test(name) ? ' Write Markdown instead of HTML (`**bold**`, lists with `-`).' : '');
  return `Unknown element \`<${name}>\`.${didYouMean(name, vocabulary)}${hint} A ${noun} uses only ${listOf(vocabulary)}.`;
}

export default function remarkLessonSafety(options: SafetyOptions = {}) {
  const allowed = options.vocabulary ?? vocabulary;
  const noun = options.noun ?? 'lesson';
  return (tree: Root, file: VFile) => {
    const definitions = new Map<string, Definition>();
    visit(tree, 'definition', (node) => {
      definitions.set(node.identifier, node);
    });
    // A definition used by an image is checked as an image, where it is used.
    const images = new Set<string>();
    visit(tree, 'imageReference', (node) => {
      images.add(node.identifier);
    });

    const checkLink = (url: string, node: Nodes) => {
      const kind = classifyUrl(url);
      if (kind === 'script')
        fail(
          file,
          `This link runs code or hides content (\`${shown(url, 40)}\`): remove it. A ${noun} links only to its own pages (a relative address) or to an official site.`,
          node,
          'unsafe-url',
        );
      else if (kind === 'external')
        fail(
          file,
          `The link to \`${shown(url, 80)}\` leaves the practice for a site that is not on the list: link only to a relative address or, with https://, to ${officialList} (or one of their subdomains).`,
          node,
          'external-link',
        );
    };

    const checkImage = (url: string, node: Nodes) => {
      const kind = classifyUrl(url);
      if (kind === 'script')
        fail(
          file,
          `This image address runs code or hides content (\`${shown(url, 40)}\`): put the image file beside the ${noun} and write \`![description](image.png)\`.`,
          node,
          'unsafe-url',
        );
      else if (kind !== 'relative')
        fail(
          file,
          `The image \`${shown(url, 80)}\` comes from another site, which would see every learner who opens the ${noun}: put the image file beside the ${noun} and write \`![description](image.png)\`.`,
          node,
          'external-image',
        );
    };

    visit(tree, (node: Nodes, index: number | undefined, parent: Parents | undefined) => {
      switch (node.type) {
        case 'mdxjsEsm':
          fail(
            file,
            `Imports and exports are not allowed in a ${noun}: remove this line and use only the ${noun} vocabulary.`,
            node,
            'not-allowed',
          );
          return SKIP;
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          if (isComment(node) && parent && index !== undefined) {
            parent.children.splice(index, 1);
            return [SKIP, index];
          }
          fail(
            file,
            `Expressions in braces \`{…}\` are not allowed in a ${noun}: write plain text (escape a brace as \`\\{\`).`,
            node,
            'not-allowed',
          );
          return SKIP;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          if (node.name === null || node.name === undefined || node.name === '')
            fail(
              file,
              `Fragments \`<>…</>\` are not part of the ${noun} vocabulary: remove the empty tags.`,
              node,
              'unknown-element',
            );
          else if (!allowed.includes(node.name))
            fail(file, unknownElementReason(node.name, allowed, noun), node, 'unknown-element');
          return undefined;
        case 'link':
          checkLink(node.url, node);
          return undefined;
        case 'definition':
          if (!images.has(node.identifier)) checkLink(node.url, node);
          return undefined;
        case 'image':
          checkImage(node.url, node);
          return undefined;
        case 'imageReference': {
          const definition = definitions.get(node.identifier);
          if (definition) checkImage(definition.url, node);
          return undefined;
        }
        case 'html':
          fail(
            file,
            `HTML is not allowed in a ${noun}: write Markdown and the ${noun} vocabulary.`,
            node,
            'not-allowed',
          );
          return undefined;
        default:
          return undefined;
      }
    });
  };
}
