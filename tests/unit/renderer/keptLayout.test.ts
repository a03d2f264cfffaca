import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLayoutKeeper } from '../../../renderer/ui/keptLayout';
import { layoutItems } from '../../../renderer/ui/windowRange';
import type { ItemLayout } from '../../../renderer/ui/windowRange';

/** What a windowed list goes through between two layouts. */
type Step =
  | { kind: 'append'; count: number }
  | { kind: 'remove'; at: number }
  | { kind: 'insert'; at: number }
  | { kind: 'measure'; at: number; height: number }
  | { kind: 'forget'; at: number }
  | { kind: 'reverse' }
  | { kind: 'none' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('append' as const), count: fc.integer({ min: 1, max: 80 }) }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('measure' as const), at: fc.nat(), height: fc.integer({ min: 1, max: 400 }).map((px) => px / 2) }),
  fc.record({ kind: fc.constant('forget' as const), at: fc.nat() }),
  fc.constant({ kind: 'reverse' as const }),
  fc.constant({ kind: 'none' as const }),
);

function expectSameLayout(kept: ItemLayout, fresh: ItemLayout): void {
  expect(kept.count).toBe(fresh.count);
  for (let index = 0; index <= fresh.count; index++) expect(kept.startOf(index)).toBeCloseTo(fresh.startOf(index), 6);
}

describe('a windowed list layout carried over from the last one', () => {
  it('equals the layout made from scratch, whatever came, went or was measured in between', () => {
    fc.assert(
      fc.property(fc.array(fc.array(step, { maxLength: 4 }), { minLength: 1, maxLength: 25 }), fc.integer({ min: 0, max: 12 }), (renders, gap) => {
        const keeper = createLayoutKeeper();
        const heights = new Map<string, number>();
        let keys: string[] = [];
        let nextKey = 0;
        for (const steps of renders) {
          const remeasured = new Set<string>();
          for (const change of steps) {
            if (change.kind === 'append') for (let i = 0; i < change.count; i++) keys.push(`note-${nextKey++}`);
            else if (change.kind === 'insert') keys.splice(change.at % (keys.length + 1), 0, `note-${nextKey++}`);
            else if (change.kind === 'reverse') keys = [...keys].reverse();
            else if (change.kind !== 'none' && keys.length > 0) {
              const key = keys[change.at % keys.length]!;
              if (change.kind === 'remove') keys.splice(change.at % keys.length, 1);
              else if (change.kind === 'measure') heights.set(key, change.height);
              else heights.delete(key);
              if (change.kind !== 'remove') remeasured.add(key);
            }
          }
          const fallback = heights.size > 0 ? [...heights.values()].reduce((sum, height) => sum + height, 0) / heights.size : 40;
          const current = [...keys];
          const layout = keeper.layout(current.length, (index) => current[index]!, heights, remeasured, fallback, gap);
          expectSameLayout(layout, layoutItems(current.length, (index) => heights.get(current[index]!) ?? fallback, gap));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('looks up only the rows from the first that changed: a note added to 2,000 reads one height', () => {
    const keeper = createLayoutKeeper();
    const keys = Array.from({ length: 2000 }, (_, index) => `note-${index}`);
    const heights = new Map(keys.map((key) => [key, 40]));
    let lookups = 0;
    const counted: ReadonlyMap<string, number> = {
      get: (key: string) => {
        lookups += 1;
        return heights.get(key);
      },
    } as ReadonlyMap<string, number>;
    keeper.layout(keys.length, (index) => keys[index]!, counted, [], 40, 6);
    expect(lookups).toBe(2000);

    lookups = 0;
    keys.push('note-2000');
    const grown = keeper.layout(keys.length, (index) => keys[index]!, counted, [], 40, 6);
    expect(lookups).toBe(1);
    expect(grown.startOf(2001)).toBe(2001 * 46);

    lookups = 0;
    heights.set('note-1990', 80);
    let keysRead = 0;
    const keyOf = (index: number): string => {
      keysRead += 1;
      return keys[index]!;
    };
    const remeasured = keeper.layout(keys.length, keyOf, counted, ['note-1990'], 40, 6);
    expect(lookups).toBe(11);
    expect(remeasured.startOf(2001)).toBe(2001 * 46 + 40);
    // Only measured again, the same list: its keys are not compared again.
    keysRead = 0;
    heights.set('note-1995', 60);
    const again = keeper.layout(keys.length, keyOf, counted, ['note-1995'], 40, 6);
    expect(keysRead).toBe(6);
    expect(again.startOf(2001)).toBe(2001 * 46 + 40 + 20);
  });
});
