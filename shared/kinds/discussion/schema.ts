import { z } from 'zod';
import { storedBaseShape, workshopBaseShape, workshopId } from '../activityBase';

/** Open discussion, as a session stores it: a prompt and notes captured live. */
export const discussionStoredSchema = z.object({ ...storedBaseShape, kind: z.literal('discussion') });

/** Open discussion, as a workshop file writes it. */
export const discussionWorkshopSchema = z.object({ id: workshopId, kind: z.literal('discussion'), ...workshopBaseShape }).strict();

/** Open discussion: a prompt and notes captured live. */
export type DiscussionActivity = z.output<typeof discussionStoredSchema>;
