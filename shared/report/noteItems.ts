import type { Note } from '../session/types';
import { blockText, bulletItem, inlineText, numberedItem } from './markdownText';
import { HIDDEN_MARK } from './reportFormat';

/** Stands in for a note whose text is empty once invisible characters are dropped. */
const EMPTY_NOTE = '*(no text)*';

/** What follows a note's text: the name the facilitator added, an extra detail, and the hidden mark. */
function noteSuffix(note: Note, detail: string): string {
  const name = note.attribution ? inlineText(note.attribution) : '';
  return `${name ? ` — ${name}` : ''}${detail}${note.hidden ? HIDDEN_MARK : ''}`;
}

/** A note as a bullet: its text, then " — Name" only if the facilitator added one, then the hidden mark. */
export function noteBullet(note: Note, detail = ''): string {
  const text = blockText(note.text, '  ');
  return text ? bulletItem(note.text, noteSuffix(note, detail)) : `- ${EMPTY_NOTE}${noteSuffix(note, detail)}`;
}

/** A note as a numbered item, for ordered lists (a 1-D map). */
export function noteNumbered(number: number, note: Note, detail = ''): string {
  const text = blockText(note.text);
  return text ? numberedItem(number, note.text, noteSuffix(note, detail)) : `${number}. ${EMPTY_NOTE}${noteSuffix(note, detail)}`;
}

/** Notes as a bullet list, one block. */
export function noteList(notes: readonly Note[]): string {
  return notes.map((note) => noteBullet(note)).join('\n');
}
