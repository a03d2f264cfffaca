import { describe, expect, it } from 'vitest';
import { cardChromeWidth, cardHeight } from '../../../renderer/projector/fit/cardGeometry';
import { REFERENCE_PX } from '../../../renderer/projector/fit/noteEstimate';
import type { MeasureText } from '../../../renderer/projector/fit/noteEstimate';
import { notesToDraw } from '../../../renderer/projector/fit/notesToDraw';

/** Every character 60 px wide at 100 px: a plain, slightly wide sans-serif. */
const measure: MeasureText = (text) => text.length * 60;
const FLOOR = 36;
/** The notes box of a 1920×1080 projector with many notes (measured in Chromium). */
const BOX = { areaWidth: 1805, areaHeight: 832 };

const notes = (count: number, text: (i: number) => string) => Array.from({ length: count }, (_, i) => text(i));
const input = (texts: readonly string[]) => ({ count: texts.length, textOf: (i: number) => texts[texts.length - 1 - i] ?? '', ...BOX, floor: FLOOR, measure });

/** The area the `n` newest cards cover at the floor, each one line and at most the box's width, as drawn by the CSS. */
function coveredByNewest(texts: readonly string[], n: number): number {
  return texts
    .slice(texts.length - n)
    .reduce((sum, text) => sum + Math.min(BOX.areaWidth, (measure(text) * FLOOR) / REFERENCE_PX + cardChromeWidth(FLOOR)) * cardHeight(1, FLOOR), 0);
}

describe('how many of the newest notes the projector draws', () => {
  it('draws every note while they could all show', () => {
    const few = notes(12, (i) => `Idea ${i}: more trust`);
    expect(notesToDraw(input(few))).toBe(12);
  });

  it('draws a few dozen of 2,000 notes: enough that they cannot all show at the floor, and no more', () => {
    const crowded = notes(2000, (i) => `Burst note ${i + 1} from a phone in the room`);
    const drawn = notesToDraw(input(crowded));
    expect(drawn).toBeLessThan(100);
    // The drawn notes' cards cover more than the box even at the floor, so some of them fold, as with all drawn...
    expect(coveredByNewest(crowded, drawn)).toBeGreaterThan(BOX.areaWidth * BOX.areaHeight);
    // ...and one fewer might all show (with widths taken a little narrower than measured, to err towards more).
    expect(coveredByNewest(crowded, drawn - 1) * 0.95).toBeLessThanOrEqual(BOX.areaWidth * BOX.areaHeight);
  });

  it('draws more of short notes than of long ones, and a long note counts as the whole width', () => {
    const short = notes(2000, () => 'Yes');
    const long = notes(2000, (i) => `${'A very long note that wraps across the whole width of the projected screen '.repeat(3)}${i}`);
    expect(notesToDraw(input(short))).toBeGreaterThan(notesToDraw(input(notes(2000, (i) => `Burst note ${i + 1} from a phone in the room`))));
    expect(notesToDraw(input(long))).toBe(Math.floor(BOX.areaHeight / cardHeight(1, FLOOR)) + 1);
  });

  it('draws everything when the box has not been laid out', () => {
    expect(notesToDraw({ ...input(notes(500, () => 'x')), areaWidth: 0 })).toBe(500);
  });
});
