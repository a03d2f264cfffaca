import { describe, expect, it } from 'vitest';
import { foldWarning } from '../../../renderer/control/preview/foldSummary';

describe('the control window’s fold warning', () => {
  it('says nothing when the projector shows everything', () => {
    expect(foldWarning([])).toBeNull();
    expect(foldWarning([{ noun: 'notes', shown: 12, total: 12 }])).toBeNull();
  });

  it('says how many are shown and how many are folded', () => {
    expect(foldWarning([{ noun: 'notes', shown: 24, total: 60 }])).toBe('The projector shows 24 of 60 notes; 36 are folded.');
    expect(foldWarning([{ noun: 'notes', shown: 9, total: 10 }])).toBe('The projector shows 9 of 10 notes; 1 is folded.');
  });

  it('adds up the boxes of one kind (sort columns)', () => {
    const columns = [
      { noun: 'notes', shown: 5, total: 8 },
      { noun: 'notes', shown: 7, total: 7 },
    ];
    expect(foldWarning(columns)).toBe('The projector shows 12 of 15 notes; 3 are folded.');
  });

  it('says so when a map is too crowded in one place to give every note its words', () => {
    expect(foldWarning([{ noun: 'notes', shown: 7, total: 9, how: 'dots' }])).toBe(
      'The projector shows 7 of 9 notes in full; 2 are only a dot, with no room for the words there.',
    );
    expect(foldWarning([{ noun: 'notes', shown: 8, total: 9, how: 'dots' }])).toBe('The projector shows 8 of 9 notes in full; 1 is only a dot, with no room for the words there.');
  });
});
