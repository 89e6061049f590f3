/**
 * Replaces the document with its texts, each wrapped in `<Slot id="…">`, so that the compiled
 * content component renders any one text on demand (the player supplies `Slot`).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { lessonDocOf } from './lessonDocOf.ts';
import { slotElements } from './slotElements.ts';

export default function remarkLessonSlots() {
  return (tree: Root, file: VFile) => {
    tree.children = slotElements(lessonDocOf(file).slots);
  };
}
