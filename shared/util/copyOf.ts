/**
 * A shallow copy of an array, made by spreading it. What a session keeps is frozen, and V8 (Node 20, Chromium 150)
 * copies a frozen array with `slice()` on a slow generic path: about 60 µs for the note table's 1,024 pages, against
 * 1–2 µs by spreading (measured in both). Adding a note to a table of 2,000 cost 80 µs that way, 17 µs with this: on
 * the host, in the control window's reducer, and in the projector's patch of its view. Lint refuses `slice()` with no
 * arguments, so no copy goes back to it.
 */
export function copyOf<T>(array: readonly T[]): T[] {
  return [...array];
}
