import { z } from 'zod';
import { storedBaseShape, workshopBaseShape, workshopId } from '../activityBase';

/** Commitments, as a session stores them: each note is one person's next step (who and by when on the note). */
export const commitmentsStoredSchema = z.object({ ...storedBaseShape, kind: z.literal('commitments') });

/** Commitments, as a workshop file writes them. */
export const commitmentsWorkshopSchema = z.object({ id: workshopId, kind: z.literal('commitments'), ...workshopBaseShape }).strict();

/** Each person's next step as who / what / by when. */
export type CommitmentsActivity = z.output<typeof commitmentsStoredSchema>;
