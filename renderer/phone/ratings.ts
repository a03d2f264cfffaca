import { loadKept, saveKept } from './ballots';
import type { KeyValueStore } from './pageStorage';

/*
 * A scale's answer on this phone: the point it gives each statement it rated (statement id → point). The points the
 * host last took are kept in storage per scale, like a vote's dots: a reload shows them again, and a closed scale
 * shows what counted.
 */

/** Statement id → the point this phone gives it. */
export type Points = Record<string, number>;

/** Whether a value read back (storage, the outbox) is a set of points: whole numbers by statement id. */
export function isPoints(value: unknown): value is Points {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const points = value as Record<string, unknown>;
  return Object.keys(points).every((id) => {
    const point = points[id];
    return typeof point === 'number' && Number.isInteger(point);
  });
}

/** The point given to a statement, or undefined (only the object's own keys count: propertyIsEnumerable looks no further). */
export function pointOf(points: Points, statementId: string): number | undefined {
  return Object.prototype.propertyIsEnumerable.call(points, statementId) ? points[statementId] : undefined;
}

/** Points from pairs; defined rather than assigned, so no statement id (even "__proto__") can be anything but a key. */
export function pointsFrom(pairs: ReadonlyArray<[string, number]>): Points {
  const points: Points = {};
  for (const [id, point] of pairs) Object.defineProperty(points, id, { value: point, enumerable: true, writable: true, configurable: true });
  return points;
}

/** Whether two answers give the same points to the same statements. */
export function samePoints(a: Points, b: Points): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((id) => pointOf(b, id) === pointOf(a, id));
}

function ratingsKey(code: string): string {
  return 'groundwork.phone.ratings.' + code;
}

/** The points the host took from this phone in this scale (null when it took none, or this phone withdrew them). */
export function loadSentRating(store: KeyValueStore, code: string, activityId: string): Points | null {
  return loadKept(store, ratingsKey(code), activityId, isPoints);
}

/** Keeps the points the host took in a scale (none forgets them: the answers were withdrawn). */
export function saveSentRating(store: KeyValueStore, code: string, activityId: string, points: Points): void {
  const pairs = Object.keys(points).map((id): [string, number] => [id, points[id] as number]);
  saveKept(store, ratingsKey(code), activityId, pairs.length === 0 ? null : pointsFrom(pairs), isPoints);
}
