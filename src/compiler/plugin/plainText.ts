/**
 * Plain text of MDX content, for read-aloud and screen-reader announcements.
 */
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';

const blocks = new Set([
  'paragraph',
  'heading',
  'list',
  'listItem',
  'blockquote',
  'code',
  'table',
  'mdxJsxFlowElement',
]);

/** The text of `nodes`: inline nodes run together, blocks are separated by a space; white space folded. */
export function plainText(nodes: readonly Nodes[]): string {
  return nodes
    .map((node) => (blocks.has(node.type) ? ` ${toString(node)} ` : toString(node)))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
