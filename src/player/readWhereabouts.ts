/**
 * Where the learner is, seen from the current step: whether its target is on screen and, when
 * it is not, what brings it back — the other tab, or the next link of the site's navigation map
 * (`planWayBack`), with its targets picked among those on screen.
 */
import type { SiteAction, TargetId } from '../lesson/types.ts';
import { planWayBack } from '../sites/framework/planWayBack.ts';
import { tabTarget, type SiteRegistry } from '../sites/framework/siteRegistry.ts';
import { matchesAny, matchesPattern } from '../sites/framework/targetPattern.ts';
import type { WayStep } from '../sites/framework/types.ts';
import { siteAttribute } from './siteAttribute.ts';

/** One action of the way back, on a target that is on screen. */
export interface WayBackStep {
  action: SiteAction;
  target: TargetId;
  /** The value to type, written as an `expect` (`persona:nir13`, `rule:otp`). */
  value?: string;
  /** The target's label in the registry. */
  label: string;
  /** A value an earlier step had entered, typed again (`bringBack`'s `fields`), not a link. */
  refill?: boolean;
}

export type Whereabouts =
  /** The target is on screen (`route`: another of the step's routes is, not its own target). */
  | { status: 'here'; route?: TargetId }
  /** It is not: `steps` lead towards it (`place`: where the learner is, in words). */
  | { status: 'away'; place: string | null; steps: WayBackStep[] }
  /** It is not, and the map knows no way there. */
  | { status: 'lost'; place: string | null }
  /** Nothing to say: the site is still loading, or has no navigation map. */
  | { status: 'unknown' };

const isShown = (element: Element) => element.closest('[hidden], [inert]') === null;

/** The element of `target` inside `root` that is on screen (not in a hidden tab), if any. */
export function shownTarget(root: ParentNode, target: string): HTMLElement | null {
  for (const element of root.querySelectorAll<HTMLElement>(`[data-target="${target.replace(/["\\]/g, '\\$&')}"]`))
    if (isShown(element)) return element;
  return null;
}

/** The targets on screen inside `scope`, in document order. */
const targetsOnScreen = (scope: ParentNode) =>
  [...scope.querySelectorAll<HTMLElement>('[data-target]')]
    .filter(isShown)
    .map((element) => element.dataset.target ?? '');

/**
 * Resolves a way's steps to targets on screen: a pattern takes the first of `preferred` (the
 * lesson's earlier targets, latest first) on screen, else the first on screen. `null` when a
 * required step has no target on screen.
 */
function resolve(
  scope: ParentNode,
  steps: readonly WayStep[],
  registry: SiteRegistry,
  preferred: readonly string[],
): WayBackStep[] | null {
  const onScreen = targetsOnScreen(scope);
  const resolved: WayBackStep[] = [];
  for (const step of steps) {
    const matching = onScreen.filter((target) => matchesPattern(step.target, target));
    const target = preferred.find((id) => matching.includes(id)) ?? matching[0];
    // A later step's target may appear with an earlier one (the code field, once it is sent).
    const later = resolved.length > 0 && !step.target.includes('*') ? step.target : undefined;
    if (target === undefined && (step.optional || later === undefined)) {
      if (step.optional) continue;
      return null;
    }
    const id = (target ?? later) as TargetId;
    resolved.push({
      action: step.action,
      target: id,
      ...(step.value === undefined ? {} : { value: step.value }),
      label: registry.targets[id]?.label ?? id,
    });
  }
  return resolved;
}

/**
 * The site whose map leads to `goal`, and its tab panel: the goal's site, or, for a site without a
 * tab shown inside another's (FranceConnect), the site whose map holds the goal, the one in front
 * first.
 */
function hostOf(root: ParentNode, goal: TargetId, registry: SiteRegistry) {
  const siteId = goal.slice(0, goal.indexOf('.'));
  const site = registry.site(siteId);
  if (site?.tab !== false) {
    const panel = root.querySelector(`[${siteAttribute}="${siteId}"]`);
    return site && panel ? { site, panel } : null;
  }
  const hosts = [...root.querySelectorAll<HTMLElement>(`[${siteAttribute}]`)].flatMap((panel) => {
    const host = registry.site(panel.getAttribute(siteAttribute) ?? '');
    const holds = Object.values(host?.navigation?.places ?? {}).some((place) => matchesAny(place.targets, goal));
    return host && holds ? [{ site: host, panel }] : [];
  });
  return hosts.find(({ panel }) => !panel.closest('[hidden]')) ?? hosts[0] ?? null;
}

/**
 * Where the learner is with respect to `goal`, read from the practice browser `root`: the tab in
 * front, the places on screen (`data-place`) and the site's navigation map. `relaxed` plans
 * through links whatever the site's flags (see `planWayBack`).
 */
export function readWhereabouts(
  root: ParentNode,
  goal: TargetId,
  registry: SiteRegistry,
  preferred: readonly string[] = [],
  { relaxed = false }: { relaxed?: boolean } = {},
): Whereabouts {
  if (shownTarget(root, goal)) return { status: 'here' };
  const host = hostOf(root, goal, registry);
  if (!host) return { status: 'unknown' };
  const { site, panel } = host;
  if (panel.closest('[hidden]')) {
    const tab = tabTarget(site.id);
    return shownTarget(root, tab)
      ? {
          status: 'away',
          place: null,
          steps: [{ action: 'click', target: tab, label: registry.targets[tab]?.label ?? tab }],
        }
      : { status: 'lost', place: null };
  }
  const navigation = site.navigation;
  const places = [...panel.querySelectorAll<HTMLElement>('[data-place]')]
    .filter(isShown)
    .map((element) => element.dataset.place ?? '');
  const innermost = places.at(-1);
  if (!navigation || innermost === undefined) return { status: 'unknown' };
  const place = navigation.places[innermost]?.label ?? null;
  const flagged = panel.querySelector<HTMLElement>('[data-flags]')?.dataset.flags ?? '';
  const flags = flagged.split(' ').filter(Boolean);
  const path = planWayBack(navigation, goal, { places, flags }, { relaxed });
  const way = path === null ? undefined : path.length === 0 ? navigation.places[innermost]?.reveal : path[0]?.steps;
  let steps = way ? resolve(panel, way, registry, preferred) : null;
  // The place could hold the goal but does not show it (another message is open): leave, come back.
  if (path?.length === 0 && (!steps || steps.length === 0)) {
    const around = planWayBack(navigation, goal, { places, flags }, { leave: true, relaxed })?.[0]?.steps;
    steps = around ? resolve(panel, around, registry, preferred) : null;
  }
  return steps && steps.length > 0 ? { status: 'away', place, steps } : { status: 'lost', place };
}

/**
 * Where the learner is with respect to a step that several routes lead to (its `target`, then
 * its `also`): here as soon as one of them is on screen (saying which, when not the first);
 * otherwise the way back to the first, or, when the map knows none, to the first other it knows.
 */
export function readRoutes(
  root: ParentNode,
  routes: readonly TargetId[],
  registry: SiteRegistry,
  preferred: readonly string[] = [],
): Whereabouts {
  const [goal, ...others] = routes;
  if (goal === undefined) return { status: 'unknown' };
  const shown = routes.find((route) => shownTarget(root, route));
  if (shown !== undefined) return shown === goal ? { status: 'here' } : { status: 'here', route: shown };
  const main = readWhereabouts(root, goal, registry, preferred);
  if (main.status === 'away' || main.status === 'here') return main;
  for (const other of others) {
    const whereabouts = readWhereabouts(root, other, registry, preferred);
    if (whereabouts.status === 'away') return whereabouts;
  }
  return main;
}
