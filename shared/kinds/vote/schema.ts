import { z } from 'zod';
import { storedBaseShape, workshopBaseShape, workshopId } from '../activityBase';
import { boundedRecord, storedId, tallySchema } from '../../session/recordSchemas';
import { MAX_NOTE_LENGTH, MAX_NOTES } from '../../session/types';

/** Dot voting, as a session stores it. */
export const voteStoredSchema = z.object({
  ...storedBaseShape,
  kind: z.literal('vote'),
  /** An earlier activity whose notes become options; null for none. */
  optionsFrom: storedId.nullable(),
  /** Options written in the workshop; counted under `<activity>-option-<n>`, never stored as notes. */
  options: z.array(z.string().min(1).max(2000)).max(100),
  /** How many dots each person places (shown to the room). */
  dotsPerPerson: z.number().int().min(1).max(100),
  /** Whether the projector hides the counts until the facilitator reveals them. */
  hideResultsUntilRevealed: z.boolean(),
});

/** A dot vote, as a workshop file writes it. */
export const voteWorkshopSchema = z
  .object({
    id: workshopId,
    kind: z.literal('vote'),
    ...workshopBaseShape,
    optionsFrom: workshopId.nullable().default(null),
    options: z.array(z.string().min(1).max(MAX_NOTE_LENGTH)).max(100).default([]),
    dotsPerPerson: z.number().int().min(1).max(100).default(3),
    hideResultsUntilRevealed: z.boolean().default(true),
  })
  .strict();

/** A vote's tallies as a session stores them: dots per option (a note id), and whether the room may see them. */
export const voteRunSchema = z.object({ kind: z.literal('vote'), counts: boundedRecord(tallySchema, MAX_NOTES, 'vote options'), revealed: z.boolean() });

/** Dot voting over options: the notes of an earlier activity and/or options of its own. */
export type VoteActivity = z.output<typeof voteStoredSchema>;
/** A vote's tallies: dots per option (a note id), and whether the room may see them. */
export type VoteRun = z.output<typeof voteRunSchema>;
