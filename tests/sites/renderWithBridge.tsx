/**
 * Renders a practice site as the player does: inside a real `SiteBridgeProvider` with the amina
 * persona and a real practice world kept in React state (`renderPracticeSite`, for any element
 * and every site's targets). Emitted events are recorded in order.
 */
import type { ReactElement } from 'react';
import type { Persona } from '../../src/lesson/types.ts';
import type { PracticeWorld } from '../../src/lesson/world.ts';
import type { TargetRegistry } from '../../src/sites/framework/types.ts';
import { registry } from '../../src/sites/registry.ts';
import { personaNamed, renderPracticeSite } from './renderPracticeSite.tsx';

/** The amina persona, read from its YAML file as the compiler would give it (tests run from the project root). */
export const amina = personaNamed('amina');

export interface BridgeOptions {
  /** (default: amina) */
  persona?: Persona;
  /** (default: a fresh world on today's date) */
  world?: PracticeWorld;
  /** Renders inside `<StrictMode>` (default: false). */
  strict?: boolean;
  /** Every target the sites may name (default: the app's registry). */
  targets?: TargetRegistry;
}

/** Renders `ui` inside a bridge; returns RTL's result plus a user, the events and the world. */
export function renderWithBridge(ui: ReactElement, options: BridgeOptions = {}) {
  const { targets = registry.targets, ...rest } = options;
  const rendered = renderPracticeSite({ ui, persona: amina, targets }, rest);
  return {
    ...rendered,
    /** The documents the sites opened in the viewer (`openDocument`). */
    documents: rendered.opened,
  };
}

export type Rendered = ReturnType<typeof renderWithBridge>;
