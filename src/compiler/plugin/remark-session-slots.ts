/**
 * Replaces the session script with its texts, each wrapped in `<Slot id="…">`, so that the
 * compiled content component renders any one text on demand (the advisor pages supply `Slot`).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { sessionDocOf } from '../sessionDoc.ts';

export default function remarkSessionSlots() {
  return (tree: Root, file: VFile) => {
    tree.children = sessionDocOf(file).slots.map((slot) => ({
      type: 'mdxJsxFlowElement',
      name: 'Slot',
      attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: slot.id }],
      children: slot.children as never,
    }));
  };
}
