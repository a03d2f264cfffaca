import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chipsOverlap, holdsPoint, spreadChips } from '../../../renderer/projector/layout/chipLayout';
import type { ChipRect, ChipToPlace, PlacedChip } from '../../../renderer/projector/layout/chipLayout';
import { RectIndex } from '../../../renderer/projector/layout/rectIndex';

/** A 2-D map's plot and its four quadrants, as the projector's map stage hands them to the placement. */
const area = { width: 1000, height: 400 };
const quadrantOf = (x: number, y: number): ChipRect => ({ left: x < 500 ? 0 : 500, top: y < 200 ? 0 : 200, width: 500, height: 200 });
const chip = (id: string, x: number, y: number, width = 220, height = 60): ChipToPlace => ({ id, x, y, width, height, region: quadrantOf(x, y) });
const words = (placed: readonly PlacedChip[]) => placed.filter((c) => !c.dot);

describe('a map region with more notes than room', () => {
  // Twelve notes said about the bottom-left corner. A chip off its point must stay straight above, below or beside it,
  // so the 500x200 quadrant can give words to about four of them: a column up the left edge and a row along the bottom.
  const crowd = Array.from({ length: 12 }, (_, i) => chip(`n${i}`, 40 + (i % 4) * 15, 360 - Math.floor(i / 4) * 10));

  it('draws the notes it has no room for as dots on their points, never one chip over another', () => {
    const placed = spreadChips(crowd, area, 6);
    expect(placed).toHaveLength(12);
    const shown = words(placed);
    expect(shown.length).toBeGreaterThanOrEqual(2);
    expect(shown.length).toBeLessThan(12);
    for (const [i, a] of shown.entries()) for (const b of shown.slice(i + 1)) expect(chipsOverlap(a, b), `${a.id} over ${b.id}`).toBe(false);
    for (const dot of placed.filter((c) => c.dot)) {
      const note = crowd.find((c) => c.id === dot.id);
      expect(note && holdsPoint(dot, note), `${dot.id}'s dot is on its point`).toBe(true);
    }
  });

  it('gives its words to the newest note, which the facilitator has just placed', () => {
    for (let count = 6; count <= crowd.length; count++) {
      const placed = spreadChips(crowd.slice(0, count), area, 6);
      expect(placed.at(-1)?.dot, `the newest of ${count}`).toBe(false);
    }
  });

  it('leaves the other quadrants alone', () => {
    const elsewhere = [chip('far', 900, 40), chip('near-middle', 600, 170)];
    const placed = spreadChips([...crowd, ...elsewhere], area, 6);
    expect(placed.filter((c) => c.id === 'far' || c.id === 'near-middle').every((c) => !c.dot && !c.nudged)).toBe(true);
  });
});

describe('any crowd on the map', () => {
  const point = fc.record({ x: fc.integer({ min: 0, max: 1000 }), y: fc.integer({ min: 0, max: 400 }), width: fc.integer({ min: 60, max: 320 }), height: fc.constantFrom(36, 60, 84) });

  it('keeps chips with words clear of each other, on their points or nudged within their quadrant; every dot on its point', () => {
    fc.assert(
      fc.property(fc.array(point, { maxLength: 60 }), (points) => {
        const chips = points.map((p, i) => chip(`c${i}`, p.x, p.y, p.width, p.height));
        const placed = spreadChips(chips, area, 4);
        expect(placed.map((c) => c.id)).toEqual(chips.map((c) => c.id));
        const shown = words(placed);
        for (const [i, a] of shown.entries()) for (const b of shown.slice(i + 1)) expect(chipsOverlap(a, b)).toBe(false);
        for (const [i, c] of placed.entries()) {
          const note = chips[i] as ChipToPlace;
          const region = note.region as ChipRect;
          if (c.dot || !c.nudged) expect(holdsPoint(c, note)).toBe(true);
          else expect(c.left >= region.left - 0.5 && c.top >= region.top - 0.5 && c.left + c.width <= region.left + region.width + 0.5 && c.top + c.height <= region.top + region.height + 0.5).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('RectIndex', () => {
  it('finds each rectangle near an area once, wherever it spans several cells, and no far one', () => {
    const index = new RectIndex<ChipRect & { id: string }>(50);
    index.add({ id: 'wide', left: 0, top: 0, width: 400, height: 40 });
    index.add({ id: 'small', left: 120, top: 10, width: 10, height: 10 });
    index.add({ id: 'far', left: 900, top: 900, width: 10, height: 10 });
    const seen: string[] = [];
    index.near({ left: 100, top: 0, width: 200, height: 30 }, 0, (item) => void seen.push(item.id));
    expect(seen.sort()).toEqual(['small', 'wide']);
    expect(index.near({ left: 880, top: 880, width: 5, height: 5 }, 20, (item) => item.id === 'far')).toBe(true);
  });
});

describe('a chip with a narrower size', () => {
  it('is set narrower where its usual size finds no spot, and keeps its usual size where there is room', () => {
    // A tall chip fills the left 360 px of the bottom-left quadrant; the 134 px left beside it are too narrow for the
    // new note's usual width, even reaching a little over the midline as a chip on its point may.
    const first = chip('first', 0, 400, 360, 200);
    const late = { ...chip('late', 420, 300, 300, 60), narrow: { width: 150, height: 100 } };
    const [, placed] = spreadChips([first, late], area, 6);
    expect(placed).toMatchObject({ dot: false, narrowed: true, width: 150, height: 100 });
    const [alone] = spreadChips([late], area, 6);
    expect(alone).toMatchObject({ dot: false, width: 300, height: 60 });
    expect(alone?.narrowed).toBeFalsy();
  });
});
