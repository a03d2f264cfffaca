import { REFERENCE_PX } from './noteEstimate';
import type { MeasureText } from './noteEstimate';

let canvasContext: CanvasRenderingContext2D | null = null;
const widthCache = new Map<string, number>();

/** Measures text with a canvas in `sample`'s font, at REFERENCE_PX; widths are kept, as the same words come back. */
export function canvasMeasure(sample: Element): MeasureText {
  const style = getComputedStyle(sample);
  const font = `${style.fontStyle} ${style.fontWeight} ${REFERENCE_PX}px ${style.fontFamily}`;
  canvasContext ??= document.createElement('canvas').getContext('2d');
  const context = canvasContext;
  if (!context) return (text) => text.length * 0.6 * REFERENCE_PX;
  context.font = font;
  if (widthCache.size > 20_000) widthCache.clear();
  return (text) => {
    const key = `${font}\u0000${text}`;
    let width = widthCache.get(key);
    if (width === undefined) {
      width = context.measureText(text).width;
      widthCache.set(key, width);
    }
    return width;
  };
}
