import { REFERENCE_PX } from './noteEstimate';
import type { MeasureText } from './noteEstimate';

let canvasContext: CanvasRenderingContext2D | null = null;
/** The font last set on the shared context (only this module sets it). */
let contextFont = '';
/** Widths by font, then by text: a fit asks for every word of every drawn note, and most came back from the last fit. */
const widthsByFont = new Map<string, Map<string, number>>();
/** Most widths kept in all; past it they are dropped and measured again as they come back. */
const MAX_KEPT = 20_000;
let kept = 0;

/**
 * Measures text with a canvas in `sample`'s font, at REFERENCE_PX; widths are kept, as the same words come back.
 * They are kept per font and looked up by the text alone: a key joining font and text was built, and hashed, on
 * every call (about a fifth of what a note cost the projector's fit in a stream into a crowded discussion).
 */
export function canvasMeasure(sample: Element): MeasureText {
  const style = getComputedStyle(sample);
  const font = `${style.fontStyle} ${style.fontWeight} ${REFERENCE_PX}px ${style.fontFamily}`;
  canvasContext ??= document.createElement('canvas').getContext('2d');
  const context = canvasContext;
  if (!context) return (text) => text.length * 0.6 * REFERENCE_PX;
  if (kept > MAX_KEPT) {
    widthsByFont.clear();
    kept = 0;
  }
  let widths = widthsByFont.get(font);
  if (!widths) widthsByFont.set(font, (widths = new Map<string, number>()));
  const known = widths;
  return (text) => {
    let width = known.get(text);
    if (width === undefined) {
      // The context is shared: another measure may have set its own font since this one was made.
      if (contextFont !== font) {
        context.font = font;
        contextFont = font;
      }
      width = context.measureText(text).width;
      known.set(text, width);
      kept += 1;
    }
    return width;
  };
}
