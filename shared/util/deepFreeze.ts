/**
 * Freezes a JSON-like value and everything in it, stopping at objects already frozen (their insides were frozen with
 * them), so freezing a patched value costs only what the patch brought. Returns the value.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
  return value;
}
