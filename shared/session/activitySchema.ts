import { z } from 'zod';
import type { Activity } from './types';
import { MAX_SHORT_TEXT } from './types';

const id = z.string().min(1).max(64);
const shortText = z.string().max(MAX_SHORT_TEXT);
const minutes = z.number().positive().max(24 * 60);

const scriptSchema = z.object({
  say: z.string().max(20_000),
  watchFor: z.string().max(20_000),
  shortGroup: z.string().max(20_000),
  largeGroup: z.string().max(20_000),
});

const base = {
  id,
  title: z.string().min(1).max(200),
  prompt: z.string().max(4000),
  script: scriptSchema,
  talkingPoints: z.array(z.string().max(1000)).max(50),
  plannedMinutes: minutes,
};

const axisSchema = z.object({ label: shortText, from: shortText, to: shortText });

/** Schema of one activity as stored in a session (complete: every field present). */
export const storedActivitySchema = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('discussion') }),
  z.object({
    ...base,
    kind: z.literal('sort'),
    columns: z.array(z.object({ id, label: shortText.min(1), description: shortText })).min(2).max(4),
  }),
  z.object({
    ...base,
    kind: z.literal('map'),
    x: axisSchema,
    y: axisSchema.nullable(),
    quadrants: z.object({ topLeft: shortText, topRight: shortText, bottomLeft: shortText, bottomRight: shortText }).nullable(),
  }),
  z.object({
    ...base,
    kind: z.literal('vote'),
    optionsFrom: id.nullable(),
    options: z.array(z.string().min(1).max(2000)).max(100),
    dotsPerPerson: z.number().int().min(1).max(100),
    hideResultsUntilRevealed: z.boolean(),
  }),
  z.object({
    ...base,
    kind: z.literal('reflection'),
    prompts: z.array(z.string().min(1).max(1000)).min(1).max(10),
    writingMinutes: minutes,
    pairMinutes: z.number().nonnegative().max(24 * 60),
  }),
  z.object({
    ...base,
    kind: z.literal('scale'),
    min: z.number().int().min(0).max(100),
    max: z.number().int().min(1).max(100),
    minLabel: shortText,
    maxLabel: shortText,
    statements: z.array(z.object({ id, text: z.string().min(1).max(1000) })).min(1).max(20),
  }),
  z.object({ ...base, kind: z.literal('commitments') }),
]) satisfies z.ZodType<Activity>;
