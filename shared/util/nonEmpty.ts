/** A list as a tuple of at least one item (what zod's unions take); throws on an empty list, which is a programming error. */
export function nonEmpty<T>(items: readonly T[]): [T, ...T[]] {
  const [first, ...rest] = items;
  if (first === undefined) throw new Error('Expected at least one item.');
  return [first, ...rest];
}
