/**
 * Texts as `<Slot id="…">` elements, the form in which lessons and session scripts are compiled:
 * the content component renders any one text on demand (the page supplies `Slot`).
 */
import type { RootContent } from 'mdast';

/** One `<Slot id="…">` element per text, in order. */
export function slotElements(slots: readonly { id: string; children: readonly unknown[] }[]): RootContent[] {
  return slots.map((slot) => ({
    type: 'mdxJsxFlowElement',
    name: 'Slot',
    attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: slot.id }],
    children: slot.children as never,
  }));
}
