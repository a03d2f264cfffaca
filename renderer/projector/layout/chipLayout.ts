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

function overlapsAny(spot: ChipRect, taken: readonly ChipRect[], gap: number): boolean {
  for (const other of taken) if (overlapArea(spot, other, gap) > 0) return true;
  return false;
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
const offsetCache = new Map<string, Array<{ dx: number; dy: number }>>();

function candidateOffsets(width: number, height: number, gap: number): Array<{ dx: number; dy: number }> {
  const key = `${width}x${height}+${gap}`;
  const cached = offsetCache.get(key);
  if (cached) return cached;
  if (offsetCache.size > 200) offsetCache.clear();
  const offsets: Array<{ dx: number; dy: number; distance: number }> = [];
  for (let side = -SIDE_STEPS; side <= SIDE_STEPS; side++) {
    for (let step = -STACK_STEPS; step <= STACK_STEPS; step++) {
      const dx = (side * (width + gap)) / 4;
      const dy = (step * (height + gap)) / 2;
      offsets.push({ dx, dy, distance: Math.hypot(dx, dy) + (step < 0 ? 0.1 : 0) });
    }
  }
  const sorted = offsets.sort((a, b) => a.distance - b.distance);
  offsetCache.set(key, sorted);
  return sorted;
}

/**
 * The spots tried off the point, nearest to its own spot first: a grid of steps around it, and the spots that sit
 * flush against the chips already in the region or against the region's edges (where tight packings are found).
 */
function nudgedSpots(chip: ChipToPlace, home: ChipRect, region: ChipRect, taken: readonly TakenRect[], gap: number): ChipRect[] {
  const spotAt = (left: number, top: number): ChipRect => ({
    left: clampInto(left, chip.width, region.left, region.width),
    top: clampInto(top, chip.height, region.top, region.height),
    width: chip.width,
    height: chip.height,
  });
  const spots = candidateOffsets(chip.width, chip.height, gap).map(({ dx, dy }) => spotAt(home.left + dx, home.top + dy));
  const lefts = [home.left, region.left, region.left + region.width - chip.width];
  const tops = [home.top, region.top, region.top + region.height - chip.height];
  const reach = { x: 3 * chip.width, y: 8 * chip.height };
  for (const other of taken) {
    if (other.kind === 'mark' || !overlapArea(other, region, 0)) continue;
    if (Math.abs(other.left - home.left) > reach.x || Math.abs(other.top - home.top) > reach.y) continue;
    lefts.push(other.left, other.left + other.width + gap, other.left - chip.width - gap);
    tops.push(other.top, other.top + other.height + gap, other.top - chip.height - gap);
  }
  const unique = (values: number[]) => Array.from(new Set(values.map((value) => Math.round(value))));
  for (const left of unique(lefts)) for (const top of unique(tops)) spots.push(spotAt(left, top));
  const distance = (spot: ChipRect) => Math.hypot(spot.left - home.left, spot.top - home.top);
  // Only spots straight above, below or beside the point: the tail that ties the chip to it is then short and straight.
  const inLine = (spot: ChipRect) => (chip.x >= spot.left && chip.x <= spot.left + spot.width) || (chip.y >= spot.top && chip.y <= spot.top + spot.height);
  return spots.filter(inLine).sort((a, b) => distance(a) - distance(b));
}

/**
 * What a chip nudged off its point draws outside itself: a dot on the point and a straight tail to the chip's nearest
 * edge, as rectangles `markSize` px wide. No other chip may cover them, or the dot would seem to belong to that chip.
 */
export function nudgeMarks(chip: ChipRect, point: { x: number; y: number }, markSize: number): ChipRect[] {
  const half = markSize / 2;
  const dot = { left: point.x - half, top: point.y - half, width: markSize, height: markSize };
  const edgeX = Math.min(chip.left + chip.width, Math.max(chip.left, point.x));
  const edgeY = Math.min(chip.top + chip.height, Math.max(chip.top, point.y));
  const tail =
    edgeX === point.x
      ? { left: point.x - half, top: Math.min(point.y, edgeY), width: markSize, height: Math.abs(point.y - edgeY) }
      : { left: Math.min(point.x, edgeX), top: point.y - half, width: Math.abs(point.x - edgeX), height: markSize };
  return [dot, tail];
}

/**
 * Places one chip among those `taken`: on its point if it can, else nudged to the nearest free spot in its region
 * straight above, below or beside the point, where its dot and tail cross no other chip.
 */
function placeOne(chip: ChipToPlace, area: { width: number; height: number }, taken: readonly TakenRect[], gap: number, markSize: number): PlacedChip {
  const region = chip.region ?? { left: 0, top: 0, ...area };
  const holding = holdingSpots(chip, area, region);
  let best: ChipRect = holding[0] ?? { left: 0, top: 0, width: chip.width, height: chip.height };
  let bestOverlap = Number.POSITIVE_INFINITY;
  for (const spot of holding) {
    const overlap = overlapWithTaken(spot, taken, gap);
    if (overlap < bestOverlap) {
      best = spot;
      bestOverlap = overlap;
    }
    if (overlap === 0) break;
  }
  if (bestOverlap === 0) return { id: chip.id, ...best, nudged: false };
  // The dot may only be hidden under a pile of chips said about the same place (their points within three chip
  // heights); the tail then comes out from under that pile. A dot in the open has a tail that crosses no chip at all,
  // so it can never seem to belong to another note.
  const cluster = Math.max(markSize, chip.height * 3);
  const mate = (other: TakenRect) => other.point !== undefined && Math.hypot(other.point.x - chip.x, other.point.y - chip.y) <= cluster;
  const clearOf = (spot: ChipRect) => {
    if (overlapsAny(spot, taken, gap)) return false;
    const [dot, tail] = nudgeMarks(spot, chip, markSize);
    if (!dot || !tail) return false;
    const crossed = (mark: ChipRect) => taken.filter((other) => other.kind !== 'obstacle' && chipsOverlap(mark, other));
    const underDot = crossed(dot);
    if (!underDot.every(mate)) return false;
    const underTail = crossed(tail);
    return underDot.length > 0 ? underTail.every(mate) : underTail.length === 0;
  };
  const free = nudgedSpots(chip, holding[0] ?? best, region, taken, gap).find(clearOf);
  return free ? { id: chip.id, ...free, nudged: !holdsPoint(free, chip) } : { id: chip.id, ...best, nudged: false };
}

/** Something already on the map: a chip (with its note's point), an obstacle, or a nudged chip's dot or tail. */
type TakenRect = ChipRect & { kind: 'chip' | 'mark' | 'obstacle'; point?: { x: number; y: number } };

/** A placed chip and, when it was nudged, its dot and tail, as things now on the map. */
function takenBy(placed: PlacedChip, chip: ChipToPlace, markSize: number): TakenRect[] {
  const point = { x: chip.x, y: chip.y };
  const marks = placed.nudged ? nudgeMarks(placed, chip, markSize).map((mark) => ({ ...mark, kind: 'mark' as const, point })) : [];
  return [{ ...placed, kind: 'chip', point }, ...marks];
}

function placeInOrder(chips: readonly ChipToPlace[], area: { width: number; height: number }, taken: readonly TakenRect[], gap: number, markSize: number): PlacedChip[] {
  const all = [...taken];
  return chips.map((chip) => {
    const placed = placeOne(chip, area, all, gap, markSize);
    all.push(...takenBy(placed, chip, markSize));
    return placed;
  });
}

/** How many chips cover another (or an obstacle). */
function countOverlapping(placed: readonly ChipRect[], others: readonly ChipRect[]): number {
  return placed.filter((chip, i) => others.some((other) => chipsOverlap(chip, other)) || placed.some((other, j) => j !== i && chipsOverlap(chip, other))).length;
}

function regionKey(chip: ChipToPlace): string {
  const r = chip.region;
  return r ? `${r.left},${r.top},${r.width},${r.height}` : '';
}

/**
 * Orders worth trying for the chips of one crowded region: as given, then the chips nearest the region's outer
 * corner first (so they pack into it and leave the room towards the middle), then top to bottom, then left to right.
 */
function packingOrders(chips: readonly ChipToPlace[], area: { width: number; height: number }): ChipToPlace[][] {
  const outer = (chip: ChipToPlace) => {
    const r = chip.region ?? { left: 0, top: 0, ...area };
    const cornerX = r.left + r.width / 2 < area.width / 2 ? r.left : r.left + r.width;
    const cornerY = r.top + r.height / 2 < area.height / 2 ? r.top : r.top + r.height;
    return Math.hypot(chip.x - cornerX, chip.y - cornerY);
  };
  return [
    [...chips],
    [...chips].sort((a, b) => outer(a) - outer(b)),
    [...chips].sort((a, b) => a.y - b.y || a.x - b.x),
    [...chips].sort((a, b) => b.y - a.y || a.x - b.x),
    [...chips].sort((a, b) => a.x - b.x || a.y - b.y),
    [...chips].sort((a, b) => b.height * b.width - a.height * a.width),
  ];
}

/**
 * The chips of one crowded region as a pile: one column, in the order of their points from top to bottom, centred
 * on the points' middle height and kept inside the region, each at its own horizontal spot. Null when the column is
 * taller than the region or a chip would leave its point's line (so that its tail could not be straight).
 */
function stackedPile(group: readonly ChipToPlace[], area: { width: number; height: number }, gap: number): PlacedChip[] | null {
  const first = group[0];
  if (!first) return null;
  const region = first.region ?? { left: 0, top: 0, ...area };
  const sorted = [...group].sort((a, b) => a.y - b.y);
  const total = sorted.reduce((sum, chip) => sum + chip.height, 0) + gap * (sorted.length - 1);
  if (total > region.height) return null;
  const middle = sorted.reduce((sum, chip) => sum + chip.y, 0) / sorted.length;
  let top = Math.max(region.top, Math.min(region.top + region.height - total, middle - total / 2));
  const placed: PlacedChip[] = [];
  for (const chip of sorted) {
    const home = holdingSpots(chip, area, region)[0];
    const left = clampInto(home?.left ?? chip.x - chip.width / 2, chip.width, region.left, region.width);
    const rect = { left, top, width: chip.width, height: chip.height };
    if (chip.x < left || chip.x > left + chip.width) return null;
    placed.push({ id: chip.id, ...rect, nudged: !holdsPoint(rect, chip) });
    top += chip.height + gap;
  }
  return placed;
}

/**
 * Places chips inside an area `width`×`height` px, keeping `gap` px between chips where there is room and off the
 * `obstacles` where that is possible. Chips are placed in the order given; where that leaves chips of one region
 * covering each other, that region is packed again in other orders and the order that covers least is kept.
 * The result lists the chips in the order given. `markSize` is the width of a nudged chip's dot and tail (nudgeMarks).
 */
export function spreadChips(
  chips: readonly ChipToPlace[],
  area: { width: number; height: number },
  gap: number,
  obstacles: readonly ChipRect[] = [],
  markSize = 12,
): PlacedChip[] {
  const fixed: TakenRect[] = obstacles.map((obstacle) => ({ ...obstacle, kind: 'obstacle' }));
  const byId = new Map(placeInOrder(chips, area, fixed, gap, markSize).map((chip) => [chip.id, chip]));
  const groups = new Map<string, ChipToPlace[]>();
  for (const chip of chips) groups.set(regionKey(chip), [...(groups.get(regionKey(chip)) ?? []), chip]);
  for (const group of groups.values()) {
    const ids = new Set(group.map((chip) => chip.id));
    const others: TakenRect[] = [
      ...fixed,
      ...chips.filter((chip) => !ids.has(chip.id)).flatMap((chip) => {
        const placed = byId.get(chip.id);
        return placed ? takenBy(placed, chip, markSize) : [];
      }),
    ];
    const current = group.flatMap((chip) => byId.get(chip.id) ?? []);
    let bestCount = countOverlapping(current, others);
    if (bestCount === 0) continue;
    const pile = stackedPile(group, area, gap);
    const tries: Array<() => PlacedChip[]> = [
      ...packingOrders(group, area)
        .slice(1)
        .map((order) => () => placeInOrder(order, area, others, gap, markSize)),
      ...(pile ? [() => pile] : []),
    ];
    for (const attempt of tries) {
      const tried = attempt();
      const count = countOverlapping(tried, others);
      if (count < bestCount) {
        bestCount = count;
        for (const chip of tried) byId.set(chip.id, chip);
      }
      if (count === 0) break;
    }
  }
  return chips.flatMap((chip) => byId.get(chip.id) ?? []);
}

/** Whether a chip's box holds its point (edges included, half a pixel of rounding allowed). */
export function holdsPoint(rect: ChipRect, point: { x: number; y: number }): boolean {
  return point.x >= rect.left - 0.5 && point.x <= rect.left + rect.width + 0.5 && point.y >= rect.top - 0.5 && point.y <= rect.top + rect.height + 0.5;
}

/** Whether two placed chips overlap (touching edges do not count). */
export function chipsOverlap(a: ChipRect, b: ChipRect): boolean {
  return overlapArea(a, b, 0) > 0;
}
