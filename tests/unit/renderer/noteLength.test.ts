import { describe, expect, it } from 'vitest';
import { describeNoteLength, isTooLong, noteLength, tooLongMessage } from '../../../renderer/control/notes/noteLength';
import { MAX_NOTE_LENGTH } from '../../../shared/session/types';

describe('note length counter', () => {
  it('stays out of the way until the text nears the limit', () => {
    expect(describeNoteLength(0).show).toBe(false);
    expect(describeNoteLength(1_799).show).toBe(false);
    expect(describeNoteLength(1_800)).toEqual({ show: true, over: false, text: '1,800 / 2,000' });
    expect(describeNoteLength(2_000)).toEqual({ show: true, over: false, text: '2,000 / 2,000' });
  });

  it('says in words when the text is too long for one note', () => {
    expect(describeNoteLength(2_140)).toEqual({ show: true, over: true, text: '2,140 / 2,000 — too long for one note' });
  });

  it('counts as the host does: the spaces around the text are trimmed away', () => {
    const exact = 'x'.repeat(MAX_NOTE_LENGTH);
    expect(noteLength(`  ${exact}  `)).toBe(MAX_NOTE_LENGTH);
    expect(isTooLong(`  ${exact}  `)).toBe(false);
    expect(isTooLong(`${exact}y`)).toBe(true);
  });

  it('explains the refusal with both numbers and what to do', () => {
    expect(tooLongMessage(3_000)).toBe('A note can be at most 2,000 characters; this one has 3,000. Shorten it or split it into two notes.');
  });
});
