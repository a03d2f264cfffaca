import { z } from 'zod';
import { storedBaseShape, storedShortText, workshopBaseShape, workshopId, workshopShortText } from '../activityBase';
import { boundedRecord, MAX_AGENDA_ACTIVITIES, storedId, tallySchema } from '../../session/recordSchemas';

/** Most points a scale may have (e.g. 0 to 10). */
export const MAX_SCALE_POINTS = 11;

/** A rating from `min` to `max` against statements, as a session stores it. */
export const scaleStoredSchema = z.object({
  ...storedBaseShape,
  kind: z.literal('scale'),
  min: z.number().int().min(0).max(100),
  max: z.number().int().min(1).max(100),
  /** What the lowest point means, e.g. "Not yet". */
  minLabel: storedShortText,
  /** What the highest point means, e.g. "A real strength". */
  maxLabel: storedShortText,
  statements: z.array(z.object({ id: storedId, text: z.string().min(1).max(1000) })).min(1).max(20),
});

/** One statement of a scale in a workshop file. */
export const statementSchema = z.object({ id: workshopId, text: z.string().min(1).max(1000) }).strict();

/** A scale, as a workshop file writes it. */
export const scaleWorkshopSchema = z
  .object({
    id: workshopId,
    kind: z.literal('scale'),
    ...workshopBaseShape,
    min: z.number().int().min(0).max(100).default(1),
    max: z.number().int().min(1).max(100).default(5),
    minLabel: workshopShortText.default(''),
    maxLabel: workshopShortText.default(''),
    statements: z.array(statementSchema).min(1).max(20),
  })
  .strict();

/** A scale's tallies as a session stores them: for each statement, how many people gave each point (index 0 is `min`). */
export const scaleRunSchema = z.object({ kind: z.literal('scale'), counts: boundedRecord(z.array(tallySchema).max(101), MAX_AGENDA_ACTIVITIES, 'statements') });

/** A rating from `min` to `max` against one or more statements, entered as a count per point. */
export type ScaleActivity = z.output<typeof scaleStoredSchema>;
/** One statement rated on a scale. */
export type ScaleStatement = ScaleActivity['statements'][number];
/** A scale's tallies: for each statement, how many people gave each point (index 0 is `min`). */
export type ScaleRun = z.output<typeof scaleRunSchema>;
