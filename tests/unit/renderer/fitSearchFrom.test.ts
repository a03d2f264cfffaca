import { describe, expect, it } from 'vitest';
import { fewestFolded, largestFitting, lastHolding, sizeSteps } from '../../../renderer/projector/fit/searchFit';
import { planNoteLayout } from '../../../renderer/projector/fit/noteEstimate';

/** A monotonic check that counts how often it was asked (each ask is a page layout in the real fit). */
function counted<T>(holds: (value: T) => boolean): { holds: (value: T) => boolean; calls: () => number } {
  let calls = 0;
  return {
    holds: (value) => {
      calls++;
      return holds(value);
    },
    calls: () => calls,
  };
}

describe('lastHolding', () => {
  it('finds the same answer from any starting point as a plain scan, for every threshold', () => {
    for (let n = 0; n <= 12; n++) {
      for (let threshold = -1; threshold < n; threshold++) {
        const holds = (index: number) => index <= threshold;
        expect(lastHolding(n, holds)).toBe(threshold);
        for (let from = -2; from <= n + 2; from++) expect(lastHolding(n, holds, from)).toBe(threshold);
      }
    }
  });

  it('needs two checks when the answer is where it starts, and a few when it moved by one', () => {
    for (const [from, threshold, most] of [
      [500, 500, 2],
      [500, 499, 2],
      [500, 501, 4],
    ] as const) {
      const check = counted((index: number) => index <= threshold);
      expect(lastHolding(1000, check.holds, from)).toBe(threshold);
      expect(check.calls()).toBeLessThanOrEqual(most);
    }
  });
});

describe('largestFitting from last time', () => {
  it('lands on the same size as a fresh search, on the precision grid above the floor', () => {
    expect(sizeSteps(24, 26)).toEqual([24, 24.5, 25, 25.5, 26]);
    expect(sizeSteps(24, 25.2)).toEqual([24, 24.5, 25, 25.2]);
    expect(sizeSteps(36, 30)).toEqual([36]);
    for (const limit of [23, 24, 24.2, 31.7, 41.3, 59.9, 60, 70]) {
      const fits = (size: number) => size <= limit;
      const fresh = largestFitting(24, 60, fits);
      for (const from of [null, 18, 24, 30, 41, 41.5, 60, 80]) expect(largestFitting(24, 60, fits, from)).toBe(fresh);
      if (fresh !== null) {
        expect(fresh).toBeLessThanOrEqual(limit);
        expect(fresh).toBeGreaterThan(Math.min(limit, 60) - 0.5);
      }
    }
  });
});

describe('fewestFolded from last time', () => {
  it('folds the same number as a fresh search, from any starting point', () => {
    for (const count of [0, 1, 2, 3, 10, 37]) {
      for (let needed = 0; needed <= count + 1; needed++) {
        const fits = (folded: number) => folded >= needed;
        const fresh = fewestFolded(count, fits);
        for (let from = -1; from <= count + 1; from++) expect(fewestFolded(count, fits, from)).toBe(fresh);
      }
    }
  });

  it('checks only a few fold counts when one more note needs one more fold (a thousand notes, not a dozen layouts)', () => {
    const check = counted((folded: number) => folded >= 981);
    expect(fewestFolded(1001, check.holds, 980)).toBe(981);
    expect(check.calls()).toBeLessThanOrEqual(2);
    const fresh = counted((folded: number) => folded >= 981);
    expect(fewestFolded(1001, fresh.holds)).toBe(981);
    expect(fresh.calls()).toBeGreaterThan(5);
  });
});

describe('planNoteLayout with a thousand notes', () => {
  it('measures only the notes a layout can reach (the first rows and the newest), not all of them on every change', () => {
    const texts = Array.from({ length: 1000 }, (_, i) => `Note-${i + 1}`);
    const measured = new Set<string>();
    const plan = planNoteLayout({
      texts,
      areaWidth: 1203,
      areaHeight: 554,
      viewportWidth: 1280,
      viewportHeight: 720,
      moreHeight: 40,
      measure: (text) => {
        measured.add(text);
        return text.length * 60;
      },
    });
    expect(plan.hidden, 'most of a thousand notes fold').toBeGreaterThan(900);
    expect(plan.size, 'at the floor, 1/30 of 720 px').toBe(24);
    expect(measured.size).toBeLessThan(500);
  });
});
