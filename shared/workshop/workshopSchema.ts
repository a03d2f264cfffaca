import { z } from 'zod';
import { MAX_NOTE_LENGTH, MAX_SHORT_TEXT } from '../session/types';
import type { Workshop } from './types';

/** The workshop file format this build reads and writes. */
export const WORKSHOP_FORMAT_VERSION = 1;
/** Most activities one workshop may hold. */
export const MAX_ACTIVITIES = 200;
/** Longest projected prompt, in characters. */
export const MAX_PROMPT_LENGTH = 4000;
/** Longest script field (say, watch for, each variation), in characters. */
export const MAX_SCRIPT_LENGTH = 8000;
/** Most points a scale may have (e.g. 0 to 10). */
export const MAX_SCALE_POINTS = 11;
/** Longest planned duration of one activity, in minutes. */
export const MAX_PLANNED_MINUTES = 480;

/** How an id must look: lowercase letters, digits and dashes, starting with a letter or digit. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

const id = z.string().max(64).regex(ID_PATTERN);
const shortText = z.string().max(MAX_SHORT_TEXT);
const title = z.string().min(1).max(MAX_SHORT_TEXT);
const scriptText = z.string().max(MAX_SCRIPT_LENGTH);
const minutes = z.number().int().min(1).max(MAX_PLANNED_MINUTES);

/** The facilitator's script: `say` is required, the other three default to empty. */
export const scriptSchema = z
  .object({
    say: scriptText.min(1),
    watchFor: scriptText.default(''),
    shortGroup: scriptText.default(''),
    largeGroup: scriptText.default(''),
  })
  .strict();

/** One column of a sort. */
export const columnSchema = z.object({ id, label: title, description: shortText.default('') }).strict();

/** One axis of a map. */
export const axisSchema = z.object({ label: shortText.default(''), from: title, to: title }).strict();

/** The names of a 2-D map's four quadrants. */
export const quadrantsSchema = z.object({ topLeft: shortText, topRight: shortText, bottomLeft: shortText, bottomRight: shortText }).strict();

/** One statement of a scale. */
export const statementSchema = z.object({ id, text: z.string().min(1).max(1000) }).strict();

const base = {
  title,
  prompt: z.string().min(1).max(MAX_PROMPT_LENGTH),
  script: scriptSchema,
  talkingPoints: z.array(z.string().min(1).max(1000)).max(50).default([]),
  plannedMinutes: minutes,
};

/** The fields of each activity kind, as a workshop file writes them. */
export const activityShapes = {
  discussion: { id, kind: z.literal('discussion'), ...base },
  sort: { id, kind: z.literal('sort'), ...base, columns: z.array(columnSchema).min(2).max(4) },
  map: { id, kind: z.literal('map'), ...base, x: axisSchema, y: axisSchema.nullable().default(null), quadrants: quadrantsSchema.nullable().default(null) },
  vote: {
    id,
    kind: z.literal('vote'),
    ...base,
    optionsFrom: id.nullable().default(null),
    options: z.array(z.string().min(1).max(MAX_NOTE_LENGTH)).max(100).default([]),
    dotsPerPerson: z.number().int().min(1).max(100).default(3),
    hideResultsUntilRevealed: z.boolean().default(true),
  },
  reflection: {
    id,
    kind: z.literal('reflection'),
    ...base,
    prompts: z.array(z.string().min(1).max(1000)).min(1).max(10),
    writingMinutes: minutes,
    pairMinutes: z.number().int().min(0).max(MAX_PLANNED_MINUTES),
  },
  scale: {
    id,
    kind: z.literal('scale'),
    ...base,
    min: z.number().int().min(0).max(100).default(1),
    max: z.number().int().min(1).max(100).default(5),
    minLabel: shortText.default(''),
    maxLabel: shortText.default(''),
    statements: z.array(statementSchema).min(1).max(20),
  },
  commitments: { id, kind: z.literal('commitments'), ...base },
} as const;

/** One activity in a workshop file, by kind; unknown fields are errors. */
export const workshopActivitySchema = z.discriminatedUnion('kind', [
  z.object(activityShapes.discussion).strict(),
  z.object(activityShapes.sort).strict(),
  z.object(activityShapes.map).strict(),
  z.object(activityShapes.vote).strict(),
  z.object(activityShapes.reflection).strict(),
  z.object(activityShapes.scale).strict(),
  z.object(activityShapes.commitments).strict(),
]);

/** The top-level fields of a workshop file. */
export const workshopShape = {
  groundworkWorkshop: z.literal(WORKSHOP_FORMAT_VERSION),
  id,
  title,
  summary: z.string().max(1000).default(''),
  source: z.string().max(2000).default(''),
  activities: z.array(workshopActivitySchema).min(1).max(MAX_ACTIVITIES),
};

/**
 * A whole workshop file, structure only (the cross-checks between fields are
 * in workshopChecks.ts). Parse it through `parseWorkshopFile`, which turns
 * problems into sentences.
 */
export const workshopFileSchema = z.object(workshopShape).strict();

/** What a valid workshop file holds, with every default filled in. */
export type WorkshopFileContent = z.output<typeof workshopFileSchema>;

/** Drops the format marker, leaving the workshop itself. */
export function toWorkshop(content: WorkshopFileContent): Workshop {
  return { id: content.id, title: content.title, summary: content.summary, source: content.source, activities: content.activities };
}
