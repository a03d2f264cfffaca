import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import type { JSONPath } from 'jsonc-parser';

/** The path of every primitive value (text, number, true/false, null) in a JSON value, in document order. */
export function leafPaths(value: unknown, path: JSONPath = []): JSONPath[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => leafPaths(item, [...path, index]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...path, key]));
  return [path];
}

/** The value at a path. */
export function valueAt(value: unknown, path: JSONPath): unknown {
  return path.reduce<unknown>((current, segment) => (current as Record<string | number, unknown>)[segment], value);
}

/** A copy of a JSON value with the value at `path` replaced. */
export function withValueAt<T>(value: T, path: JSONPath, replacement: unknown): T {
  const copy = structuredClone(value);
  const parent = valueAt(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path.at(-1) as string | number] = replacement;
  return copy;
}

/** `text` (JSON, no byte-order mark) with the characters of the value at `path` replaced by `replacement` as JSON writes it. */
export function splicedAt(text: string, path: JSONPath, replacement: unknown): string {
  const tree = parseTree(text);
  const node = tree && findNodeAtLocation(tree, path);
  if (!node) throw new Error(`No value at ${JSON.stringify(path)}`);
  return text.slice(0, node.offset) + JSON.stringify(replacement) + text.slice(node.offset + node.length);
}
