import { copyOf } from './copyOf';
import { deepFreeze } from './deepFreeze';

/** A step along a path into a JSON value: an object key or an array index. */
export type PatchKey = string | number;

/** One change to a JSON value: put a value at a path, or take the key at a path away. */
export type PatchOp = { op: 'set'; path: PatchKey[]; value: unknown } | { op: 'remove'; path: PatchKey[] };

/** Keys a patch may never name: writing them would reach an object's prototype instead of its own data. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

type JsonObject = Record<string, unknown>;
const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The changes that turn `before` into `after` (JSON-like values), as few and as deep as the two differ: a note added to
 * a view is one `set` of that note and a few of the orders and counts around it, not the whole view. Shared references
 * are equal at once. Stops and returns null past `limit` changes (sending the whole value is then as cheap).
 */
export function diffJson(before: unknown, after: unknown, limit = Number.POSITIVE_INFINITY): PatchOp[] | null {
  const ops: PatchOp[] = [];
  return walk(before, after, [], ops, limit) ? ops : null;
}

function walk(before: unknown, after: unknown, path: PatchKey[], ops: PatchOp[], limit: number): boolean {
  if (before === after) return true;
  if (Array.isArray(before) && Array.isArray(after)) {
    // A shorter array is sent whole: removing from the middle would shift every later index anyway.
    if (after.length < before.length) return add(ops, { op: 'set', path, value: after }, limit);
    for (let index = 0; index < after.length; index++) {
      if (index >= before.length) {
        if (!add(ops, { op: 'set', path: [...path, index], value: after[index] }, limit)) return false;
        // The same item is skipped before its path is built: a view's 1,024 note pages are mostly the same.
      } else if (before[index] !== after[index] && !walk(before[index], after[index], [...path, index], ops, limit)) return false;
    }
    return true;
  }
  if (isObject(before) && isObject(after)) {
    for (const key of Object.keys(after)) {
      if (after[key] === undefined) continue;
      if (!Object.hasOwn(before, key) || before[key] === undefined) {
        if (!add(ops, { op: 'set', path: [...path, key], value: after[key] }, limit)) return false;
      } else if (before[key] !== after[key] && !walk(before[key], after[key], [...path, key], ops, limit)) return false;
    }
    for (const key of Object.keys(before)) {
      if (before[key] !== undefined && (!Object.hasOwn(after, key) || after[key] === undefined)) {
        if (!add(ops, { op: 'remove', path: [...path, key] }, limit)) return false;
      }
    }
    return true;
  }
  return Object.is(before, after) || add(ops, { op: 'set', path, value: after }, limit);
}

function add(ops: PatchOp[], op: PatchOp, limit: number): boolean {
  ops.push(op);
  return ops.length <= limit;
}

/**
 * Applies changes to a JSON value without changing it: each change copies only the objects and arrays on its path,
 * so everything else keeps its identity (a page redraws only what changed). Throws on a path through something that
 * is not there, or naming a key such as "__proto__": the patch does not fit this value, and the caller asks for the
 * whole value instead.
 */
export function applyJsonPatch<T>(value: T, ops: readonly PatchOp[], { freeze = false }: ApplyOptions = {}): T {
  let result: unknown = value;
  for (const op of ops) result = applyOne(result, op.path, 0, op, freeze);
  return result as T;
}

/** How `applyJsonPatch` makes what it makes. */
export interface ApplyOptions {
  /**
   * Freeze each copy it makes and each value it puts in (all through): a frozen value then stays frozen all through,
   * at the cost of the patch. Freezing the result afterwards walks every copied array whole (a view's 1,024 pages).
   */
  freeze?: boolean;
}

function applyOne(target: unknown, path: readonly PatchKey[], depth: number, op: PatchOp, freeze: boolean): unknown {
  if (depth === path.length) {
    if (op.op === 'remove') throw new Error('A patch cannot remove the whole value.');
    return freeze ? deepFreeze(op.value) : op.value;
  }
  const key = path[depth];
  const last = depth === path.length - 1;
  if (Array.isArray(target) && typeof key === 'number' && Number.isInteger(key) && key >= 0 && key <= target.length) {
    if (op.op === 'remove' && last) throw new Error('A patch removes from arrays by sending them whole.');
    if (!last && key === target.length) throw new Error(`The patch goes through index ${key}, which is not there.`);
    const copy = copyOf(target);
    copy[key] = applyOne(target[key], path, depth + 1, op, freeze);
    return freeze ? Object.freeze(copy) : copy;
  }
  if (isObject(target) && typeof key === 'string' && !FORBIDDEN_KEYS.has(key)) {
    if (!last && !Object.hasOwn(target, key)) throw new Error(`The patch goes through "${key}", which is not there.`);
    const copy: JsonObject = { ...target };
    if (op.op === 'remove' && last) delete copy[key];
    else copy[key] = applyOne(Object.hasOwn(target, key) ? target[key] : undefined, path, depth + 1, op, freeze);
    return freeze ? Object.freeze(copy) : copy;
  }
  throw new Error(`The patch does not fit this value at ${JSON.stringify(path.slice(0, depth + 1))}.`);
}
