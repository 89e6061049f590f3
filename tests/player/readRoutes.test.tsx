/**
 * A step several routes lead to (`also`): the guide is « here » as soon as one of them is on
 * screen, and says which when it is not the step's own target, so the highlight outlines it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readRoutes } from '../../src/player/readWhereabouts.ts';
import { registry } from '../../src/sites/registry.ts';

/** A page with buttons for `targets`, the hidden ones inside a hidden block. */
function page(shown: string[], hidden: string[] = []) {
  const button = (target: string) => `<button data-target="${target}">${target}</button>`;
  document.body.innerHTML = `<div>${shown.map(button).join('')}<div hidden>${hidden.map(button).join('')}</div></div>`;
  return document.body;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the whereabouts of a step with several routes', () => {
  const routes = ['caf.espace.menu.ressources', 'caf.espace.notification-dtr'] as const;

  it('is here, on its own target, when that is on screen', () => {
    expect(readRoutes(page([...routes]), routes, registry)).toEqual({ status: 'here' });
  });

  it('is here by another route when only that one is on screen, naming it', () => {
    expect(readRoutes(page(['caf.espace.notification-dtr'], ['caf.espace.menu.ressources']), routes, registry)).toEqual(
      { status: 'here', route: 'caf.espace.notification-dtr' },
    );
  });

  it('is not here when no route is on screen', () => {
    expect(readRoutes(page([], [...routes]), routes, registry).status).not.toBe('here');
  });
});
