/**
 * Replaces the session script with its texts, each wrapped in `<Slot id="…">`, so that the
 * compiled content component renders any one text on demand (the advisor pages supply `Slot`).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { sessionDocOf } from '../sessionDoc.ts';
import { slotElements } from './slotElements.ts';

export default function remarkSessionSlots() {
  return (tree: Root, file: VFile) => {
    tree.children = slotElements(sessionDocOf(file).slots);
  };
}
