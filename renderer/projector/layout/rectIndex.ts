/** A rectangle, px from the top-left of its area. */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Rectangles filed by the square cells of a grid they touch, so that "what lies near here" looks at a few cells
 * instead of every rectangle placed so far. The map's chip placement asks that question hundreds of times per chip;
 * scanning a list made placing a crowded map cost the square of its notes (240 chips took a minute).
 */
export class RectIndex<T extends Rect> {
  /** Per cell, the numbers of the items that touch it. */
  private readonly cells = new Map<number, number[]>();
  private readonly items: T[] = [];
  /** Per item, the number of the last query that returned it, so an item in several cells is returned once. */
  private readonly seenBy: number[] = [];
  private query = 0;

  /** `cellSize` px squares; about the height of what is filed keeps each query to a handful of cells. */
  constructor(private readonly cellSize: number) {}

  /** Files a rectangle (and returns it). */
  add(item: T): T {
    const number = this.items.length;
    this.items.push(item);
    this.seenBy.push(0);
    this.forEachCell(item, 0, (key) => {
      const cell = this.cells.get(key);
      if (cell) cell.push(number);
      else this.cells.set(key, [number]);
    });
    return item;
  }

  /** Every rectangle filed, in the order they were added. */
  all(): readonly T[] {
    return this.items;
  }

  /**
   * Calls `visit` once for each filed rectangle that may come within `margin` px of `area` (some further away may be
   * visited too; callers test the geometry themselves). Stops early, returning true, when `visit` returns true.
   */
  near(area: Rect, margin: number, visit: (item: T) => boolean | void): boolean {
    this.query += 1;
    const query = this.query;
    const size = this.cellSize;
    const fromX = Math.floor((area.left - margin) / size);
    const toX = Math.floor((area.left + area.width + margin) / size);
    const fromY = Math.floor((area.top - margin) / size);
    const toY = Math.floor((area.top + area.height + margin) / size);
    for (let x = fromX; x <= toX; x++) {
      for (let y = fromY; y <= toY; y++) {
        const cell = this.cells.get(x * 65_536 + y);
        if (!cell) continue;
        for (const number of cell) {
          if (this.seenBy[number] === query) continue;
          this.seenBy[number] = query;
          if (visit(this.items[number] as T) === true) return true;
        }
      }
    }
    return false;
  }

  private forEachCell(area: Rect, margin: number, visit: (key: number) => void): void {
    const size = this.cellSize;
    const fromX = Math.floor((area.left - margin) / size);
    const toX = Math.floor((area.left + area.width + margin) / size);
    const fromY = Math.floor((area.top - margin) / size);
    const toY = Math.floor((area.top + area.height + margin) / size);
    for (let x = fromX; x <= toX; x++) for (let y = fromY; y <= toY; y++) visit(x * 65_536 + y);
  }
}
