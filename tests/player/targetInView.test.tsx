/**
 * The element a step asks for is brought into view when it appears (the learner may be scrolled
 * elsewhere on a long page), without smooth scrolling for those who asked for reduced motion,
 * and never inside a hidden tab.
 */
import { render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { highlightAttribute, useTargetHighlight } from '../../src/player/useTargetHighlight.ts';

function Page({ target, hiddenTab = false }: { target: string | null; hiddenTab?: boolean }) {
  const root = useRef<HTMLDivElement>(null);
  useTargetHighlight(root, target);
  return (
    <div ref={root}>
      <div hidden={hiddenTab}>
        <button type="button" data-target="caf.dtr.next">
          Suivant
        </button>
      </div>
    </div>
  );
}

const scrolled = vi.fn();
const reduced = (reduce: boolean) =>
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: reduce && query.includes('reduce'), media: query }));

beforeEach(() => {
  Element.prototype.scrollIntoView = scrolled;
});
afterEach(() => {
  scrolled.mockReset();
  vi.unstubAllGlobals();
});

describe('the highlighted target', () => {
  it('is outlined and scrolled into view smoothly', () => {
    reduced(false);
    const { getByRole } = render(<Page target="caf.dtr.next" />);
    expect(getByRole('button', { name: 'Suivant' })).toHaveAttribute(highlightAttribute);
    expect(scrolled).toHaveBeenCalledTimes(1);
    expect(scrolled.mock.instances[0]).toBe(getByRole('button', { name: 'Suivant' }));
    expect(scrolled).toHaveBeenCalledWith({ block: 'nearest', inline: 'nearest', behavior: 'smooth' });
  });

  it('jumps without animation when the learner asked for reduced motion', () => {
    reduced(true);
    render(<Page target="caf.dtr.next" />);
    expect(scrolled).toHaveBeenCalledWith({ block: 'nearest', inline: 'nearest', behavior: 'auto' });
  });

  it('does not scroll to an element in a hidden tab, nor when nothing is asked', () => {
    reduced(false);
    const { rerender } = render(<Page target="caf.dtr.next" hiddenTab />);
    rerender(<Page target={null} />);
    expect(scrolled).not.toHaveBeenCalled();
  });
});
