import { cardChromeWidth, cardHeight } from './cardGeometry';
import { REFERENCE_PX } from './noteEstimate';
import type { MeasureText } from './noteEstimate';

/**
 * The canvas may say a text is a little wider than the page draws it; widths are taken this much narrower, so the
 * count below errs towards drawing more notes, never fewer.
 */
const NARROWER = 0.95;

/** What `notesToDraw` needs: the notes' texts and the box they are fitted in, at the legibility floor. */
export interface NotesToDrawInput {
  /** How many notes there are; `textOf(0)` is the newest, `textOf(count - 1)` the oldest. */
  count: number;
  textOf: (newestFirst: number) => string;
  /** Size in px of the box the notes are fitted in. */
  areaWidth: number;
  areaHeight: number;
  /** The legibility floor, px: no note is ever drawn smaller. */
  floor: number;
  measure: MeasureText;
}

/**
 * How many of the newest notes the projector must draw to show what it would show with every note drawn: all of
 * them, or, once the newest ones' cards at the floor (each at least one line, and as wide as its text or the box)
 * cover more than the box, that many. Those cannot all show, so the fit lands on the floor and folds from the
 * oldest drawn one, exactly as it would with the older notes drawn too; the notes left out are counted in the
 * "+N earlier notes" line. A discussion of 2,000 notes is then laid out as a few dozen cards, not 2,000.
 */
export function notesToDraw({ count, textOf, areaWidth, areaHeight, floor, measure }: NotesToDrawInput): number {
  const boxArea = areaWidth * areaHeight;
  if (!(boxArea > 0)) return count;
  const rowHeight = cardHeight(1, floor);
  const chrome = cardChromeWidth(floor);
  let covered = 0;
  for (let drawn = 1; drawn <= count; drawn++) {
    const textWidth = (measure(textOf(drawn - 1)) * floor * NARROWER) / REFERENCE_PX;
    covered += Math.min(areaWidth, textWidth + chrome) * rowHeight;
    if (covered > boxArea) return drawn;
  }
  return count;
}
