/**
 * Whether two values are the same in content: primitives by `Object.is`, arrays, maps, sets and
 * objects of one prototype field by field, dates by instant. The registry uses it to tell a unit of
 * an evaluation whose input a write left as it was (early cutoff), so the check is exact: anything
 * it cannot be sure of (a function, a nesting deeper than `MAX_DEPTH`) counts as changed.
 */
const MAX_DEPTH = 16;

export function sameValue(a: unknown, b: unknown, depth = 0): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || depth > MAX_DEPTH) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], other[i], depth + 1)) return false;
    return true;
  }
  if (a instanceof Map) {
    const other = b as Map<unknown, unknown>;
    if (a.size !== other.size) return false;
    for (const [key, value] of a) if (!other.has(key) || !sameValue(value, other.get(key), depth + 1)) return false;
    return true;
  }
  if (a instanceof Set) {
    const other = b as Set<unknown>;
    if (a.size !== other.size) return false;
    for (const value of a) if (!other.has(value)) return false;
    return true;
  }
  if (a instanceof Date) return a.getTime() === (b as Date).getTime();
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(b, key) || !sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], depth + 1)) return false;
  }
  return true;
}

/**
 * Whether two inputs of an evaluation judged whole hold the same parts: field by field the same
 * objects (a list's items too), never compared by content. The reader gives every kind of fact a
 * write left alone as the same object, and `Keep` what was made of unchanged inputs, so this tells
 * an unchanged input in time independent of its size; an input whose parts are equal in content but
 * made anew counts as changed (judged again, as always correct).
 */
export function sameParts(a: object, b: object): boolean {
  if (a === b) return true;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    const [x, y] = [(a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]];
    if (Object.is(x, y)) continue;
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length || x.some((item, i) => item !== y[i])) return false;
  }
  return true;
}
