/**
 * The first half of « Montre-moi » when the learner strayed: follows the way back link by link
 * (`readWhereabouts`, read again after each link, since a link may land elsewhere than planned:
 * « Mon Compte » opens the login page once signed out) until the step's target is on screen.
 */
import type { TargetId } from '../lesson/types.ts';
import { waitForTarget } from '../sites/framework/driver.ts';
import type { SiteRegistry } from '../sites/framework/siteRegistry.ts';
import { readWhereabouts, shownTarget, type WayBackStep } from './readWhereabouts.ts';

/** The most links a way back may take before the guide gives up (the CAF's longest is 7). */
export const maxLinks = 12;

export interface BringBackOptions {
  root: HTMLElement;
  goal: TargetId;
  registry: SiteRegistry;
  /** The lesson's earlier targets, latest first (see `readWhereabouts`). */
  preferred: readonly string[];
  /** Performs one action of the way (the player moves Watch mode's pointer, then drives the site). */
  perform(step: WayBackStep, element: HTMLElement): Promise<void> | void;
}

/** Lets the site react (a lazily loaded tab, a re-render) before reading the page again. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Brings `goal` on screen; resolves `true` once it is, `false` when no way is known. */
export async function bringBack({ root, goal, registry, preferred, perform }: BringBackOptions): Promise<boolean> {
  for (let link = 0; link <= maxLinks; link++) {
    let whereabouts = readWhereabouts(root, goal, registry, preferred);
    // A site still loading: give it the time the driver gives any target.
    if (whereabouts.status === 'unknown' && (await waitForTarget(root, goal)) !== null)
      whereabouts = readWhereabouts(root, goal, registry, preferred);
    if (whereabouts.status === 'here') return true;
    if (whereabouts.status !== 'away') return false;
    for (const step of whereabouts.steps) {
      const element = shownTarget(root, step.target) ?? (await waitForTarget(root, step.target));
      if (!element) return false;
      await perform(step, element);
      await settle();
    }
  }
  return shownTarget(root, goal) !== null;
}
