import { describe, expect, it } from 'vitest';
import { sameValue } from '../../../shared/util/sameValue';

describe('sameValue', () => {
  it('compares JSON-like content, not references', () => {
    const note = { id: 'a', text: 'x', position: null };
    expect(sameValue({ notes: [note], n: 1 }, { notes: [{ ...note }], n: 1 })).toBe(true);
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameValue({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
    expect(sameValue({ a: { b: 'x' } }, { a: { b: 'y' } })).toBe(false);
    expect(sameValue({ a: null }, { a: {} })).toBe(false);
    expect(sameValue([], {})).toBe(false);
    expect(sameValue({ a: 1 }, { b: 1 })).toBe(false);
    expect(sameValue(null, null)).toBe(true);
    expect(sameValue('1', 1)).toBe(false);
  });
});
