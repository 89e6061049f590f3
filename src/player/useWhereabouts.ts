/**
 * Keeps `readWhereabouts` up to date for the current step as the practice sites change (a
 * MutationObserver on the practice browser): the guide says where the learner is and what
 * brings them back, and the highlight outlines it.
 */
import { useEffect, useState, type RefObject } from 'react';
import type { TargetId } from '../lesson/types.ts';
import type { SiteRegistry } from '../sites/framework/siteRegistry.ts';
import { readRoutes, type Whereabouts } from './readWhereabouts.ts';

const here: Whereabouts = { status: 'here' };
const noRoutes: readonly TargetId[] = [];

/**
 * Where the learner is with respect to `goal` and the other routes to it, `also` (always `here`
 * when `goal` is `null`).
 */
export function useWhereabouts(
  root: RefObject<HTMLElement | null>,
  goal: TargetId | null,
  registry: SiteRegistry,
  preferred: readonly string[],
  also: readonly TargetId[] = noRoutes,
): Whereabouts {
  // Kept with the goal it is about: a new step shows nothing stale.
  const [seen, setSeen] = useState<{ goal: TargetId; whereabouts: Whereabouts } | null>(null);
  useEffect(() => {
    const container = root.current;
    if (!container || !goal) return;
    let last = '';
    const update = () => {
      const next = readRoutes(container, [goal, ...also], registry, preferred);
      const key = JSON.stringify(next);
      if (key === last) return;
      last = key;
      setSeen({ goal, whereabouts: next });
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(container, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['hidden', 'inert', 'data-place', 'data-target'],
    });
    return () => observer.disconnect();
  }, [root, goal, registry, preferred, also]);
  return seen !== null && seen.goal === goal ? seen.whereabouts : here;
}
