/** Reads nested data, such as a persona, by a dotted path. */

/**
 * The value at a dotted `path` (`household.partner.name`) in `value`, or `undefined` when a
 * step is missing or not an object. Only own fields are read (never `constructor`…).
 */
export function readPath(value: unknown, path: string): unknown {
  let at = value;
  for (const key of path.split('.')) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}
