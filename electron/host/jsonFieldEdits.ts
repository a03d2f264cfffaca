/**
 * Changes a JSON text field by field, so a file a person wrote by hand keeps its layout (indentation, line endings,
 * key order, inline objects, blank lines) and only the values that were edited change. The edits go through
 * jsonc-parser's `modify`, which rewrites one value at a time and formats only what it inserts.
 */
import { applyEdits, modify } from 'jsonc-parser';
import type { FormattingOptions, JSONPath } from 'jsonc-parser';

/** One change to a JSON document: the value at `path` becomes `value`; undefined removes the field. */
export interface FieldEdit {
  path: JSONPath;
  value: unknown;
  /** For a field that is new in its object: the object's keys in their new order, so it lands among its neighbours. */
  keyOrder?: readonly string[];
}

/** How a JSON text is laid out: one level of indentation, and the line ending. */
export interface JsonLayout {
  indent: string;
  eol: '\n' | '\r\n';
}

/** The layout of a new file: two spaces and `\n`, as `JSON.stringify(value, null, 2)` writes it. */
export const DEFAULT_JSON_LAYOUT: JsonLayout = { indent: '  ', eol: '\n' };

/**
 * Most characters the edits may scan in all (each edit parses the whole text again): past it, writing the file anew
 * in its own layout is quicker than hundreds of edits to a large file.
 */
const EDIT_SCAN_BUDGET = 50_000_000;

/**
 * The edits that turn `before` into `after`. Objects are compared key by key; an array item by item only when it
 * keeps its length and its items' ids stay in the same order (otherwise it is replaced as a whole, which is what a
 * reorder, an insertion or a removal is; an id renamed in place still counts as the same order); anything else with
 * `===`. Equal documents give no edits.
 */
export function fieldEdits(before: unknown, after: unknown, path: JSONPath = []): FieldEdit[] {
  if (isRecord(before) && isRecord(after)) {
    const edits: FieldEdit[] = [];
    // Removals first, so an added field is placed among the neighbours it will have.
    for (const key of Object.keys(before)) if (!Object.hasOwn(after, key)) edits.push({ path: [...path, key], value: undefined });
    const keyOrder = Object.keys(after);
    for (const key of keyOrder) {
      if (Object.hasOwn(before, key)) edits.push(...fieldEdits(before[key], after[key], [...path, key]));
      else edits.push({ path: [...path, key], value: after[key], keyOrder });
    }
    return edits;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    if (!sameItems(before, after)) return [{ path, value: after }];
    return after.flatMap((item, index) => fieldEdits(before[index], item, [...path, index]));
  }
  return before === after ? [] : [{ path, value: after }];
}

/**
 * Whether two arrays hold the same items at the same places: same length and, item by item, the same `id` (items
 * without one match each other), or an id renamed in place (the new id was nowhere before, the old one is nowhere now).
 * A moved item shows as an id at another place, so a reorder is not the same items.
 */
function sameItems(before: readonly unknown[], after: readonly unknown[]): boolean {
  if (before.length !== after.length) return false;
  const beforeIds = new Set(before.map(idOf));
  const afterIds = new Set(after.map(idOf));
  return after.every((item, index) => {
    const [was, is] = [idOf(before[index]), idOf(item)];
    return was === is || (was !== undefined && is !== undefined && !beforeIds.has(is) && !afterIds.has(was));
  });
}

function idOf(item: unknown): unknown {
  return isRecord(item) && Object.hasOwn(item, 'id') ? item.id : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The layout of a JSON text: tabs, or the smallest indentation in spaces (a text indented by four has no line indented
 * by two), and CRLF when the text uses it. A text on one line gets the default.
 */
export function detectJsonLayout(text: string): JsonLayout {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indents = [...text.matchAll(/^([ \t]+)\S/gm)].map((match) => match[1] ?? '');
  if (indents.length === 0) return { ...DEFAULT_JSON_LAYOUT, eol };
  if (indents[0]?.startsWith('\t')) return { indent: '\t', eol };
  // A loop, not Math.min(...): a large file has more lines than a call takes arguments.
  let spaces = Infinity;
  for (const indent of indents) if (!indent.includes('\t')) spaces = Math.min(spaces, indent.length);
  return { indent: Number.isFinite(spaces) ? ' '.repeat(Math.min(spaces, 8)) : DEFAULT_JSON_LAYOUT.indent, eol };
}

/** A whole JSON text for `value` in a layout, ending with a line ending. */
export function stringifyJson(value: unknown, layout: JsonLayout = DEFAULT_JSON_LAYOUT): string {
  // JSON.stringify escapes line breaks inside strings, so every \n it writes is between values.
  const text = JSON.stringify(value, null, layout.indent);
  return `${layout.eol === '\n' ? text : text.replace(/\n/g, layout.eol)}${layout.eol}`;
}

/**
 * `text`, whose JSON value is `before`, changed field by field so its value becomes `after` (a plain JSON value: no
 * undefined, NaN or other things JSON cannot hold). The same text when nothing changed. Null when the edits cannot be
 * made faithfully (the text holds a key twice, an edit fails, or there are too many edits for the text's size): the
 * caller then writes the text anew.
 */
export function editJsonText(text: string, before: unknown, after: unknown): string | null {
  const edits = fieldEdits(before, after);
  if (edits.length === 0) return text;
  if (edits.length * Math.max(text.length, 1) > EDIT_SCAN_BUDGET) return null;
  const formattingOptions = formattingOf(detectJsonLayout(text));
  let result = text;
  try {
    for (const edit of edits) {
      const keyOrder = edit.keyOrder;
      const key = edit.path.at(-1);
      const getInsertionIndex = keyOrder && typeof key === 'string' ? (existing: string[]) => insertionIndex(existing, keyOrder, key) : undefined;
      result = applyEdits(result, modify(result, edit.path, edit.value, { formattingOptions, getInsertionIndex }));
    }
    // A check, not a formality: with a key written twice, `modify` and JSON.parse disagree on which one counts.
    if (fieldEdits(JSON.parse(result), after).length > 0) return null;
  } catch {
    return null;
  }
  return result;
}

/** Where a new key goes among the keys the text has: just after the nearest key that comes before it in the new order. */
function insertionIndex(existing: readonly string[], keyOrder: readonly string[], key: string): number {
  for (let index = keyOrder.indexOf(key) - 1; index >= 0; index--) {
    const at = existing.indexOf(keyOrder[index] ?? '');
    if (at >= 0) return at + 1;
  }
  return 0;
}

/** jsonc-parser's options for inserting in a layout (a tab counts as one level whatever its width). */
function formattingOf(layout: JsonLayout): FormattingOptions {
  return layout.indent === '\t' ? { insertSpaces: false, tabSize: 4, eol: layout.eol } : { insertSpaces: true, tabSize: layout.indent.length, eol: layout.eol };
}
