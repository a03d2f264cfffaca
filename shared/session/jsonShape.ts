/**
 * Limits on the shape of a session file's JSON, checked before `JSON.parse`
 * so a hostile file costs one pass over its text instead of seconds and
 * gigabytes. Each bound is far above what the format can hold: a session is
 * at most 6 levels deep, and at its largest (20,000 notes, 200 activities)
 * holds about 75,000 objects and lists and 800,000 values.
 */
export const SESSION_JSON_LIMITS = {
  /** Deepest nesting of objects and lists. */
  depth: 16,
  /** Objects and lists in the whole file. */
  containers: 150_000,
  /** Values in the whole file (every list item and every field counts once). */
  values: 1_500_000,
} as const;

/** How far a text's JSON shape goes past a limit, as a sentence fragment; null when within every limit. */
export function jsonShapeProblem(text: string, limits: typeof SESSION_JSON_LIMITS = SESSION_JSON_LIMITS): string | null {
  let depth = 0;
  let containers = 0;
  let values = 1;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      i = endOfString(text, i);
      continue;
    }
    if (c === 0x7b || c === 0x5b) {
      depth += 1;
      containers += 1;
      if (depth > limits.depth) return `it is nested more than ${limits.depth} levels deep (a session never is), so it is not a Groundwork session file`;
      if (containers > limits.containers) return `it holds more than ${limits.containers.toLocaleString('en')} objects and lists (a session holds far fewer), so it is not a Groundwork session file`;
    } else if (c === 0x7d || c === 0x5d) {
      depth -= 1;
    } else if (c === 0x2c) {
      values += 1;
      if (values > limits.values) return `it holds more than ${limits.values.toLocaleString('en')} values (a session holds far fewer), so it is not a Groundwork session file`;
    }
  }
  return null;
}

/** The index of the quote that closes the string opened at `start` (or the end of the text when it is never closed). */
function endOfString(text: string, start: number): number {
  let at = start;
  for (;;) {
    const close = text.indexOf('"', at + 1);
    if (close === -1) return text.length;
    let backslashes = 0;
    for (let j = close - 1; j > start && text.charCodeAt(j) === 0x5c; j--) backslashes += 1;
    if (backslashes % 2 === 0) return close;
    at = close;
  }
}
