import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import type { KIND_BOARDS } from '../../../../renderer/control/boards/kindBoards';
import type { KIND_STAGES } from '../../../../renderer/projector/stages/kindStages';
import { storedBaseShape, workshopBaseShape, workshopId } from '../../../../shared/kinds/activityBase';
import { defineKind, noProblems } from '../../../../shared/kinds/kindDefinition';
import type { KIND_NAMES } from '../../../../shared/kinds/kindNames';
import { ACTIVITY_KINDS, keepsRun } from '../../../../shared/kinds/registry';
import type { Activity, ActivityKind, ActivityRun, KINDS } from '../../../../shared/kinds/registry';
import { runSchema, storedActivitySchema } from '../../../../shared/session/activitySchema';
import { workshopActivitySchema } from '../../../../shared/workshop/workshopSchema';

/*
 * The recipe for a kind ("Adding a kind" in ARCHITECTURE.md) is checked here: an eighth kind, a fishbowl, written the
 * way the recipe says, and each piece left out in turn. The `@ts-expect-error` lines are checked by
 * `tsc -p tsconfig.json`: if leaving a piece out stopped being an error, the typecheck fails.
 */

const chairs = z.number().int().min(2).max(8);
const fishbowlStored = z.object({ ...storedBaseShape, kind: z.literal('fishbowl'), chairs });
const fishbowlWorkshop = z.object({ id: workshopId, kind: z.literal('fishbowl'), ...workshopBaseShape, chairs: chairs.default(4) }).strict();
const fishbowlRun = z.object({ kind: z.literal('fishbowl'), round: z.number().int().min(0) });

const fishbowl = {
  kind: 'fishbowl',
  names: { control: 'Fishbowl', report: 'Fishbowl' },
  stored: fishbowlStored,
  workshop: fishbowlWorkshop,
  takesNotes: true,
  run: { schema: fishbowlRun, initial: () => ({ kind: 'fishbowl' as const, round: 0 }) },
  checkWorkshop: () => null,
  checkStored: noProblems,
  report: () => ['The inner circle spoke.'],
} as const;

/** The definition with one piece left out. */
function without<T extends object, P extends keyof T>(definition: T, piece: P): Omit<T, P> {
  const copy: Partial<T> = { ...definition };
  delete copy[piece];
  return copy as Omit<T, P>;
}

describe('the recipe for a kind', () => {
  it('a kind written as the recipe says is accepted, its type comes from its stored schema, and its pieces work', () => {
    const kind = defineKind(fishbowl);
    expectTypeOf<z.output<typeof kind.stored>>().toEqualTypeOf<z.output<typeof fishbowlStored>>();
    const written = { id: 'bowl', kind: 'fishbowl', title: 'Fishbowl', prompt: 'Who speaks?', script: { say: 'Sit down.' }, plannedMinutes: 15 };
    const activity = kind.workshop.parse(written);
    expect(activity.chairs).toBe(4);
    expect(kind.stored.parse(activity)).toEqual(activity);
    expect(kind.run?.schema.parse(kind.run.initial(activity))).toEqual({ kind: 'fishbowl', round: 0 });
  });

  it('a kind missing any piece is refused by the typecheck', () => {
    // @ts-expect-error a kind needs its stored schema
    defineKind(without(fishbowl, 'stored'));
    // @ts-expect-error a kind needs its workshop schema
    defineKind(without(fishbowl, 'workshop'));
    // @ts-expect-error a kind needs its run, or `run: null` said out loud
    defineKind(without(fishbowl, 'run'));
    // @ts-expect-error a kind says whether it takes notes
    defineKind(without(fishbowl, 'takesNotes'));
    // @ts-expect-error a kind needs its names
    defineKind(without(fishbowl, 'names'));
    // @ts-expect-error a kind needs its workshop checks
    defineKind(without(fishbowl, 'checkWorkshop'));
    // @ts-expect-error a kind needs its session file checks
    defineKind(without(fishbowl, 'checkStored'));
    // @ts-expect-error a kind needs its report section
    defineKind(without(fishbowl, 'report'));
    expect(Object.keys(without(fishbowl, 'report'))).not.toContain('report');
    expect(defineKind({ ...fishbowl, run: null }).run).toBeNull();
  });

  it('pieces that do not fit together are refused by the typecheck', () => {
    // @ts-expect-error a workshop schema must give a complete stored activity (here `chairs` is missing)
    defineKind({ ...fishbowl, workshop: z.object({ id: workshopId, kind: z.literal('fishbowl'), ...workshopBaseShape }).strict() });
    // @ts-expect-error the stored schema must be of the kind it is declared as
    defineKind({ ...fishbowl, stored: z.object({ ...storedBaseShape, kind: z.literal('discussion'), chairs }) });
    // @ts-expect-error the stored schema must hold the fields every activity has
    defineKind({ ...fishbowl, stored: z.object({ kind: z.literal('fishbowl'), chairs }) });
    // @ts-expect-error a run must be of its own kind
    defineKind({ ...fishbowl, run: { schema: z.object({ kind: z.literal('vote'), round: z.number() }), initial: () => ({ kind: 'vote', round: 0 }) } });
    // @ts-expect-error a new activity's run must pass the run schema
    defineKind({ ...fishbowl, run: { schema: fishbowlRun, initial: () => ({ kind: 'fishbowl' }) } });
    // @ts-expect-error the report section reads the kind's own activity
    defineKind({ ...fishbowl, report: (_session: unknown, activity: { columns: string[] }) => activity.columns });
    expect(true).toBe(true);
  });

  it('the union, the schemas, the names, the boards and the stages all cover exactly the registered kinds', () => {
    expectTypeOf<Activity['kind']>().toEqualTypeOf<ActivityKind>();
    expectTypeOf<ActivityKind>().toEqualTypeOf<keyof typeof KINDS>();
    expectTypeOf<ActivityRun['kind']>().toEqualTypeOf<'vote' | 'reflection' | 'scale'>();
    // Records keyed by every kind, none optional: a kind left out of one fails the typecheck where it is declared.
    for (const record of [null as unknown as typeof KIND_NAMES, null as unknown as typeof KIND_BOARDS, null as unknown as typeof KIND_STAGES]) {
      expectTypeOf<keyof typeof record>().toEqualTypeOf<ActivityKind>();
      expectTypeOf(record).toEqualTypeOf<Required<typeof record>>();
    }
    // @ts-expect-error a board record without a kind's board is not the board record
    expectTypeOf<Omit<typeof KIND_BOARDS, 'sort'>>().toEqualTypeOf<typeof KIND_BOARDS>();

    const kindsOf = (schema: { options: readonly { shape: { kind: { value: string } } }[] }) => schema.options.map((option) => option.shape.kind.value);
    expect(kindsOf(storedActivitySchema)).toEqual(ACTIVITY_KINDS);
    expect(kindsOf(workshopActivitySchema)).toEqual(ACTIVITY_KINDS);
    expect(kindsOf(runSchema)).toEqual(ACTIVITY_KINDS.filter(keepsRun));
  });
});
