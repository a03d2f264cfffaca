/**
 * Freezes a JSON-like value and everything in it, stopping at objects already frozen (their insides were frozen with
 * them), so freezing a patched value costs only what the patch brought. Returns the value.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  // A patched view's table of 1,024 pages is new while nearly every page in it is frozen already: those are passed
  // over in the loop, without a call or a copy of the values.
  const children: unknown[] = Array.isArray(value) ? value : Object.values(value);
  for (let index = 0; index < children.length; index++) {
    const child = children[index];
    if (typeof child === 'object' && child !== null && !Object.isFrozen(child)) deepFreeze(child);
  }
  return value;
}
