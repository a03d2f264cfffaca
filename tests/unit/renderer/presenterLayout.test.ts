import { describe, expect, it } from 'vitest';
import { legibleFloorPx } from '../../../renderer/projector/fit/legibility';
import { fewestFolded, largestFitting, pageWindows } from '../../../renderer/projector/fit/searchFit';
import { formatMean } from '../../../shared/util/formatMean';
import { barShares, countWithUnit, distributionGrid, meanOffset, sharedRanks } from '../../../renderer/projector/layout/bars';
import { chipsOverlap, spreadChips } from '../../../renderer/projector/layout/chipLayout';
import type { ChipToPlace, PlacedChip } from '../../../renderer/projector/layout/chipLayout';

describe('the legibility floor', () => {
  it('is 1/30 of the window height, never under 18 px', () => {
    expect(legibleFloorPx(1080)).toBe(36);
    expect(legibleFloorPx(720)).toBe(24);
    expect(legibleFloorPx(768)).toBeCloseTo(25.6, 5);
    expect(legibleFloorPx(400)).toBe(18);
  });
});

describe('largestFitting', () => {
  it('finds the largest size that fits, never above one that was checked to fit', () => {
    const checked: number[] = [];
    const size = largestFitting(24, 60, (s) => {
      checked.push(s);
      return s <= 41.3;
    });
    expect(size).not.toBeNull();
    expect(size).toBeLessThanOrEqual(41.3);
    expect(size).toBeGreaterThan(41.3 - 0.5);
    expect(checked.length).toBeLessThan(12);
  });

  it('returns the ceiling when everything fits there, and null when even the floor is too big', () => {
    expect(largestFitting(24, 60, () => true)).toBe(60);
    expect(largestFitting(24, 60, (s) => s < 24)).toBeNull();
  });

  it('keeps the floor when the ceiling is below it', () => {
    expect(largestFitting(36, 30, () => true)).toBe(36);
  });
});

describe('fewestFolded', () => {
  it('folds as few items as the box needs', () => {
    expect(fewestFolded(30, (folded) => folded >= 7)).toBe(7);
    expect(fewestFolded(2, (folded) => folded >= 1)).toBe(1);
  });

  it('gives up (null) when all but one folded still does not fit, or there is nothing to fold', () => {
    expect(fewestFolded(10, () => false)).toBeNull();
    expect(fewestFolded(1, () => true)).toBeNull();
    expect(fewestFolded(0, () => true)).toBeNull();
  });
});

describe('bars', () => {
  it('scales each count to the largest, and to nothing when no one voted', () => {
    expect(barShares([12, 6, 3, 0])).toEqual([1, 0.5, 0.25, 0]);
    expect(barShares([0, 0])).toEqual([0, 0]);
    expect(barShares([])).toEqual([]);
  });

  it('lets ties share a rank', () => {
    expect(sharedRanks([9, 5, 5, 2, 0, 0])).toEqual([1, 2, 2, 4, 5, 5]);
  });

  it('puts the mean on the centre of its point and between points', () => {
    expect(meanOffset(1, 1, 5)).toBeCloseTo(0.1);
    expect(meanOffset(5, 1, 5)).toBeCloseTo(0.9);
    expect(meanOffset(3, 1, 5)).toBeCloseTo(0.5);
    expect(meanOffset(3.5, 1, 5)).toBeCloseTo(0.6);
    expect(meanOffset(9, 1, 5)).toBeCloseTo(0.9);
  });

  it('writes means and counts the way the room reads them', () => {
    expect(formatMean(3.44)).toBe('3.4');
    expect(formatMean(4)).toBe('4.0');
    expect(countWithUnit(1, 'dot', 'dots')).toBe('1 dot');
    expect(countWithUnit(0, 'dot', 'dots')).toBe('0 dots');
    expect(countWithUnit(12, 'person', 'people')).toBe('12 people');
  });

  it('lays several statements out in balanced rows', () => {
    const wide = 16 / 9;
    expect(distributionGrid(1, wide)).toEqual({ columns: 1, rows: 1 });
    expect(distributionGrid(3, wide)).toEqual({ columns: 3, rows: 1 });
    expect(distributionGrid(4, wide)).toEqual({ columns: 2, rows: 2 });
    expect(distributionGrid(5, wide)).toEqual({ columns: 3, rows: 2 });
    expect(distributionGrid(3, 4 / 3)).toEqual({ columns: 2, rows: 2 });
    // At 4:3, six statements in two rows of three: taller cards, so each statement shows whole above its chart.
    expect(distributionGrid(6, 4 / 3)).toEqual({ columns: 3, rows: 2 });
  });
});

describe('pageWindows', () => {
  it('pages back from the usual view through every folded item, as many per page as fit, each item on one page', () => {
    // Room for 4 items per page; 11 items, the usual view shows the newest 4 (7 folded).
    const windows = pageWindows(11, 7, (start, end) => end - start <= 4);
    expect(windows).toEqual([[7, 11], [3, 7], [0, 3]]);
  });

  it('shows one item per page when not even one fits, and a single page when nothing is folded', () => {
    expect(pageWindows(3, 2, () => false)).toEqual([[2, 3], [1, 2], [0, 1]]);
    expect(pageWindows(5, 0, () => true)).toEqual([[0, 5]]);
  });
});

describe('spreadChips', () => {
  const area = { width: 1000, height: 600 };
  const chip = (id: string, x: number, y: number, width = 160, height = 40): ChipToPlace => ({ id, x, y, width, height });
  const noOverlaps = (placed: readonly PlacedChip[]) =>
    placed.every((a, i) => placed.every((b, j) => i === j || !chipsOverlap(a, b)));
  const inside = (placed: readonly PlacedChip[]) =>
    placed.every((c) => c.left >= 0 && c.top >= 0 && c.left + c.width <= area.width && c.top + c.height <= area.height);

  it('centres a lone chip on its point', () => {
    const [placed] = spreadChips([chip('a', 500, 300)], area, 6);
    expect(placed).toMatchObject({ left: 420, top: 280, nudged: false });
  });

  it('holds a point at the same fraction of the chip as of the map, like the control board (corner on corner)', () => {
    const [corner, edge] = spreadChips([chip('a', 0, 600), chip('b', 1000, 300)], area, 6);
    expect(corner).toMatchObject({ left: 0, top: 560, nudged: false });
    expect(edge).toMatchObject({ left: 840, top: 280, nudged: false });
  });

  it('never nudges a chip out of its region (the quadrant the room reads it in)', () => {
    const region = { left: 0, top: 300, width: 500, height: 300 };
    const crowd = Array.from({ length: 12 }, (_, i) => ({ ...chip(`c${i}`, 100 + i, 500 - i), region }));
    const placed = spreadChips(crowd, area, 6);
    expect(placed.every((c) => c.left >= 0 && c.left + c.width <= 500 + 0.5 && c.top >= 300 - 0.5 && c.top + c.height <= 600)).toBe(true);
  });

  it('stacks chips placed on the same point instead of covering one with another', () => {
    const placed = spreadChips([chip('a', 500, 300), chip('b', 500, 300), chip('c', 500, 300), chip('d', 505, 298)], area, 6);
    expect(noOverlaps(placed)).toBe(true);
    expect(placed[0]?.nudged).toBe(false);
    expect(placed.slice(1).every((c) => c.nudged)).toBe(true);
    // Stacked, not flung: every nudged chip stays near its point.
    expect(placed.every((c) => Math.abs(c.left + c.width / 2 - 500) <= 200 && Math.abs(c.top + c.height / 2 - 300) <= 200)).toBe(true);
  });

  it('keeps chips at the edges inside the map', () => {
    const placed = spreadChips([chip('a', 0, 0), chip('b', 1000, 600), chip('c', 1000, 0), chip('d', 0, 600)], area, 6);
    expect(inside(placed)).toBe(true);
    expect(noOverlaps(placed)).toBe(true);
  });

  it('steers clear of obstacles such as the quadrant names', () => {
    const name = { left: 0, top: 0, width: 300, height: 50 };
    const [placed] = spreadChips([chip('a', 60, 10)], area, 6, [name]);
    expect(placed && chipsOverlap(placed, name)).toBe(false);
  });

  it('spreads a crowded map of 30 chips without overlaps while there is room', () => {
    const chips = Array.from({ length: 30 }, (_, i) => chip(`n${i}`, 120 + (i % 6) * 150, 60 + Math.floor(i / 6) * 110 + (i % 2) * 20, 140, 36));
    const placed = spreadChips(chips, area, 4);
    expect(placed).toHaveLength(30);
    expect(inside(placed)).toBe(true);
    expect(noOverlaps(placed)).toBe(true);
  });

  it('in a cluster too dense to keep apart, never flings a chip far from its point: it holds it or sits straight beside it', () => {
    const chips = Array.from({ length: 30 }, (_, i) => chip(`n${i}`, 300 + (i % 5) * 20, 250 + Math.floor(i / 5) * 10, 140, 36));
    const placed = spreadChips(chips, area, 4);
    expect(inside(placed)).toBe(true);
    for (const [i, c] of placed.entries()) {
      const point = chips[i] ?? { x: 0, y: 0 };
      const inLine = (point.x >= c.left && point.x <= c.left + c.width) || (point.y >= c.top && point.y <= c.top + c.height);
      expect(inLine, `chip ${c.id} is straight above, below or beside its point`).toBe(true);
    }
  });
});

describe('spreadChips near crowded corners', () => {
  it('keeps four chips said about the same spot close to it, around the quadrant name', () => {
    const area = { width: 1200, height: 430 };
    const name = { left: 0, top: 380, width: 300, height: 50 };
    const point = { x: 168, y: 361 };
    const chips = ['a', 'b', 'c', 'd'].map((id) => ({ id, ...point, width: 240, height: 70 }));
    const placed = spreadChips(chips, area, 5, [name]);
    expect(placed.every((a, i) => placed.every((b, j) => i === j || !chipsOverlap(a, b)))).toBe(true);
    expect(placed.every((c) => !chipsOverlap(c, name))).toBe(true);
    for (const chip of placed) {
      const dx = chip.left + chip.width / 2 - point.x;
      const dy = chip.top + chip.height / 2 - point.y;
      expect(Math.hypot(dx, dy), `chip ${chip.id} stays near its point`).toBeLessThan(4 * 70);
    }
  });
});
