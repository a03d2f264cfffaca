import { MAP_BIG_STEP, MAP_STEP, clampUnit, quadrantName, quadrantOf } from '../../../../shared/kinds/map';
import type { MapActivity, MapPosition } from '../../../../shared/session/types';

/** The part of a map's box that matters for turning a pointer into a position. */
export interface MapBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Where a pointer at (clientX, clientY) falls on the map, 0..1 each way with y going up; a 1-D map keeps y at 0.5. */
export function positionFromPoint(box: MapBox, clientX: number, clientY: number, oneDimensional: boolean): MapPosition {
  const x = box.width > 0 ? clampUnit((clientX - box.left) / box.width) : 0.5;
  const y = oneDimensional || box.height <= 0 ? 0.5 : clampUnit(1 - (clientY - box.top) / box.height);
  return { x, y };
}

/** How far an arrow key moves a note (Shift for a big step); null for keys that do not move it. Up is +y. */
export function mapKeyNudge(press: { key: string; shiftKey: boolean; altKey: boolean; ctrlKey: boolean; metaKey: boolean }, oneDimensional: boolean): { dx: number; dy: number } | null {
  if (press.altKey || press.ctrlKey || press.metaKey) return null;
  const step = press.shiftKey ? MAP_BIG_STEP : MAP_STEP;
  switch (press.key) {
    case 'ArrowLeft':
      return { dx: -step, dy: 0 };
    case 'ArrowRight':
      return { dx: step, dy: 0 };
    case 'ArrowUp':
      return oneDimensional ? null : { dx: 0, dy: step };
    case 'ArrowDown':
      return oneDimensional ? null : { dx: 0, dy: -step };
    default:
      return null;
  }
}

function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/**
 * A note's place in words, for the list beside the map and for screen
 * readers: "Influence 70%, Future 30% · The manager who leads" on a grid,
 * "Future 70% (from Present)" on a spectrum.
 */
export function describePosition(activity: MapActivity, position: MapPosition): string {
  const along = `${activity.x.to} ${percent(position.x)}`;
  if (!activity.y) return `${along} (from ${activity.x.from})`;
  return `${along}, ${activity.y.to} ${percent(position.y)} · ${quadrantName(activity, quadrantOf(position))}`;
}

/** Shortest gap along a spectrum, as a share of its width, before two notes are drawn on separate lanes. */
export const LANE_GAP = 0.16;

/**
 * Spreads notes placed on a 1-D spectrum over lanes so close ones do not
 * cover each other: each note (left to right) takes the first lane whose last
 * note is at least `gap` away. Returns the lane of each note id, from 0.
 */
export function spectrumLanes(notes: readonly { id: string; x: number }[], gap: number = LANE_GAP, maxLanes = 6): Map<string, number> {
  const lanes = new Map<string, number>();
  const laneEnds: number[] = [];
  const sorted = [...notes].sort((a, b) => a.x - b.x || a.id.localeCompare(b.id));
  for (const note of sorted) {
    let lane = laneEnds.findIndex((end) => note.x - end >= gap);
    if (lane === -1) lane = laneEnds.length < maxLanes ? laneEnds.length : laneEnds.indexOf(Math.min(...laneEnds));
    laneEnds[lane] = note.x;
    lanes.set(note.id, lane);
  }
  return lanes;
}
