/**
 * Pure placement of the map's note chips: each chip is centred on its note's
 * point, unless that would cover a chip already placed; then it is nudged
 * (stacked above or below first, then sideways) to the nearest free spot.
 * Chips always stay inside the map. Cheap by design: it tries a fixed list of
 * spots per chip, and a chip with no free spot takes the one it overlaps least.
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
}

/** Where a chip goes: its top-left corner, px. */
export interface PlacedChip {
  id: string;
  left: number;
  top: number;
  width: number;
  height: number;
  /** Whether the chip was moved off its point (the page then marks the point and draws a line to it). */
  nudged: boolean;
}

/** A rectangle in the map, px from its top-left. */
export interface ChipRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The search for a free spot: steps of a quarter of the chip's width sideways and half its height up and down,
 * reaching three chip widths and eight chip heights away.
 */
const SIDE_STEPS = 12;
const STACK_STEPS = 16;

function overlapArea(a: ChipRect, b: ChipRect, gap: number): number {
  const x = Math.min(a.left + a.width + gap, b.left + b.width + gap) - Math.max(a.left, b.left);
  const y = Math.min(a.top + a.height + gap, b.top + b.height + gap) - Math.max(a.top, b.top);
  return x > 0 && y > 0 ? x * y : 0;
}

function clampInto(value: number, size: number, limit: number): number {
  return Math.max(0, Math.min(Math.max(0, limit - size), value));
}

/** The spots tried for one chip, nearest first (below before above at the same distance). */
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
 * Places chips in the order given (earlier chips keep their spot), inside an
 * area `width`×`height` px, keeping `gap` px between chips where there is room
 * and off the `obstacles` (e.g. the quadrant names) where that is possible.
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
    const centredLeft = chip.x - chip.width / 2;
    const centredTop = chip.y - chip.height / 2;
    let best: ChipRect | null = null;
    let bestOverlap = Number.POSITIVE_INFINITY;
    for (const { dx, dy } of candidateOffsets(chip.width, chip.height, gap)) {
      const spot: ChipRect = {
        left: clampInto(centredLeft + dx, chip.width, area.width),
        top: clampInto(centredTop + dy, chip.height, area.height),
        width: chip.width,
        height: chip.height,
      };
      let overlap = 0;
      for (const other of taken) overlap += overlapArea(spot, other, gap);
      if (overlap < bestOverlap) {
        best = spot;
        bestOverlap = overlap;
      }
      if (overlap === 0) break;
    }
    const spot = best ?? { left: clampInto(centredLeft, chip.width, area.width), top: clampInto(centredTop, chip.height, area.height), width: chip.width, height: chip.height };
    const nudged = Math.abs(spot.left - centredLeft) > 0.5 || Math.abs(spot.top - centredTop) > 0.5;
    placed.push({ id: chip.id, ...spot, nudged });
    taken.push(spot);
  }
  return placed;
}

/** Whether two placed chips overlap (touching edges do not count). */
export function chipsOverlap(a: ChipRect, b: ChipRect): boolean {
  return overlapArea(a, b, 0) > 0;
}
