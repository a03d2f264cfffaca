/**
 * A pure estimate of how the discussion's note cards flow, for the fit engine (applyFit.ts) to start its search
 * near the answer instead of laying out a thousand notes a dozen times. No DOM here: text widths come from a
 * `measure` function, so the same code runs in the browser (canvas) and in unit tests (a fixed table of widths).
 *
 * The estimate runs the engine's own searches (searchFit.ts: the same size steps, the same fold search) over a
 * model of the page: cards that flow in rows (`flex-wrap`), each as wide as its text up to the full width,
 * wrapping inside when wider, with the geometry of cardGeometry.ts, which the CSS draws with. The page then
 * checks the real layout from there; the estimate never decides on its own.
 */

import { CARD, cardChromeWidth, cardHeight } from './cardGeometry';
import { legibleFloorPx } from './legibility';
import { fewestFolded, largestFitting } from './searchFit';

/** Font size at which `measure` reports widths. */
export const REFERENCE_PX = 100;

/** Width in px of a piece of text set at REFERENCE_PX in the note font. */
export type MeasureText = (text: string) => number;

/** The estimate takes text a hair wider than the canvas says (the page rounds widths to 1/64 px), so it errs towards less. */
const WIDTH_SLACK = 1.001;
/** Extra px per card for the same reason. */
const CARD_SLACK_PX = 0.25;

/**
 * Note text size limits for a projected screen of `width`×`height` px.
 * Floor (issue #5's legibility rule): note text is never smaller than 1/30 of the screen height, nor than
 * 18 px — 24 px on a 1280×720 projector, 36 px at 1920×1080.
 * Ceiling: min(5.5 % of the height, 3.6 % of the width) (below the prompt's size), never below the floor.
 */
export function noteSizeBounds(width: number, height: number): { min: number; max: number } {
  const min = legibleFloorPx(height);
  const max = Math.max(min, Math.min(height * 0.055, width * 0.036));
  return { min, max };
}

/**
 * Height of the notes box below which a long prompt may be cut to a few lines
 * (about three rows of notes at the floor size): under it the notes would all but vanish.
 */
export function minNotesAreaHeight(viewportHeight: number): number {
  const floor = noteSizeBounds(0, viewportHeight).min;
  return Math.round(3 * cardHeight(1, floor) + 2 * CARD.gap * floor);
}

/** Everything the planner needs to know. */
export interface NoteFitInput {
  /** The projected notes' texts, oldest first. */
  texts: readonly string[];
  /** Size in px of the box the notes must fit in. */
  areaWidth: number;
  areaHeight: number;
  /** The window's size, for the size limits. */
  viewportWidth: number;
  viewportHeight: number;
  /** Height taken by the "+N earlier notes" line, its margin included, when it shows. */
  moreHeight: number;
  measure: MeasureText;
  /** Never use a size above this (for a caller that knows the page came out taller than estimated). */
  sizeCap?: number;
  /** Fold at least this many of the oldest notes (same reason). */
  minHidden?: number;
}

/** The chosen layout. */
export interface NotePlan {
  /** Note text size in px; never below the floor. */
  size: number;
  /** How many of the oldest notes are folded into "+N earlier notes". */
  hidden: number;
  /** Lines each note is cut to, or null when every shown note shows its whole text. */
  clampLines: number | null;
  /** Estimated height of the shown notes (without the "+N" line), px. */
  height: number;
  /** Estimated number of rows of cards. */
  rows: number;
}

/** One note as the estimate lays it out. */
export interface NoteBoxEstimate {
  /** Outer width of the card, px (before the row shares out its spare room). */
  width: number;
  lines: number;
  /** Outer height of the card, px. */
  height: number;
}

/** The estimated layout of some notes at one size. */
export interface LayoutEstimate {
  notes: NoteBoxEstimate[];
  rows: number;
  /** Total height of the rows and the gaps between them, px. */
  height: number;
}

/** A note's words measured once, at REFERENCE_PX; every size tried scales these. */
interface MeasuredNote {
  /** Word widths of each paragraph (the note's own line breaks). */
  paragraphs: number[][];
  /** Width of the widest paragraph on one line. */
  widest: number;
  space: number;
}

/** Measures words once per planning run (the same words come back in many notes). */
function cachedMeasure(measure: MeasureText): MeasureText {
  const cache = new Map<string, number>();
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      width = measure(text);
      cache.set(text, width);
    }
    return width;
  };
}

function measureNote(text: string, measure: MeasureText): MeasuredNote {
  const space = measure(' ');
  const paragraphs = text.split('\n').map((line) => line.split(' ').map((word) => (word === '' ? 0 : measure(word))));
  let widest = 0;
  for (const words of paragraphs) {
    let width = space * Math.max(0, words.length - 1);
    for (const word of words) width += word;
    widest = Math.max(widest, width);
  }
  return { paragraphs, widest, space };
}

/**
 * Lines one paragraph takes in a line `width` px wide, breaking at spaces and,
 * for a word too long for a line, anywhere. Widths are at REFERENCE_PX, times `scale`.
 */
function paragraphLines(words: readonly number[], space: number, scale: number, width: number, size: number): number {
  // A hair of tolerance: the natural width is summed in another order and must still fit on one line.
  const lineWidth = width + 1e-6;
  // A word broken anywhere wastes up to one character per line; assume a wide one.
  const usable = Math.max(lineWidth - 0.7 * size, lineWidth * 0.5);
  const gap = space * scale;
  let lines = 1;
  let x = 0;
  for (const measured of words) {
    const word = measured * scale;
    if (x > 0 && x + gap + word <= lineWidth) {
      x += gap + word;
      continue;
    }
    if (x > 0) lines++;
    if (word <= lineWidth) {
      x = word;
      continue;
    }
    const pieces = Math.ceil(word / usable);
    lines += pieces - 1;
    x = word - (pieces - 1) * usable;
  }
  return lines;
}

function boxAt(note: MeasuredNote, size: number, areaWidth: number, clampLines: number | null): NoteBoxEstimate {
  const scale = (size / REFERENCE_PX) * WIDTH_SLACK;
  const chrome = cardChromeWidth(size);
  const width = Math.min(areaWidth, note.widest * scale + chrome + CARD_SLACK_PX);
  const lineWidth = Math.max(1, width - chrome - CARD_SLACK_PX);
  let wrapped = 0;
  for (const words of note.paragraphs) wrapped += paragraphLines(words, note.space, scale, lineWidth, size);
  const lines = clampLines === null ? wrapped : Math.min(wrapped, clampLines);
  return { width, lines, height: cardHeight(lines, size) };
}

/** The notes a layout is estimated for: how many, and the measured note at each position (measured when first asked for). */
interface MeasuredNotes {
  count: number;
  at: (index: number) => MeasuredNote;
}

function layoutAt(notes: MeasuredNotes, size: number, areaWidth: number, clampLines: number | null, stopAbove: number): LayoutEstimate {
  const gap = CARD.gap * size;
  const boxes: NoteBoxEstimate[] = [];
  let rows = 0;
  let height = 0;
  let rowWidth = 0;
  let rowHeight = 0;
  for (let index = 0; index < notes.count; index++) {
    const box = boxAt(notes.at(index), size, areaWidth, clampLines);
    boxes.push(box);
    if (rows > 0 && rowWidth + gap + box.width <= areaWidth) {
      rowWidth += gap + box.width;
      rowHeight = Math.max(rowHeight, box.height);
      continue;
    }
    if (rows > 0) height += rowHeight + gap;
    if (height > stopAbove) return { notes: boxes, rows, height };
    rows++;
    rowWidth = box.width;
    rowHeight = box.height;
  }
  return { notes: boxes, rows, height: height + rowHeight };
}

/**
 * The notes of `texts`, each measured the first time a layout reaches it:
 * layouts stop once they pass the box's height, so with many notes only the
 * first and the newest few are ever measured, not all of them on every change.
 */
function lazilyMeasured(texts: readonly string[], measure: MeasureText): { all: MeasuredNotes; newest: (count: number) => MeasuredNotes } {
  const measured: (MeasuredNote | undefined)[] = [];
  const at = (index: number): MeasuredNote => (measured[index] ??= measureNote(texts[index] ?? '', measure));
  return {
    all: { count: texts.length, at },
    newest: (count) => ({ count, at: (index) => at(texts.length - count + index) }),
  };
}

/** Estimates one note's card at `size` in a box `areaWidth` px wide. */
export function estimateNote(text: string, size: number, areaWidth: number, measure: MeasureText, clampLines: number | null = null): NoteBoxEstimate {
  return boxAt(measureNote(text, measure), size, areaWidth, clampLines);
}

/**
 * Lays notes out in rows the way the page's flex-wrap does: a card goes on the
 * current row if it fits after a gap, otherwise it starts a new row; a row is
 * as tall as its tallest card. Stops early once `stopAbove` px is passed.
 */
export function estimateLayout(
  texts: readonly string[],
  size: number,
  areaWidth: number,
  measure: MeasureText,
  clampLines: number | null = null,
  stopAbove = Number.POSITIVE_INFINITY,
): LayoutEstimate {
  return layoutAt(lazilyMeasured(texts, cachedMeasure(measure)).all, size, areaWidth, clampLines, stopAbove);
}

/**
 * Estimates how the notes are projected: the largest of the engine's sizes (between the floor and the ceiling of
 * noteSizeBounds) at which every note shows its whole text. Only when even the floor is too big for all of them
 * are the oldest folded into "+N earlier notes" (the newest always show, in full), as few as the search finds.
 * Only when the newest note alone cannot fit at the floor is it cut to the lines there is room for.
 */
export function planNoteLayout(input: NoteFitInput): NotePlan {
  const { texts, areaWidth, areaHeight, moreHeight } = input;
  const notes = lazilyMeasured(texts, cachedMeasure(input.measure));
  const { min: floor, max } = noteSizeBounds(input.viewportWidth, input.viewportHeight);
  const minHidden = Math.min(Math.max(0, input.minHidden ?? 0), Math.max(0, texts.length - 1));
  const top = Math.max(floor, Math.min(max, input.sizeCap ?? max));
  if (texts.length === 0) return { size: top, hidden: 0, clampLines: null, height: 0, rows: 0 };

  if (minHidden === 0) {
    const size = largestFitting(floor, top, (candidate) => layoutAt(notes.all, candidate, areaWidth, null, areaHeight).height <= areaHeight);
    if (size !== null) {
      const layout = layoutAt(notes.all, size, areaWidth, null, areaHeight);
      return { size, hidden: 0, clampLines: null, height: layout.height, rows: layout.rows };
    }
  }

  // At the floor: show as many of the newest notes as fit under the "+N earlier notes" line.
  const room = areaHeight - moreHeight;
  const newest = (count: number) => layoutAt(notes.newest(count), floor, areaWidth, null, room);
  const hiddenThatFits = fewestFolded(texts.length, (hidden) => hidden >= minHidden && newest(texts.length - hidden).height <= room);
  if (hiddenThatFits !== null) {
    const layout = newest(texts.length - hiddenThatFits);
    return { size: floor, hidden: hiddenThatFits, clampLines: null, height: layout.height, rows: layout.rows };
  }

  // Last resort: the newest note alone is too long for the screen at the floor size; cut it to the lines that fit.
  const hidden = texts.length - 1;
  const height = hidden > 0 ? room : areaHeight;
  const chromeY = cardHeight(0, floor);
  const clampLines = Math.max(1, Math.floor((height - chromeY) / (CARD.lineHeight * floor)));
  const layout = layoutAt(notes.newest(texts.length - hidden), floor, areaWidth, clampLines, Number.POSITIVE_INFINITY);
  return { size: floor, hidden, clampLines, height: layout.height, rows: layout.rows };
}
