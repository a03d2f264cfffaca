import { z } from 'zod';
import { ACTIVITY_KINDS, KINDS } from '../kinds/registry';
import type { Activity, ActivityRun } from '../kinds/registry';
import { nonEmpty } from '../util/nonEmpty';

/** Schema of one activity as stored in a session (complete: every field present), one option per registered kind. */
export const storedActivitySchema = z.discriminatedUnion('kind', nonEmpty(ACTIVITY_KINDS.map((kind) => KINDS[kind].stored))) satisfies z.ZodType<Activity>;

/** Schema of an activity's run as stored in a session, one option per registered kind that keeps a run. */
export const runSchema = z.discriminatedUnion(
  'kind',
  nonEmpty(ACTIVITY_KINDS.flatMap((kind) => {
    const run = KINDS[kind].run;
    return run ? [run.schema] : [];
  })),
) satisfies z.ZodType<ActivityRun>;
