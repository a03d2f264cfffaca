/**
 * Whether two JSON-like values (plain objects, arrays, strings, numbers, booleans, null) hold the same content.
 * Shared references are equal at once, so comparing two views that share most of their notes costs little and
 * allocates nothing (unlike comparing their JSON). Plain loops, each item checked for identity before any call: the
 * host compares the room's view after every change, and a view's note table holds 1,024 pages, mostly shared.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let index = 0; index < a.length; index++) {
      if (a[index] !== b[index] && !sameValue(a[index], b[index])) return false;
    }
    return true;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let leftKeys = 0;
  for (const key of Object.keys(left)) {
    const value = left[key];
    if (value === undefined) continue;
    leftKeys += 1;
    if (!Object.hasOwn(right, key)) return false;
    if (value !== right[key] && !sameValue(value, right[key])) return false;
  }
  let rightKeys = 0;
  for (const key of Object.keys(right)) if (right[key] !== undefined) rightKeys += 1;
  return leftKeys === rightKeys;
}
