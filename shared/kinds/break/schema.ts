import { z } from 'zod';
import { storedBaseShape, workshopBaseShape, workshopId } from '../activityBase';

/** A break, as a session stores it: the room steps away; its prompt and timer are all the projector shows. */
export const breakStoredSchema = z.object({ ...storedBaseShape, kind: z.literal('break') });

/** A break, as a workshop file writes it. */
export const breakWorkshopSchema = z.object({ id: workshopId, kind: z.literal('break'), ...workshopBaseShape }).strict();

/** A break on the agenda: no notes, no tally; the projector says how long it is and when the room is back. */
export type BreakActivity = z.output<typeof breakStoredSchema>;
