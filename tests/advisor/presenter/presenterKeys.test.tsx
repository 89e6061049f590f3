/**
 * The presenter's keys are heard from the moment the view is on screen: a key pressed right after
 * the first render (before React's passive effects, which a busy computer runs later) still
 * opens the projector or moves on.
 */
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { usePresenterKeys, type PresenterKeyActions } from '../../../src/advisor/presenter/usePresenterKeys.ts';

const container = document.createElement('div');
let unmount = () => {};
// Rendered as in a browser (not inside act()): the passive effects run in a later task.
const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
beforeEach(() => {
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
});
afterEach(() => {
  unmount();
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
});

function View({ actions, heading }: { actions: PresenterKeyActions; heading: string }) {
  usePresenterKeys(actions);
  return <h2 tabIndex={-1}>{heading}</h2>;
}

const press = (key: string) =>
  document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));

describe('the presenter’s keys', () => {
  it('are heard as soon as the view is committed, with the latest actions', async () => {
    const heard: string[] = [];
    const actions = (name: string): PresenterKeyActions => ({
      next: () => heard.push(`${name}:next`),
      back: () => heard.push(`${name}:back`),
      projector: () => heard.push(`${name}:projector`),
    });
    const root = createRoot(container);
    unmount = () => root.unmount();
    // `key` is pressed as soon as the heading is in the page: in the task that put it there.
    const pressOnCommit = (key: string, heading: string) =>
      new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (container.querySelector('h2')?.textContent !== heading) return;
          observer.disconnect();
          press(key);
          resolve();
        });
        observer.observe(container, { childList: true, subtree: true, characterData: true });
      });
    const first = pressOnCommit('p', 'Accueil et tour de table');
    root.render(<View actions={actions('first')} heading="Accueil et tour de table" />);
    await first;
    const second = pressOnCommit('ArrowRight', 'Se connecter : je regarde');
    root.render(<View actions={actions('second')} heading="Se connecter : je regarde" />);
    await second;
    expect(heard).toEqual(['first:projector', 'second:next']);
  });
});
