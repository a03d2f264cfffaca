import { describe, expect, it } from 'vitest';
import { layoutItems, totalHeight, visibleRange, windowPieces } from '../../../renderer/ui/windowRange';
import type { WindowPiece } from '../../../renderer/ui/windowRange';

/** Heights drawn: what a flex column with `gap` would take for the pieces (each spacer counted as one box). */
function drawnHeight(pieces: WindowPiece[], sizeOf: (index: number) => number, gap: number): number {
  const boxes = pieces.map((piece) => (piece.kind === 'item' ? sizeOf(piece.index) : piece.height));
  return boxes.reduce((sum, box) => sum + box, 0) + gap * Math.max(0, boxes.length - 1);
}

describe('windowed list arithmetic', () => {
  const sizeOf = (index: number): number => 40 + (index % 3) * 10;
  const layout = layoutItems(1000, sizeOf, 6);

  it('places items one after another with the gap between them', () => {
    expect(layout.startOf(0)).toBe(0);
    expect(layout.startOf(1)).toBe(46);
    expect(layout.startOf(2)).toBe(46 + 56);
    expect(totalHeight(layoutItems(2, () => 10, 6))).toBe(26);
    expect(totalHeight(layoutItems(0, () => 10, 6))).toBe(0);
  });

  it('finds the items the viewport shows, widened by the overscan', () => {
    expect(visibleRange(layout, 0, 100, 0)).toEqual({ first: 0, last: 1 });
    expect(visibleRange(layout, 0, 103, 0)).toEqual({ first: 0, last: 2 });
    // Item 1 spans 46..96; a viewport starting at 95 still shows its last pixel.
    expect(visibleRange(layout, 95, 10, 0)?.first).toBe(1);
    expect(visibleRange(layout, 96, 10, 0)?.first).toBe(2);
    const wide = visibleRange(layout, 5000, 500, 200)!;
    expect(layout.startOf(wide.first + 1) - 6).toBeGreaterThan(4800);
    expect(layout.startOf(wide.first) - 6).toBeLessThanOrEqual(4800);
    expect(layout.startOf(wide.last)).toBeLessThan(5700);
    expect(layout.startOf(wide.last + 1)).toBeGreaterThanOrEqual(5700);
    expect(visibleRange(layoutItems(0, sizeOf, 6), 0, 100, 0)).toBeNull();
  });

  it('keeps the end of the list when scrolled past it', () => {
    expect(visibleRange(layout, 1e9, 500, 0)).toEqual({ first: 999, last: 999 });
  });

  it('stands spacers in for what is left out, so the drawn height equals the whole list', () => {
    const pieces = windowPieces(layout, { first: 400, last: 420 }, []);
    expect(pieces[0]).toMatchObject({ kind: 'spacer' });
    expect(pieces.at(-1)).toMatchObject({ kind: 'spacer' });
    expect(pieces.filter((piece) => piece.kind === 'item')).toHaveLength(21);
    expect(drawnHeight(pieces, sizeOf, 6)).toBe(totalHeight(layout));
  });

  it('keeps a focused item drawn far from the viewport, in its place', () => {
    const pieces = windowPieces(layout, { first: 400, last: 420 }, [10]);
    const kinds = pieces.map((piece) => (piece.kind === 'item' ? piece.index : 'spacer'));
    expect(kinds.slice(0, 3)).toEqual(['spacer', 10, 'spacer']);
    expect(drawnHeight(pieces, sizeOf, 6)).toBe(totalHeight(layout));
    const atStart = windowPieces(layout, { first: 0, last: 3 }, [999]);
    expect(atStart.map((piece) => (piece.kind === 'item' ? piece.index : 'spacer'))).toEqual([0, 1, 2, 3, 'spacer', 999]);
    expect(drawnHeight(atStart, sizeOf, 6)).toBe(totalHeight(layout));
  });
});
