/**
 * The feedback bubble appears next to the element the learner acted on (below it, above it when
 * there is no room below), never over it and never outside the browser; it follows the element
 * as the site scrolls; it shows nothing for an element that is missing or in a hidden tab, goes
 * when the player passes `null`, and is no live region (the guide's message is announced once).
 * (jsdom has no layout: each element's place on screen is given by hand.)
 */
import { act, screen, waitFor } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { FeedbackBubble } from '../../../src/player/feedback/FeedbackBubble.tsx';
import { describeBoth } from '../renderBoth.tsx';

interface Place {
  left: number;
  top: number;
  width: number;
  height: number;
}

const message = 'Regardez la ligne « Net à payer » de votre fiche de paie.';
/** The bubble's own size, once drawn (px). */
const bubbleSize = { width: 300, height: 60 };

/** Where each element is on screen (a stand-in for the browser's layout); the window is 768 px high. */
const places = new Map<Element, Place>();
function placeOf(element: Element): Place {
  if (element.classList.contains('feedback-bubble')) return { left: 0, top: 0, ...bubbleSize };
  return places.get(element) ?? { left: 0, top: 0, width: 0, height: 0 };
}

beforeEach(() => {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const { left, top, width, height } = placeOf(this);
    return { left, top, width, height, x: left, y: top, right: left + width, bottom: top + height } as DOMRect;
  });
  vi.stubGlobal('innerHeight', 768);
});
afterEach(() => {
  places.clear();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

interface PageProps {
  target: string | null;
  /** The salary field sits in a hidden tab. */
  hiddenTab?: boolean;
}

function Browser({ target, hiddenTab = false }: PageProps) {
  const root = useRef<HTMLElement>(null);
  return (
    <section ref={root} aria-label="Navigateur d'entraînement">
      <div className="browser-page" hidden={hiddenTab}>
        <div className="form">
          <label>
            Salaire net
            <input data-target="caf.salary" />
          </label>
        </div>
      </div>
      <FeedbackBubble root={root} target={target}>
        {message}
      </FeedbackBubble>
    </section>
  );
}

/** The browser at (0, 100), 800 px wide; the salary field at `field` on screen. */
function layOut(field: Place) {
  places.set(document.querySelector('section')!, { left: 0, top: 100, width: 800, height: 2000 });
  places.set(document.querySelector('.form')!, { left: 0, top: 100, width: 800, height: 2000 });
  places.set(document.querySelector('[data-target="caf.salary"]')!, field);
}

/** The bubble's place inside the browser (px), and its arrow's distance from its left side. */
function bubble() {
  const element = document.querySelector<HTMLElement>('.feedback-bubble');
  if (!element) return null;
  const arrow = element.querySelector<HTMLElement>('.feedback-bubble-arrow')!;
  return {
    element,
    left: parseFloat(element.style.left),
    top: parseFloat(element.style.top),
    arrow: parseFloat(arrow.style.left),
    above: element.classList.contains('feedback-bubble-above'),
  };
}

describeBoth('the feedback bubble', ({ render }) => {
  it('appears just below the element, its arrow on it, without covering it', () => {
    const { rerender } = render(<Browser target={null} />);
    layOut({ left: 50, top: 300, width: 200, height: 40 });
    rerender(<Browser target="caf.salary" />);
    expect(screen.getByText(message)).toBe(bubble()!.element);
    // The field is 200 to 240 px down the browser: the bubble starts 12 px under it, at its left.
    expect(bubble()).toMatchObject({ left: 50, top: 252, above: false });
    expect(bubble()!.arrow).toBe(100); // the field's middle
  });

  it('goes above the element when there is no room below it on screen', () => {
    const { rerender } = render(<Browser target={null} />);
    layOut({ left: 50, top: 720, width: 200, height: 40 }); // 8 px above the window's bottom
    rerender(<Browser target="caf.salary" />);
    // The field starts 620 px down the browser: the bubble (60 px high) ends 12 px above it.
    expect(bubble()).toMatchObject({ top: 620 - 12 - 60, above: true });
  });

  it('stays inside the browser, its arrow still pointing at the element', () => {
    const { rerender } = render(<Browser target={null} />);
    layOut({ left: 700, top: 300, width: 90, height: 40 });
    rerender(<Browser target="caf.salary" />);
    const { left, arrow } = bubble()!;
    expect(left + bubbleSize.width).toBeLessThanOrEqual(800 - 8);
    expect(left + arrow).toBe(745);
  });

  it('follows the element when the page scrolls', async () => {
    const { rerender } = render(<Browser target={null} />);
    layOut({ left: 50, top: 300, width: 200, height: 40 });
    rerender(<Browser target="caf.salary" />);
    // The form scrolls 150 px: the field moves up inside the browser.
    places.set(document.querySelector('[data-target="caf.salary"]')!, { left: 50, top: 150, width: 200, height: 40 });
    act(() => void document.querySelector('.form')!.dispatchEvent(new Event('scroll')));
    await waitFor(() => expect(bubble()).toMatchObject({ left: 50, top: 50 + 40 + 12 }));
  });

  it('shows nothing when the element is not on screen or in a hidden tab', () => {
    const { rerender } = render(<Browser target={null} />);
    rerender(<Browser target="caf.absent" />);
    expect(screen.queryByText(message)).toBeNull();
    rerender(<Browser target="caf.salary" hiddenTab />);
    expect(screen.queryByText(message)).toBeNull();
  });

  it('goes away when the player passes no target (the learner acted again)', async () => {
    const { rerender } = render(<Browser target="caf.salary" />);
    expect(await screen.findByText(message)).toBeInTheDocument();
    rerender(<Browser target={null} />);
    expect(screen.queryByText(message)).toBeNull();
  });

  it('is no live region and is hidden from screen readers: the guide announces the message once', async () => {
    render(<Browser target="caf.salary" />);
    const element = await screen.findByText(message);
    expect(element).toHaveAttribute('aria-hidden', 'true');
    const live = '[aria-live], [role="status"], [role="alert"], [role="log"]';
    expect(element.closest(live)).toBeNull();
    expect(element.querySelector(live)).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
  });
});
