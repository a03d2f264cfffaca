import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../shared/util/deepFreeze';
import { applyJsonPatch, diffJson } from '../../../shared/util/jsonPatch';

const json = fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.parse(JSON.stringify(value)) as unknown);

describe('JSON patches between two views', () => {
  it('applying the diff of any two JSON values gives the second, and leaves the first unchanged (fast-check)', () => {
    fc.assert(
      fc.property(json, json, (before, after) => {
        // Keys that would reach a prototype are refused by design (the page then asks for the whole view): see below.
        fc.pre(!/"(__proto__|constructor|prototype)":/.test(JSON.stringify([before, after])));
        const frozen = JSON.stringify(before);
        const ops = diffJson(before, after);
        expect(ops).not.toBeNull();
        expect(applyJsonPatch(before, ops ?? [])).toEqual(after);
        expect(JSON.stringify(before)).toBe(frozen);
      }),
      { numRuns: 500 },
    );
  });

  it('with freeze, a frozen value stays frozen all through once patched, and the same as without (fast-check)', () => {
    const frozenAllThrough = (value: unknown): boolean => typeof value !== 'object' || value === null || (Object.isFrozen(value) && Object.values(value).every(frozenAllThrough));
    fc.assert(
      fc.property(json, json, (before, after) => {
        fc.pre(!/"(__proto__|constructor|prototype)":/.test(JSON.stringify([before, after])));
        const ops = JSON.parse(JSON.stringify(diffJson(before, after) ?? [])) as Parameters<typeof applyJsonPatch>[1];
        const patched = applyJsonPatch(deepFreeze(before), ops, { freeze: true });
        expect(patched).toEqual(after);
        expect(frozenAllThrough(patched)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a note added to a crowded board is a few small changes, and everything else keeps its identity', () => {
    const notes = Array.from({ length: 1000 }, (_, i) => ({ id: `n${i}`, text: `Note ${i}` }));
    const before = { stage: { notes, order: notes.map((note) => note.id), count: 1000 }, theme: 'dark' };
    const after = { stage: { notes: [...notes, { id: 'n1000', text: 'New' }], order: [...before.stage.order, 'n1000'], count: 1001 }, theme: 'dark' };
    const ops = diffJson(before, after) ?? [];
    expect(ops).toEqual([
      { op: 'set', path: ['stage', 'notes', 1000], value: { id: 'n1000', text: 'New' } },
      { op: 'set', path: ['stage', 'order', 1000], value: 'n1000' },
      { op: 'set', path: ['stage', 'count'], value: 1001 },
    ]);
    const patched = applyJsonPatch(before, ops);
    expect(patched).toEqual(after);
    expect(patched.stage.notes[5]).toBe(before.stage.notes[5]);
    expect(patched.theme).toBe(before.theme);
  });

  it('gives up past the limit, so the whole value is sent instead', () => {
    expect(diffJson({ a: 1, b: 2, c: 3 }, { a: 2, b: 3, c: 4 }, 2)).toBeNull();
  });

  it('refuses a patch that names "__proto__" or goes through what is not there, and pollutes nothing', () => {
    expect(() => applyJsonPatch({}, [{ op: 'set', path: ['__proto__', 'polluted'], value: true }])).toThrow();
    expect(() => applyJsonPatch({}, [{ op: 'set', path: ['constructor'], value: 1 }])).toThrow();
    expect(() => applyJsonPatch({ a: {} }, [{ op: 'set', path: ['b', 'c'], value: 1 }])).toThrow(/not there/);
    expect(() => applyJsonPatch({ a: [1] }, [{ op: 'set', path: ['a', 5], value: 1 }])).toThrow();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
