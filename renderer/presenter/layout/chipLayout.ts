/**
 * Pure placement of the map's note chips. A chip holds its note's point at the same fraction of its own box as the
 * point holds of the map (the control board's rule): a note at the bottom-left corner has the chip's bottom-left
 * corner on it, a note in the middle has the chip centred on it. So a chip never leaves the map and its body is always
 * on the same side of each midline as its point. When that spot would cover a chip already placed, other spots that
 * still hold the point are tried; only when none is free is the chip nudged off its point, never out of its region
 * (the quadrant the room reads it in), and the page then marks the point as the chip's own.
 */

/** A chip to place: its note's point (px, from the map's top-left) and its measured size. */
export interface ChipToPlace {
  id: string;
  /** The note's point, px from the left of the map. */
  x: number;
  /** The note's point, px from the top of the map. */
  y: number;
  width: number;
  height: number;
  /** Where the chip must stay when nudged (e.g. its quadrant); the whole map when absent. */
  region?: ChipRect;
}

/** Where a chip goes: its top-left corner, px. */
export interface PlacedChip {
  id: string;
  left: number;
  top: number;
  width: number;
  height: number;
  /** Whether the chip was moved off its point (the page then marks the point and ties it to the chip). */
  nudged: boolean;
}

/** A rectangle in the map, px from its top-left. */
export interface ChipRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Where a point may sit inside its chip, as fractions of the chip's width and height, besides its own fraction. */
const HOLD_FRACTIONS = [0, 0.25, 0.5, 0.75, 1];

/**
 * The search for a free spot off the point: steps of a quarter of the chip's width sideways and half its height up
 * and down, reaching three chip widths and eight chip heights away (and never out of the chip's region).
 */
const SIDE_STEPS = 12;
const STACK_STEPS = 16;

function overlapArea(a: ChipRect, b: ChipRect, gap: number): number {
  const x = Math.min(a.left + a.width + gap, b.left + b.width + gap) - Math.max(a.left, b.left);
  const y = Math.min(a.top + a.height + gap, b.top + b.height + gap) - Math.max(a.top, b.top);
  return x > 0 && y > 0 ? x * y : 0;
}

function clampInto(value: number, size: number, start: number, limit: number): number {
  return Math.max(start, Math.min(Math.max(start, start + limit - size), value));
}

function overlapWithTaken(spot: ChipRect, taken: readonly ChipRect[], gap: number): number {
  let overlap = 0;
  for (const other of taken) overlap += overlapArea(spot, other, gap);
  return overlap;
}

/** Whether a spot's middle lies in the region (so the chip reads as being in its quadrant). */
function centredIn(spot: ChipRect, region: ChipRect): boolean {
  const x = spot.left + spot.width / 2;
  const y = spot.top + spot.height / 2;
  return x >= region.left - 0.5 && x <= region.left + region.width + 0.5 && y >= region.top - 0.5 && y <= region.top + region.height + 0.5;
}

/**
 * The spots that keep the point on the chip: its own fraction first (always in its region), then the others nearest
 * to it whose middle stays in the region.
 */
function holdingSpots(chip: ChipToPlace, area: { width: number; height: number }, region: ChipRect): ChipRect[] {
  const fx = area.width > 0 ? Math.min(1, Math.max(0, chip.x / area.width)) : 0.5;
  const fy = area.height > 0 ? Math.min(1, Math.max(0, chip.y / area.height)) : 0.5;
  const pairs: Array<{ a: number; b: number; distance: number }> = [{ a: fx, b: fy, distance: -1 }];
  for (const a of HOLD_FRACTIONS) for (const b of HOLD_FRACTIONS) pairs.push({ a, b, distance: Math.hypot((a - fx) * chip.width, (b - fy) * chip.height) });
  pairs.sort((p, q) => p.distance - q.distance);
  const spots = pairs.map(({ a, b }) => ({
    left: clampInto(chip.x - a * chip.width, chip.width, 0, area.width),
    top: clampInto(chip.y - b * chip.height, chip.height, 0, area.height),
    width: chip.width,
    height: chip.height,
  }));
  return spots.filter((spot, index) => index === 0 || centredIn(spot, region));
}

/** The spots tried off the point, nearest first (below before above at the same distance). */
function candidateOffsets(width: number, height: number, gap: number): Array<{ dx: number; dy: number }> {
  const offsets: Array<{ dx: number; dy: number; distance: number }> = [];
  for (let side = -SIDE_STEPS; side <= SIDE_STEPS; side++) {
    for (let step = -STACK_STEPS; step <= STACK_STEPS; step++) {
      const dx = (side * (width + gap)) / 4;
      const dy = (step * (height + gap)) / 2;
      offsets.push({ dx, dy, distance: Math.hypot(dx, dy) + (step < 0 ? 0.1 : 0) });
    }
  }
  return offsets.sort((a, b) => a.distance - b.distance);
}

/**
 * The spots tried off the point, nearest to its own spot first: a grid of steps around it, and the spots that sit
 * flush against the chips already in the region or against the region's edges (where tight packings are found).
 */
function nudgedSpots(chip: ChipToPlace, home: ChipRect, region: ChipRect, taken: readonly ChipRect[], gap: number): ChipRect[] {
  const spotAt = (left: number, top: number): ChipRect => ({
    left: clampInto(left, chip.width, region.left, region.width),
    top: clampInto(top, chip.height, region.top, region.height),
    width: chip.width,
    height: chip.height,
  });
  const spots = candidateOffsets(chip.width, chip.height, gap).map(({ dx, dy }) => spotAt(home.left + dx, home.top + dy));
  const lefts = [home.left, region.left, region.left + region.width - chip.width];
  const tops = [home.top, region.top, region.top + region.height - chip.height];
  for (const other of taken) {
    if (!overlapArea(other, region, 0)) continue;
    lefts.push(other.left, other.left + other.width + gap, other.left - chip.width - gap);
    tops.push(other.top, other.top + other.height + gap, other.top - chip.height - gap);
  }
  for (const left of lefts) for (const top of tops) spots.push(spotAt(left, top));
  const distance = (spot: ChipRect) => Math.hypot(spot.left - home.left, spot.top - home.top);
  return spots.sort((a, b) => distance(a) - distance(b));
}

/**
 * Places chips in the order given (earlier chips keep their spot), inside an
 * area `width`×`height` px, keeping `gap` px between chips where there is room
 * and off the `obstacles` where that is possible.
 */
export function spreadChips(
  chips: readonly ChipToPlace[],
  area: { width: number; height: number },
  gap: number,
  obstacles: readonly ChipRect[] = [],
): PlacedChip[] {
  const placed: PlacedChip[] = [];
  const taken: ChipRect[] = [...obstacles];
  for (const chip of chips) {
    const region = chip.region ?? { left: 0, top: 0, ...area };
    const holding = holdingSpots(chip, area, region);
    let best: ChipRect = holding[0] ?? { left: 0, top: 0, width: chip.width, height: chip.height };
    let bestOverlap = Number.POSITIVE_INFINITY;
    let nudged = false;
    for (const spot of holding) {
      const overlap = overlapWithTaken(spot, taken, gap);
      if (overlap < bestOverlap) {
        best = spot;
        bestOverlap = overlap;
      }
      if (overlap === 0) break;
    }
    if (bestOverlap > 0) {
      const free = nudgedSpots(chip, holding[0] ?? best, region, taken, gap).find((spot) => overlapWithTaken(spot, taken, gap) === 0);
      if (free) {
        best = free;
        nudged = !holdsPoint(free, chip);
      }
    }
    placed.push({ id: chip.id, ...best, nudged });
    taken.push(best);
  }
  return placed;
}

/** Whether a chip's box holds its point (edges included, half a pixel of rounding allowed). */
export function holdsPoint(rect: ChipRect, point: { x: number; y: number }): boolean {
  return point.x >= rect.left - 0.5 && point.x <= rect.left + rect.width + 0.5 && point.y >= rect.top - 0.5 && point.y <= rect.top + rect.height + 0.5;
}

/** Whether two placed chips overlap (touching edges do not count). */
export function chipsOverlap(a: ChipRect, b: ChipRect): boolean {
  return overlapArea(a, b, 0) > 0;
}
