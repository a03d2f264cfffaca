import { z } from 'zod';
import { storedBaseShape, storedShortText, workshopBaseShape, workshopId, workshopShortText, workshopTitle } from '../activityBase';
import { storedId } from '../../session/recordSchemas';

/** Notes sorted into 2 to 4 named columns, as a session stores them. */
export const sortStoredSchema = z.object({
  ...storedBaseShape,
  kind: z.literal('sort'),
  columns: z.array(z.object({ id: storedId, label: storedShortText.min(1), description: storedShortText })).min(2).max(4),
});

/** One column of a sort in a workshop file. */
export const columnSchema = z.object({ id: workshopId, label: workshopTitle, description: workshopShortText.default('') }).strict();

/** A sort, as a workshop file writes it. */
export const sortWorkshopSchema = z.object({ id: workshopId, kind: z.literal('sort'), ...workshopBaseShape, columns: z.array(columnSchema).min(2).max(4) }).strict();

/** Notes sorted into 2 to 4 named columns. */
export type SortActivity = z.output<typeof sortStoredSchema>;
/** One named column of a sort (its description is one line under the label, may be empty). */
export type SortColumn = SortActivity['columns'][number];
