/**
 * The lesson as a graph of its units and branches: who follows whom, what can be reached from
 * the start, and what can still reach the end.
 */
import type { DocNode } from '../lessonDoc.ts';

/** The name of the final state. */
export const END = 'done';

/** The state name of a node: its id for units, `branch-<n>` for branches. */
export function stateName(node: DocNode): string {
  return node.kind === 'branch' ? node.name : node.data.id;
}

/** The states each node leads to; a branch falls through to the next node when no case matches. */
export function successors(nodes: readonly DocNode[]): Map<string, string[]> {
  const next = (index: number) => {
    const following = nodes[index + 1];
    return following ? stateName(following) : END;
  };
  const edges = new Map<string, string[]>();
  nodes.forEach((node, index) => {
    if (node.kind !== 'branch') return edges.set(stateName(node), [next(index)]);
    const targets = node.cases.map((c) => c.goto);
    if (!node.cases.some((c) => c.value === undefined)) targets.push(next(index));
    edges.set(stateName(node), targets);
  });
  return edges;
}

function closure(from: string[], edges: Map<string, string[]>): Set<string> {
  const seen = new Set<string>(from);
  const queue = [...from];
  for (let from = queue.pop(); from !== undefined; from = queue.pop()) {
    for (const to of edges.get(from) ?? []) {
      if (!seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return seen;
}

/** The states reachable from the first node. */
export function reachable(nodes: readonly DocNode[]): Set<string> {
  const [first] = nodes;
  return first ? closure([stateName(first)], successors(nodes)) : new Set([END]);
}

/** The states from which the end can be reached. */
export function canReachEnd(nodes: readonly DocNode[]): Set<string> {
  const reverse = new Map<string, string[]>();
  for (const [from, targets] of successors(nodes))
    for (const to of targets) reverse.set(to, [...(reverse.get(to) ?? []), from]);
  return closure([END], reverse);
}
