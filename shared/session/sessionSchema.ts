import { z } from 'zod';
import type { SessionState } from './types';
import { MAX_NOTE_LENGTH, MAX_NOTES } from './types';

const id = z.string().min(1).max(64);
const time = z.number().finite().nonnegative();

const timerSchema = z.object({
  plannedMs: z.number().int().nonnegative(),
  adjustMs: z.number().int(),
  usedMs: z.number().nonnegative(),
  startedAt: time.nullable(),
});

const activitySchema = z.object({
  id,
  kind: z.literal('discussion'),
  title: z.string().min(1).max(200),
  prompt: z.string().max(4000),
  script: z.string().max(20_000),
  talkingPoints: z.array(z.string().max(1000)).max(50),
  plannedMinutes: z.number().positive().max(24 * 60),
});

const noteSchema = z.object({
  id,
  activityId: id,
  text: z.string().max(MAX_NOTE_LENGTH),
  hidden: z.boolean(),
  createdAt: time,
  updatedAt: time,
  deletedAt: time.nullable(),
});

/** Schema of a whole session as stored in a session file (schemaVersion 1). */
export const sessionStateSchema = z
  .object({
    meta: z.object({
      id,
      title: z.string().min(1).max(200),
      group: z.string().max(200),
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      workshopId: z.string().min(1).max(200),
      createdAt: time,
    }),
    agenda: z.array(activitySchema).min(1).max(200),
    currentActivityId: id,
    timers: z.record(id, timerSchema),
    timersBeforeReset: z.record(id, timerSchema),
    notes: z.object({ ids: z.array(id).max(MAX_NOTES), entities: z.record(id, noteSchema) }),
    presenter: z.object({ blackout: z.boolean() }),
  })
  .superRefine((session, ctx) => {
    const activityIds = new Set(session.agenda.map((activity) => activity.id));
    if (!activityIds.has(session.currentActivityId)) {
      ctx.addIssue({ code: 'custom', path: ['currentActivityId'], message: 'names an activity that is not in the agenda' });
    }
    for (const activity of session.agenda) {
      if (!session.timers[activity.id]) ctx.addIssue({ code: 'custom', path: ['timers', activity.id], message: 'is missing' });
    }
    if (new Set(session.notes.ids).size !== session.notes.ids.length) {
      ctx.addIssue({ code: 'custom', path: ['notes', 'ids'], message: 'lists a note twice' });
    }
    session.notes.ids.forEach((noteId, index) => {
      const note = session.notes.entities[noteId];
      if (!note) ctx.addIssue({ code: 'custom', path: ['notes', 'ids', index], message: `names note "${noteId}", which is missing` });
      else if (!activityIds.has(note.activityId)) {
        ctx.addIssue({ code: 'custom', path: ['notes', 'entities', noteId, 'activityId'], message: 'names an activity that is not in the agenda' });
      }
    });
  }) satisfies z.ZodType<SessionState>;
