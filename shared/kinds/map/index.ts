import { notesForActivity } from '../../session/selectors';
import type { MapActivity, MapPosition, Note, SessionState } from '../../session/types';

/** Where a note lands when it is first placed by keyboard: the middle of the map. */
export const MAP_CENTRE: MapPosition = { x: 0.5, y: 0.5 };
/** How far one arrow key moves a note; Shift moves it by `MAP_BIG_STEP`. */
export const MAP_STEP = 0.05;
/** How far Shift + arrow moves a note. */
export const MAP_BIG_STEP = 0.2;

/** Keeps a coordinate inside the map, rounded to 3 decimals so files stay tidy. */
export function clampUnit(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;
}

/** Moves a position by whole steps; on a 1-D map the vertical part is ignored and y stays 0.5. */
export function nudgePosition(position: MapPosition | null, dx: number, dy: number, oneDimensional: boolean): MapPosition {
  const start = position ?? MAP_CENTRE;
  return { x: clampUnit(start.x + dx), y: oneDimensional ? 0.5 : clampUnit(start.y + dy) };
}

/** The four quadrants of a 2-D map, in reading order. */
export type QuadrantKey = 'topLeft' | 'topRight' | 'bottomLeft' | 'bottomRight';

/** Quadrants in the order reports and screen readers list them. */
export const QUADRANT_ORDER: readonly QuadrantKey[] = ['topLeft', 'topRight', 'bottomLeft', 'bottomRight'];

/** Which quadrant a position is in. A note on a midline counts toward the high end (right, top). */
export function quadrantOf(position: MapPosition): QuadrantKey {
  const top = position.y >= 0.5;
  const right = position.x >= 0.5;
  if (top) return right ? 'topRight' : 'topLeft';
  return right ? 'bottomRight' : 'bottomLeft';
}

/** A quadrant's name: the workshop's own, or one made from the axis ends, e.g. "Influence · Future". */
export function quadrantName(activity: MapActivity, quadrant: QuadrantKey): string {
  const named = activity.quadrants?.[quadrant];
  if (named) return named;
  const x = quadrant.endsWith('Right') ? activity.x.to : activity.x.from;
  const y = activity.y ? (quadrant.startsWith('top') ? activity.y.to : activity.y.from) : '';
  return y ? `${x} · ${y}` : x;
}

/** The notes of a map activity: those placed, and those still waiting to be placed. */
export function mapNotes(session: SessionState, activity: MapActivity, { includeHidden }: { includeHidden: boolean }): { placed: Note[]; unplaced: Note[] } {
  const placed: Note[] = [];
  const unplaced: Note[] = [];
  for (const note of notesForActivity(session, activity.id)) {
    if (note.hidden && !includeHidden) continue;
    (note.position ? placed : unplaced).push(note);
  }
  return { placed, unplaced };
}
