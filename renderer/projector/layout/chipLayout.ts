/**
 * Pure placement of the map's note chips. A chip holds its note's point at the same fraction of its own box as the
 * point holds of the map (the control board's rule): a note at the bottom-left corner has the chip's bottom-left
 * corner on it, a note in the middle has the chip centred on it. So a chip never leaves the map and its body is always
 * on the same side of each midline as its point. When that spot would cover a chip already placed, other spots that
 * still hold the point are tried; only when none is free is the chip nudged off its point, never out of its region
 * (the quadrant the room reads it in), and the page then marks the point as the chip's own. When its region has no
 * free spot left at all, the note is drawn as a dot on its point without its words (`dot`), never over another chip:
 * the room still sees where it sits, and the control window says how many notes that leaves unread.
 */
import { RectIndex } from './rectIndex';

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
  /** The chip's size set narrower (its words on more lines), tried where the usual size finds no spot. */
  narrow?: { width: number; height: number };
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
  /** Whether there was no room for the chip in its region: only a dot on its point is drawn (left and top are its home). */
  dot: boolean;
  /** Whether the chip is set at its narrow size (`ChipToPlace.narrow`): width and height are that size. */
  narrowed?: boolean;
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
/** Regions of up to this many chips are packed again in every order worth trying; larger ones, newest first only. */
const ORDERS_UP_TO = 16;
/** After this many chips found no spot in a region, chips no smaller than all of them are not searched for there. */
const REFUSALS_WHEN_FULL = 4;
/** How many of the flush lefts and of the flush tops nearest a chip's home are paired into spots to try. */
const FLUSH_CHOICES = 14;

function overlapArea(a: ChipRect, b: ChipRect, gap: number): number {
  const x = Math.min(a.left + a.width + gap, b.left + b.width + gap) - Math.max(a.left, b.left);
  const y = Math.min(a.top + a.height + gap, b.top + b.height + gap) - Math.max(a.top, b.top);
  return x > 0 && y > 0 ? x * y : 0;
}

function clampInto(value: number, size: number, start: number, limit: number): number {
  return Math.max(start, Math.min(Math.max(start, start + limit - size), value));
}

/** Whether the spot, with `gap` px around it, touches anything taken. */
function overlapsAny(spot: ChipRect, taken: Taken, gap: number): boolean {
  return taken.near(spot, gap, (other) => overlapArea(spot, other, gap) > 0);
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

/**
 * The spots tried off the point, nearest to its own spot first (below before above at the same distance): a grid of
 * steps around it, and the spots that sit flush against the chips already in the region or against the region's
 * edges (where tight packings are found). Only spots straight above, below or beside the point are kept, so that the
 * tail that ties the chip to it is short and straight.
 */
function nudgedSpots(chip: ChipToPlace, home: ChipRect, region: ChipRect, taken: Taken, gap: number): ChipRect[] {
  const spots: Array<ChipRect & { distance: number }> = [];
  const consider = (wantedLeft: number, wantedTop: number, bias: number): void => {
    const left = clampInto(wantedLeft, chip.width, region.left, region.width);
    const top = clampInto(wantedTop, chip.height, region.top, region.height);
    const inLine = (chip.x >= left && chip.x <= left + chip.width) || (chip.y >= top && chip.y <= top + chip.height);
    if (inLine) spots.push({ left, top, width: chip.width, height: chip.height, distance: Math.hypot(left - home.left, top - home.top) + bias });
  };
  for (let side = -SIDE_STEPS; side <= SIDE_STEPS; side++) {
    for (let step = -STACK_STEPS; step <= STACK_STEPS; step++) {
      consider(home.left + (side * (chip.width + gap)) / 4, home.top + (step * (chip.height + gap)) / 2, step < 0 ? 0.1 : 0);
    }
  }
  const lefts = [home.left, region.left, region.left + region.width - chip.width];
  const tops = [home.top, region.top, region.top + region.height - chip.height];
  const reach = { left: home.left - 3 * chip.width, top: home.top - 8 * chip.height, width: 7 * chip.width, height: 17 * chip.height };
  taken.near(reach, 0, (other) => {
    if (other.kind === 'mark' || !overlapArea(other, region, 0)) return;
    if (Math.abs(other.left - home.left) > 3 * chip.width || Math.abs(other.top - home.top) > 8 * chip.height) return;
    lefts.push(other.left, other.left + other.width + gap, other.left - chip.width - gap);
    tops.push(other.top, other.top + other.height + gap, other.top - chip.height - gap);
  });
  // Every pairing of the flush lefts and tops nearest home: enough for tight packings, and a bounded number of spots
  // however crowded the region is (all pairings made a crowded map cost the square of its chips per chip).
  const nearest = (values: number[], from: number) =>
    Array.from(new Set(values.map((value) => Math.round(value))))
      .sort((a, b) => Math.abs(a - from) - Math.abs(b - from))
      .slice(0, FLUSH_CHOICES);
  const flushTops = nearest(tops, home.top);
  for (const left of nearest(lefts, home.left)) for (const top of flushTops) consider(left, top, 0);
  return spots.sort((a, b) => a.distance - b.distance);
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
 * straight above, below or beside the point, where its dot and tail cross no other chip; else, with no such spot, as
 * a dot on its point (`dot`), so that it never covers another chip.
 */
function placeOne(chip: ChipToPlace, area: { width: number; height: number }, taken: Taken, gap: number, markSize: number): PlacedChip {
  const usual = placeAtSize(chip, area, taken, gap, markSize);
  if (!usual.dot || !chip.narrow) return usual;
  const narrow = placeAtSize({ ...chip, ...chip.narrow }, area, taken, gap, markSize);
  return narrow.dot ? usual : { ...narrow, narrowed: true };
}

/** Places one chip at the size it is given (placeOne). */
function placeAtSize(chip: ChipToPlace, area: { width: number; height: number }, taken: Taken, gap: number, markSize: number): PlacedChip {
  const region = chip.region ?? { left: 0, top: 0, ...area };
  const holding = holdingSpots(chip, area, region);
  const home = holding[0] ?? { left: 0, top: 0, width: chip.width, height: chip.height };
  const onPoint = holding.find((spot) => !overlapsAny(spot, taken, gap));
  if (onPoint) return { id: chip.id, ...onPoint, nudged: false, dot: false };
  // The dot may only be hidden under a pile of chips said about the same place (their points within three chip
  // heights); the tail then comes out from under that pile. A dot in the open has a tail that crosses no chip at all,
  // so it can never seem to belong to another note.
  const cluster = Math.max(markSize, chip.height * 3);
  const mate = (other: TakenRect) => other.point !== undefined && Math.hypot(other.point.x - chip.x, other.point.y - chip.y) <= cluster;
  const crossed = (mark: ChipRect) => {
    const found: TakenRect[] = [];
    taken.near(mark, 0, (other) => {
      if (other.kind !== 'obstacle' && chipsOverlap(mark, other)) found.push(other);
    });
    return found;
  };
  const clearOf = (spot: ChipRect) => {
    if (overlapsAny(spot, taken, gap)) return false;
    const [dot, tail] = nudgeMarks(spot, chip, markSize);
    if (!dot || !tail) return false;
    const underDot = crossed(dot);
    if (!underDot.every(mate)) return false;
    const underTail = crossed(tail);
    return underDot.length > 0 ? underTail.every(mate) : underTail.length === 0;
  };
  const free = nudgedSpots(chip, home, region, taken, gap).find(clearOf);
  return free ? { id: chip.id, ...free, nudged: !holdsPoint(free, chip), dot: false } : { id: chip.id, ...home, nudged: false, dot: true };
}

/** Something already on the map: a chip (with its note's point), an obstacle, or a nudged chip's dot or tail. */
type TakenRect = ChipRect & { kind: 'chip' | 'mark' | 'obstacle'; point?: { x: number; y: number } };

/** A chip's width and height, px. */
type Size = { width: number; height: number };

/** What is already on the map, filed by place. */
type Taken = RectIndex<TakenRect>;

/** A placed chip and, when it was nudged, its dot and tail, as things now on the map (a dot takes no room). */
function takenBy(placed: PlacedChip, chip: ChipToPlace, markSize: number): TakenRect[] {
  if (placed.dot) return [];
  const point = { x: chip.x, y: chip.y };
  const marks = placed.nudged ? nudgeMarks(placed, chip, markSize).map((mark) => ({ ...mark, kind: 'mark' as const, point })) : [];
  return [{ ...placed, kind: 'chip', point }, ...marks];
}

/** How the placement is being made: the map's size, the gaps, and the cell size of its index. */
interface Placing {
  area: { width: number; height: number };
  gap: number;
  markSize: number;
  cellSize: number;
}

function placeInOrder(chips: readonly ChipToPlace[], taken: readonly TakenRect[], placing: Placing): PlacedChip[] {
  const index = new RectIndex<TakenRect>(placing.cellSize);
  for (const rect of taken) index.add(rect);
  // Room left in each region: a chip larger than what is left cannot fit, so it is a dot without a search. A region
  // that has refused as many chips as REFUSALS_WHEN_FULL is full for anything no smaller than the smallest it refused.
  const roomLeft = new Map<string, number>();
  const refused = new Map<string, { count: number; usual: Size; narrow: Size }>();
  const noSmaller = (size: Size, than: Size) => size.width >= than.width && size.height >= than.height;
  const smallest = (a: Size | undefined, b: Size): Size => ({ width: Math.min(a?.width ?? Infinity, b.width), height: Math.min(a?.height ?? Infinity, b.height) });
  return chips.map((chip) => {
    const key = regionKey(chip);
    const region = chip.region ?? { left: 0, top: 0, ...placing.area };
    const room = roomLeft.get(key) ?? region.width * region.height;
    const refusals = refused.get(key);
    const narrow = chip.narrow ?? chip;
    const full = refusals !== undefined && refusals.count >= REFUSALS_WHEN_FULL && noSmaller(chip, refusals.usual) && noSmaller(narrow, refusals.narrow);
    const placed =
      full || Math.min(chip.width * chip.height, narrow.width * narrow.height) > room
        ? { id: chip.id, ...(holdingSpots(chip, placing.area, region)[0] ?? { left: 0, top: 0, width: chip.width, height: chip.height }), nudged: false, dot: true }
        : placeOne(chip, placing.area, index, placing.gap, placing.markSize);
    if (placed.dot && !full) refused.set(key, { count: (refusals?.count ?? 0) + 1, usual: smallest(refusals?.usual, chip), narrow: smallest(refusals?.narrow, narrow) });
    if (!placed.dot) roomLeft.set(key, room - (placed.width + placing.gap) * (placed.height + placing.gap));
    for (const rect of takenBy(placed, chip, placing.markSize)) index.add(rect);
    return placed;
  });
}

function regionKey(chip: ChipToPlace): string {
  const r = chip.region;
  return r ? `${r.left},${r.top},${r.width},${r.height}` : '';
}

/**
 * Orders worth trying for the chips of one crowded region: as given; then, after the newest note (so that it keeps
 * its words), the rest newest first, nearest the region's outer corner first (so they pack into it and leave the room
 * towards the middle), top to bottom, left to right, or largest first.
 */
function packingOrders(chips: readonly ChipToPlace[], area: { width: number; height: number }): ChipToPlace[][] {
  const outer = (chip: ChipToPlace) => {
    const r = chip.region ?? { left: 0, top: 0, ...area };
    const cornerX = r.left + r.width / 2 < area.width / 2 ? r.left : r.left + r.width;
    const cornerY = r.top + r.height / 2 < area.height / 2 ? r.top : r.top + r.height;
    return Math.hypot(chip.x - cornerX, chip.y - cornerY);
  };
  const newest = chips.at(-1);
  const rest = chips.slice(0, -1);
  const after = (sorted: ChipToPlace[]) => (newest ? [newest, ...sorted] : sorted);
  return [
    [...chips],
    [...chips].reverse(),
    after(rest.sort((a, b) => outer(a) - outer(b))),
    after(rest.sort((a, b) => a.y - b.y || a.x - b.x)),
    after(rest.sort((a, b) => b.y - a.y || a.x - b.x)),
    after(rest.sort((a, b) => a.x - b.x || a.y - b.y)),
    after(rest.sort((a, b) => b.height * b.width - a.height * a.width)),
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
    placed.push({ id: chip.id, ...rect, nudged: !holdsPoint(rect, chip), dot: false });
    top += chip.height + gap;
  }
  return placed;
}

/**
 * Whether packing `a` of one region is better than `b`: first, the one where the newest note keeps its words (the
 * facilitator has just placed it and the room has just said it); then the one with fewer dots; then the one whose
 * dots are the older notes, as the discussion's fold keeps the newest.
 */
function betterPacking(a: readonly PlacedChip[], b: readonly PlacedChip[], orderOf: ReadonlyMap<string, number>): boolean {
  const dotted = (placed: readonly PlacedChip[]) => placed.flatMap((chip) => (chip.dot ? [orderOf.get(chip.id) ?? 0] : [])).sort((x, y) => y - x);
  const newest = Math.max(-1, ...a.map((chip) => orderOf.get(chip.id) ?? 0));
  const inA = dotted(a);
  const inB = dotted(b);
  const newestShown = (dots: number[]) => dots[0] !== newest;
  if (newestShown(inA) !== newestShown(inB)) return newestShown(inA);
  if (inA.length !== inB.length) return inA.length < inB.length;
  for (let i = 0; i < inA.length; i++) {
    const x = inA[i] ?? -1;
    const y = inB[i] ?? -1;
    if (x !== y) return x < y;
  }
  return false;
}

/**
 * Places chips inside an area `width`×`height` px, keeping `gap` px between chips and off the `obstacles`. Chips are
 * placed in the order given (oldest note first, so that a new note does not move the ones already read); where that
 * leaves chips of one region as dots, that region is packed again in other orders and the best packing is kept
 * (`betterPacking`: the newest note keeps its words, then the fewest dots). No two chips that are not dots ever overlap. The result lists the chips in the
 * order given. `markSize` is the width of a nudged chip's dot and tail (nudgeMarks).
 */
export function spreadChips(
  chips: readonly ChipToPlace[],
  area: { width: number; height: number },
  gap: number,
  obstacles: readonly ChipRect[] = [],
  markSize = 12,
): PlacedChip[] {
  const heights = chips.map((chip) => chip.height).sort((a, b) => a - b);
  const placing: Placing = { area, gap, markSize, cellSize: Math.max(16, heights[Math.floor(heights.length / 2)] ?? 0) };
  const fixed: TakenRect[] = obstacles.map((obstacle) => ({ ...obstacle, kind: 'obstacle' }));
  const byId = new Map(placeInOrder(chips, fixed, placing).map((chip) => [chip.id, chip]));
  const orderOf = new Map(chips.map((chip, index) => [chip.id, index]));
  const groups = new Map<string, ChipToPlace[]>();
  for (const chip of chips) {
    const group = groups.get(regionKey(chip));
    if (group) group.push(chip);
    else groups.set(regionKey(chip), [chip]);
  }
  for (const group of groups.values()) {
    let best = group.flatMap((chip) => byId.get(chip.id) ?? []);
    if (best.every((chip) => !chip.dot)) continue;
    const ids = new Set(group.map((chip) => chip.id));
    const others: TakenRect[] = [
      ...fixed,
      ...chips.filter((chip) => !ids.has(chip.id)).flatMap((chip) => {
        const placed = byId.get(chip.id);
        return placed ? takenBy(placed, chip, markSize) : [];
      }),
    ];
    const pile = stackedPile(group, area, gap);
    const tries: Array<() => PlacedChip[] | null> = [
      // A crowd larger than a region can hold gains little from the orders that pack a tight corner, and each costs a
      // whole placement: it tries only the newest first.
      ...packingOrders(group, area)
        .slice(1, group.length > ORDERS_UP_TO ? 2 : undefined)
        .map((order) => () => placeInOrder(order, others, placing)),
      // The pile is kept only where it covers nothing of the other regions' chips and obstacles.
      () => (pile?.every((chip) => !others.some((other) => chipsOverlap(chip, other))) ? pile : null),
    ];
    for (const attempt of tries) {
      const tried = attempt();
      if (!tried) continue;
      if (betterPacking(tried, best, orderOf)) {
        best = tried;
        for (const chip of tried) byId.set(chip.id, chip);
      }
      if (best.every((chip) => !chip.dot)) break;
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
