import { z } from 'zod';
import { storedBaseShape, storedMinutes, workshopBaseShape, workshopId, workshopMinutes, MAX_PLANNED_MINUTES } from '../activityBase';
import { timerSchema } from '../../session/recordSchemas';

/** Silent writing, then pairs, then highlights, as a session stores it. */
export const reflectionStoredSchema = z.object({
  ...storedBaseShape,
  kind: z.literal('reflection'),
  /** One or more writing prompts, projected during the writing stage. */
  prompts: z.array(z.string().min(1).max(1000)).min(1).max(10),
  writingMinutes: storedMinutes,
  pairMinutes: z.number().nonnegative().max(24 * 60),
});

/** A reflection, as a workshop file writes it. */
export const reflectionWorkshopSchema = z
  .object({
    id: workshopId,
    kind: z.literal('reflection'),
    ...workshopBaseShape,
    prompts: z.array(z.string().min(1).max(1000)).min(1).max(10),
    writingMinutes: workshopMinutes,
    pairMinutes: z.number().int().min(0).max(MAX_PLANNED_MINUTES),
  })
  .strict();

/** The stages of a reflection, in order. */
export const reflectionStageSchema = z.enum(['writing', 'pairs', 'sharing']);

/** Where a reflection is, as a session stores it, with the countdown of its writing or pairs stage. */
export const reflectionRunSchema = z.object({ kind: z.literal('reflection'), stage: reflectionStageSchema, stageTimer: timerSchema });

/** Silent individual writing, then pairs, then highlights shared with the room. */
export type ReflectionActivity = z.output<typeof reflectionStoredSchema>;
/** The stages of a reflection, in order. */
export type ReflectionStage = z.output<typeof reflectionStageSchema>;
/** Where a reflection is; `stageTimer` counts down the current stage, reset when the stage changes (planned 0 in sharing). */
export type ReflectionRun = z.output<typeof reflectionRunSchema>;
