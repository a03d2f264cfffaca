import { z } from 'zod';
import type { StoredSession } from './types';
import { MAX_NOTE_LENGTH, MAX_NOTES, MAX_PROJECTOR_MESSAGE, MAX_PROJECTOR_PAGE, MAX_SHORT_TEXT, PRESENTER_THEMES } from './types';
import { keepsRun, kindOf } from '../kinds/registry';
import { runSchema, storedActivitySchema } from './activitySchema';
import { MAX_MATERIAL_LENGTH, MAX_MATERIALS, plannedStartSchema } from '../kinds/activityBase';
import { boundedRecord, MAX_AGENDA_ACTIVITIES as MAX_ACTIVITIES, storedId, storedTime, timerSchema } from './recordSchemas';

const id = storedId;
const time = storedTime;

const noteSchema = z.object({
  id,
  activityId: id,
  text: z.string().max(MAX_NOTE_LENGTH),
  hidden: z.boolean(),
  createdAt: time,
  updatedAt: time,
  deletedAt: time.nullable(),
  columnId: id.nullable(),
  position: z.object({ x: z.number().min(0).max(1), y: z.number().min(0).max(1) }).nullable(),
  attribution: z.string().max(MAX_SHORT_TEXT).nullable(),
  commitment: z.object({ who: z.string().max(MAX_SHORT_TEXT), byWhen: z.string().max(MAX_SHORT_TEXT) }).nullable(),
  origin: z.object({ phone: z.string().regex(/^[0-9a-f]{8,64}$/), item: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/) }).strict().optional(),
  held: z.literal(true).optional(),
});

/** Phones as a file keeps them: the rules per activity. Whether phones may join is never saved (a reopened session starts with phones off). */
const phonesSchema = z.object({
  open: z.null().default(null),
  rules: boundedRecord(z.object({ answer: z.boolean(), named: z.boolean() }).strict(), MAX_ACTIVITIES, 'phone rules'),
  moderated: z.boolean().optional(),
  ballots: boundedRecord(boundedRecord(z.array(id).max(100), 1000, 'phone ballots'), MAX_ACTIVITIES, 'votes').optional(),
  ratings: boundedRecord(boundedRecord(boundedRecord(z.number().int().min(0).max(100), 20, 'statements'), 1000, 'phone ratings'), MAX_ACTIVITIES, 'scales').optional(),
  muted: boundedRecord(z.literal(true), 1000, 'muted phones').optional(),
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
      source: z.string().max(2000).optional(),
      materials: z.array(z.string().max(MAX_MATERIAL_LENGTH)).max(MAX_MATERIALS).optional(),
      facilitator: z.string().max(200).optional(),
      plannedStart: plannedStartSchema.optional(),
    }),
    agenda: z.array(storedActivitySchema).min(1).max(MAX_ACTIVITIES),
    currentActivityId: id,
    timers: boundedRecord(timerSchema, MAX_ACTIVITIES, 'timers'),
    timersBeforeReset: boundedRecord(timerSchema, MAX_ACTIVITIES, 'timers'),
    notes: z.object({ ids: z.array(id).max(MAX_NOTES), entities: boundedRecord(noteSchema, MAX_NOTES, 'notes') }),
    runs: boundedRecord(runSchema, MAX_ACTIVITIES, 'activity runs'),
    presenter: z.object({
      screen: z.enum(['live', 'black', 'white', 'join']),
      theme: z.enum(PRESENTER_THEMES).default('dark'),
      frozenActivityId: id.nullable(),
      message: z.string().min(1).max(MAX_PROJECTOR_MESSAGE).nullable(),
      pages: boundedRecord(z.number().int().min(1).max(MAX_PROJECTOR_PAGE), MAX_ACTIVITIES, 'pages').optional(),
      titleScreen: z.boolean().optional(),
    }),
    settings: z.object({ timerEndSound: z.boolean(), showOvertimeToRoom: z.boolean().optional() }),
    skippedActivityIds: z.array(id).max(MAX_ACTIVITIES).optional(),
    addedActivityIds: z.array(id).max(MAX_ACTIVITIES).optional(),
    phones: phonesSchema.optional(),
  })
  .superRefine((session, ctx) => {
    const activityIds = new Set(session.agenda.map((activity) => activity.id));
    if (!activityIds.has(session.currentActivityId)) {
      ctx.addIssue({ code: 'custom', path: ['currentActivityId'], message: 'names an activity that is not in the agenda' });
    }
    for (const field of ['skippedActivityIds', 'addedActivityIds'] as const) {
      for (const [index, listed] of (session[field] ?? []).entries()) {
        if (!activityIds.has(listed)) ctx.addIssue({ code: 'custom', path: [field, index], message: 'names an activity that is not in the agenda' });
      }
    }
    if (session.presenter.frozenActivityId !== null && !activityIds.has(session.presenter.frozenActivityId)) {
      ctx.addIssue({ code: 'custom', path: ['presenter', 'frozenActivityId'], message: 'names an activity that is not in the agenda' });
    }
    for (const ruledId of Object.keys(session.phones?.rules ?? {})) {
      if (!activityIds.has(ruledId)) ctx.addIssue({ code: 'custom', path: ['phones', 'rules', ruledId], message: 'names an activity that is not in the agenda' });
    }
    for (const pagedId of Object.keys(session.presenter.pages ?? {})) {
      if (!activityIds.has(pagedId)) ctx.addIssue({ code: 'custom', path: ['presenter', 'pages', pagedId], message: 'names an activity that is not in the agenda' });
    }
    if (activityIds.size !== session.agenda.length) ctx.addIssue({ code: 'custom', path: ['agenda'], message: 'lists an activity id twice' });
    session.agenda.forEach((activity, index) => {
      if (!Object.hasOwn(session.timers, activity.id)) ctx.addIssue({ code: 'custom', path: ['timers', activity.id], message: 'is missing' });
      const run = Object.hasOwn(session.runs, activity.id) ? session.runs[activity.id] : undefined;
      if (keepsRun(activity.kind) && run?.kind !== activity.kind) ctx.addIssue({ code: 'custom', path: ['runs', activity.id], message: `is missing or is not a ${activity.kind}` });
      for (const problem of kindOf(activity).checkStored(activity, activityIds)) {
        ctx.addIssue({ code: 'custom', path: ['agenda', index, ...problem.path], message: problem.message });
      }
    });
    if (new Set(session.notes.ids).size !== session.notes.ids.length) {
      ctx.addIssue({ code: 'custom', path: ['notes', 'ids'], message: 'lists a note twice' });
    }
    session.notes.ids.forEach((noteId, index) => {
      if (!Object.hasOwn(session.notes.entities, noteId)) ctx.addIssue({ code: 'custom', path: ['notes', 'ids', index], message: `names note "${noteId}", which is missing` });
    });
    // What the schema cannot say: every stored note is listed once, under its own id, for an activity of the agenda.
    const listed = new Set(session.notes.ids);
    for (const [key, note] of Object.entries(session.notes.entities)) {
      if (!listed.has(key)) ctx.addIssue({ code: 'custom', path: ['notes', 'entities', key], message: 'is not listed in "notes.ids"' });
      else if (note.id !== key) ctx.addIssue({ code: 'custom', path: ['notes', 'entities', key, 'id'], message: `does not match its key "${key}"` });
      else if (!activityIds.has(note.activityId)) ctx.addIssue({ code: 'custom', path: ['notes', 'entities', key, 'activityId'], message: 'names an activity that is not in the agenda' });
    }
    for (const slice of ['timers', 'timersBeforeReset', 'runs'] as const) {
      for (const key of Object.keys(session[slice])) {
        if (!activityIds.has(key)) ctx.addIssue({ code: 'custom', path: [slice, key], message: 'is for an activity that is not in the agenda' });
      }
    }
    for (const activity of session.agenda) {
      if (!keepsRun(activity.kind) && Object.hasOwn(session.runs, activity.id)) ctx.addIssue({ code: 'custom', path: ['runs', activity.id], message: `is for a ${activity.kind}, which keeps no run` });
    }
  }) satisfies z.ZodType<StoredSession>;
