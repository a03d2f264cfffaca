import { z } from 'zod';
import { materialsSchema, MAX_ACTIVITIES, plannedStartSchema, workshopId, workshopTitle } from '../kinds/activityBase';
import { ACTIVITY_KINDS, KINDS } from '../kinds/registry';
import type { Activity } from '../kinds/registry';
import { nonEmpty } from '../util/nonEmpty';
import type { Workshop } from './types';

/** The workshop file format this build reads and writes. */
export const WORKSHOP_FORMAT_VERSION = 1;
export { ID_PATTERN, MAX_ACTIVITIES, MAX_PLANNED_MINUTES, MAX_PROMPT_LENGTH, MAX_SCRIPT_LENGTH, scriptSchema } from '../kinds/activityBase';
export { MAX_SCALE_POINTS } from '../kinds/scale/schema';

const id = workshopId;
const title = workshopTitle;

/** One activity in a workshop file, by kind (one option per registered kind); unknown fields are errors. */
export const workshopActivitySchema = z.discriminatedUnion('kind', nonEmpty(ACTIVITY_KINDS.map((kind) => KINDS[kind].workshop))) satisfies z.ZodType<Activity>;

/** The top-level fields of a workshop file. */
export const workshopShape = {
  groundworkWorkshop: z.literal(WORKSHOP_FORMAT_VERSION),
  id,
  title,
  summary: z.string().max(1000).default(''),
  source: z.string().max(2000).default(''),
  /** What the whole workshop needs (a room, a flip chart); optional, each activity may list its own too. */
  materials: materialsSchema,
  activities: z.array(workshopActivitySchema).min(1).max(MAX_ACTIVITIES),
  // The plan's frame, for the builder's timing (optional; a session does not need them): when the session is meant
  // to start, as 24-hour "HH:MM", and how many minutes the room has.
  plannedStart: plannedStartSchema.optional(),
  availableMinutes: z.number().int().min(1).max(24 * 60).optional(),
};

/**
 * A whole workshop file, structure only (the cross-checks between fields are
 * in workshopChecks.ts). Parse it through `parseWorkshopFile`, which turns
 * problems into sentences.
 */
export const workshopFileSchema = z.object(workshopShape).strict();

/** What a valid workshop file holds, with every default filled in. */
export type WorkshopFileContent = z.output<typeof workshopFileSchema>;

/** Drops the format marker and the builder's available minutes, leaving the workshop itself (with its planned start, which a session keeps). */
export function toWorkshop(content: WorkshopFileContent): Workshop {
  return {
    id: content.id,
    title: content.title,
    summary: content.summary,
    source: content.source,
    ...(content.materials ? { materials: content.materials } : {}),
    ...(content.plannedStart ? { plannedStart: content.plannedStart } : {}),
    activities: content.activities,
  };
}
