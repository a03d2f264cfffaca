import { MAX_NOTE_LENGTH } from '../../../shared/session/types';

/** The counter appears this many characters before the limit. */
export const NOTE_COUNTER_MARGIN = 200;

const count = new Intl.NumberFormat('en-US');

/** A note's length as the host counts it: without the spaces around it, which it trims. */
export function noteLength(text: string): number {
  return text.trim().length;
}

/** Whether the host would refuse this text as too long for one note. */
export function isTooLong(text: string, max: number = MAX_NOTE_LENGTH): boolean {
  return noteLength(text) > max;
}

/** What the length counter under a note box says, if anything. */
export interface NoteLengthView {
  /** Whether the counter shows at all (near or over the limit). */
  show: boolean;
  /** Whether the text is longer than one note may be. */
  over: boolean;
  /** "1,850 / 2,000", or "2,140 / 2,000 — too long for one note". */
  text: string;
}

/** Describes a note's length against the limit, for the live counter. */
export function describeNoteLength(length: number, max: number = MAX_NOTE_LENGTH): NoteLengthView {
  const over = length > max;
  const show = length >= max - NOTE_COUNTER_MARGIN;
  const ratio = `${count.format(length)} / ${count.format(max)}`;
  return { show, over, text: over ? `${ratio} — too long for one note` : ratio };
}

/** Why an over-long note was not sent, and what to do about it. */
export function tooLongMessage(length: number, max: number = MAX_NOTE_LENGTH): string {
  return `A note can be at most ${count.format(max)} characters; this one has ${count.format(length)}. Shorten it or split it into two notes.`;
}
