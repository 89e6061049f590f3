/**
 * The shortest way, on a site's navigation map, from where the learner is to a place where a
 * target is: breadth-first over the map's links, through the site's states (its flags).
 */
import { matchesAny } from './targetPattern.ts';
import type { LinkSpec, SiteNavigation } from './types.ts';

/** Where the learner is on a site: the places on screen and the site's flags. */
export interface SiteState {
  /** The places on screen, outermost first: the last (a panel in a page) is where the learner is. */
  places: readonly string[];
  flags: readonly string[];
}

interface Node {
  places: readonly string[];
  flags: ReadonlySet<string>;
  path: LinkSpec[];
  /** How many links on the path were followed though their flags did not apply (`relaxed`). */
  ignored: number;
}

/** The most links of a relaxed way whose flags may be ignored. */
const maxIgnored = 3;

const keyOf = (places: readonly string[], flags: ReadonlySet<string>, ignored: number) =>
  `${[...places].sort().join(',')}|${[...flags].sort().join(',')}|${ignored}`;

/**
 * The links to follow, in order, from `state` to a place that holds `goal`: `[]` when the place
 * where the learner is holds it already, `null` when no link leads there. A link starts from any
 * place on screen (`*`: from anywhere); `when`, `unless`, `gives` and `takes` follow the flags
 * along the way. Only the innermost place counts as holding the goal: a panel over its page (the
 * code expired, over the code page) may have to be left first.
 */
export function planWayBack(
  navigation: SiteNavigation,
  goal: string,
  state: SiteState,
  /**
   * `leave`: the goal is not on screen although the place could hold it (another message is open):
   * leave and come back. `relaxed`: when no way applies, a link made only of clicks may be
   * followed whatever its `when` and `unless`, as few such links as can be (a way the lesson's own
   * answers, typed again on the way, will open: `bringBack`'s last resort).
   */
  { leave = false, relaxed = false }: { leave?: boolean; relaxed?: boolean } = {},
): LinkSpec[] | null {
  const holds = (place: string) => {
    const spec = navigation.places[place];
    return spec !== undefined && matchesAny(spec.targets, goal);
  };
  const innermost = state.places.at(-1);
  if (!leave && innermost !== undefined && holds(innermost)) return [];
  const search = (budget: number): LinkSpec[] | null => {
    // A panel that covers its page: the page's own links are not on screen.
    const places = innermost !== undefined && navigation.places[innermost]?.covers ? [innermost] : state.places;
    const start: Node = { places, flags: new Set(state.flags), path: [], ignored: 0 };
    const seen = new Set(leave ? [] : [keyOf(start.places, start.flags, 0)]);
    for (let frontier = [start]; frontier.length > 0;) {
      const next: Node[] = [];
      for (const node of frontier) {
        for (const link of navigation.links) {
          if (!link.from.some((from) => from === '*' || node.places.includes(from))) continue;
          const applies =
            (link.when ?? []).every((flag) => node.flags.has(flag)) &&
            !(link.unless ?? []).some((flag) => node.flags.has(flag));
          // Ignored only for a link made of clicks: one that types or chooses would change an answer.
          if (!applies && (node.ignored >= budget || link.steps.some((step) => step.action !== 'click'))) continue;
          const ignored = node.ignored + (applies ? 0 : 1);
          const flags = new Set([...node.flags].filter((flag) => !(link.takes ?? []).includes(flag)));
          for (const flag of link.gives ?? []) flags.add(flag);
          const key = keyOf([link.to], flags, ignored);
          if (seen.has(key)) continue;
          seen.add(key);
          const path = [...node.path, link];
          if (holds(link.to)) return path;
          next.push({ places: [link.to], flags, path, ignored });
        }
      }
      frontier = next;
    }
    return null;
  };
  // Relaxed: the fewest links whose flags are ignored, then the fewest links.
  for (let budget = relaxed ? 1 : 0; budget <= (relaxed ? maxIgnored : 0); budget++) {
    const path = search(budget);
    if (path) return path;
  }
  return null;
}
