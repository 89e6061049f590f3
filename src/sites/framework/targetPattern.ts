/** Target patterns of navigation maps: a target id where `*` stands for any characters. */

const cache = new Map<string, RegExp>();

/** Whether `target` matches `pattern` (`caf.dtr.*.modifier` matches `caf.dtr.vous.m1.salaire.modifier`). */
export function matchesPattern(pattern: string, target: string): boolean {
  if (!pattern.includes('*')) return pattern === target;
  let regex = cache.get(pattern);
  if (!regex) {
    const body = pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.+');
    regex = new RegExp(`^${body}$`);
    cache.set(pattern, regex);
  }
  return regex.test(target);
}

/** Whether `target` matches one of `patterns`. */
export const matchesAny = (patterns: readonly string[], target: string) =>
  patterns.some((pattern) => matchesPattern(pattern, target));
