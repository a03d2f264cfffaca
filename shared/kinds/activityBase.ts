import { z } from 'zod';
import { storedId } from '../session/recordSchemas';
import { MAX_PLANNED_MINUTES, MAX_SHORT_TEXT } from '../session/types';

/*
 * The fields every activity has, whatever its kind, in the two forms a kind's
 * schemas build on: as a session file stores them (complete, every field
 * present) and as a workshop file writes them (strict ids, defaults filled in).
 * Each kind's `schema.ts` spreads these; the key order is the order files are
 * written in, so it must not change.
 */

/** A short field (a name, a column label) as a session stores it. */
export const storedShortText = z.string().max(MAX_SHORT_TEXT);
/** A planned duration in minutes as a session stores it. */
export const storedMinutes = z.number().positive().max(24 * 60);

/** The facilitator's private guidance, as a session stores it. */
export const storedScriptSchema = z.object({
  say: z.string().max(20_000),
  watchFor: z.string().max(20_000),
  shortGroup: z.string().max(20_000),
  largeGroup: z.string().max(20_000),
});

/** Most quotations one activity may carry. */
export const MAX_QUOTES = 20;
/** Longest quotation, in characters. */
export const MAX_QUOTE_LENGTH = 2000;
/** Most materials one activity (or a workshop) may list. */
export const MAX_MATERIALS = 30;
/** Longest line of a materials list, in characters. */
export const MAX_MATERIAL_LENGTH = 300;

/** A passage quoted word for word from a source, and who said or wrote it, as a session stores it. */
export const storedQuoteSchema = z.object({ text: z.string().max(MAX_QUOTE_LENGTH), by: z.string().max(MAX_SHORT_TEXT) });

/**
 * The fields shared by every kind, as a session stores them; a kind adds `kind` and its own after these. `quotes` and
 * `materials` came later (issue #15): optional, so session files written before them still open, and left out when
 * the workshop gives none.
 */
export const storedBaseShape = {
  id: storedId,
  title: z.string().min(1).max(200),
  prompt: z.string().max(4000),
  script: storedScriptSchema,
  talkingPoints: z.array(z.string().max(1000)).max(50),
  plannedMinutes: storedMinutes,
  quotes: z.array(storedQuoteSchema).max(MAX_QUOTES).optional(),
  materials: z.array(z.string().max(MAX_MATERIAL_LENGTH)).max(MAX_MATERIALS).optional(),
};

/** Most activities one workshop may hold. */
export const MAX_ACTIVITIES = 200;
/** Longest projected prompt, in characters. */
export const MAX_PROMPT_LENGTH = 4000;
/** Longest script field (say, watch for, each variation), in characters. */
export const MAX_SCRIPT_LENGTH = 8000;
// Longest planned duration of one activity, in minutes: kept with the other limits in session/types.ts, which the
// pages can import without the schemas here.
export { MAX_PLANNED_MINUTES };

/** How an id must look: lowercase letters, digits and dashes, starting with a letter or digit. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** An id as a workshop file writes it. */
export const workshopId = z.string().max(64).regex(ID_PATTERN);
/** A short optional field (a description, a label) as a workshop file writes it. */
export const workshopShortText = z.string().max(MAX_SHORT_TEXT);
/** A short required field (a title, a column label) as a workshop file writes it. */
export const workshopTitle = z.string().min(1).max(MAX_SHORT_TEXT);
/** A duration in whole minutes as a workshop file writes it. */
export const workshopMinutes = z.number().int().min(1).max(MAX_PLANNED_MINUTES);

const scriptText = z.string().max(MAX_SCRIPT_LENGTH);

/** The facilitator's script in a workshop file: `say` is required, the other three default to empty. */
export const scriptSchema = z
  .object({
    say: scriptText.min(1),
    watchFor: scriptText.default(''),
    shortGroup: scriptText.default(''),
    largeGroup: scriptText.default(''),
  })
  .strict();

/** A quotation in a workshop file: the words exactly as the source gives them, and who said or wrote them. */
export const quoteSchema = z
  .object({
    text: z.string().min(1).max(MAX_QUOTE_LENGTH),
    by: workshopTitle,
  })
  .strict();

/** A materials list in a workshop file (what to bring or prepare: "sticky dots, 2 per person"); optional, no default. */
export const materialsSchema = z.array(z.string().min(1).max(MAX_MATERIAL_LENGTH)).max(MAX_MATERIALS).optional();

/** When a session is meant to start, as 24-hour "HH:MM" (a workshop's `plannedStart`, kept by the session it starts). */
export const plannedStartSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Write the start time as 24-hour "HH:MM", e.g. "09:30".');

/** The fields shared by every kind, as a workshop file writes them; a kind's shape is `{ id, kind, ...workshopBaseShape, ...its own }`. */
export const workshopBaseShape = {
  title: workshopTitle,
  prompt: z.string().min(1).max(MAX_PROMPT_LENGTH),
  script: scriptSchema,
  talkingPoints: z.array(z.string().min(1).max(1000)).max(50).default([]),
  plannedMinutes: workshopMinutes,
  // Optional without a default, so an activity that has none stays as it was (and so do the sessions made from it).
  quotes: z.array(quoteSchema).max(MAX_QUOTES).optional(),
  materials: materialsSchema,
};
