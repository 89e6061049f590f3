/**
 * Plain text of MDX content, for read-aloud and screen-reader announcements.
 */
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** The text of `nodes`, blocks separated by a space, white space folded. */
export function plainText(nodes: readonly Nodes[]): string {
  return nodes
    .map((node) => toString(node))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
