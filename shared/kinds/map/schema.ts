import { z } from 'zod';
import { storedBaseShape, storedShortText, workshopBaseShape, workshopId, workshopShortText, workshopTitle } from '../activityBase';

const storedAxis = z.object({ label: storedShortText, from: storedShortText, to: storedShortText });

/** Notes placed on a 1-D spectrum (`y` null) or a 2-D grid, as a session stores it. */
export const mapStoredSchema = z.object({
  ...storedBaseShape,
  kind: z.literal('map'),
  x: storedAxis,
  y: storedAxis.nullable(),
  quadrants: z.object({ topLeft: storedShortText, topRight: storedShortText, bottomLeft: storedShortText, bottomRight: storedShortText }).nullable(),
});

/** One axis of a map in a workshop file. */
export const axisSchema = z.object({ label: workshopShortText.default(''), from: workshopTitle, to: workshopTitle }).strict();

/** The names of a 2-D map's four quadrants in a workshop file. */
export const quadrantsSchema = z.object({ topLeft: workshopShortText, topRight: workshopShortText, bottomLeft: workshopShortText, bottomRight: workshopShortText }).strict();

/** A map, as a workshop file writes it. */
export const mapWorkshopSchema = z
  .object({ id: workshopId, kind: z.literal('map'), ...workshopBaseShape, x: axisSchema, y: axisSchema.nullable().default(null), quadrants: quadrantsSchema.nullable().default(null) })
  .strict();

/** Notes placed on a 1-D spectrum (`y` null) or a 2-D grid; `quadrants` only for a 2-D map, null to leave them unnamed. */
export type MapActivity = z.output<typeof mapStoredSchema>;
/** One axis of a map: what it measures (may be empty) and its two ends, low (left, bottom) to high (right, top). */
export type MapAxis = MapActivity['x'];
/** Names of the four quadrants of a 2-D map, read as the projector shows them. */
export type MapQuadrants = NonNullable<MapActivity['quadrants']>;
