import { z } from 'zod';
import { MAX_NOTE_LENGTH, MAX_PLANNED_MINUTES, MAX_PROJECTOR_MESSAGE, MAX_PROJECTOR_PAGE, MAX_SHORT_TEXT, MAX_TALLY, PRESENTER_THEMES } from '../session/types';

const id = z.string().min(1).max(64);
const noteText = z
  .string()
  .transform((text) => text.trim())
  .pipe(
    z
      .string()
      .min(1, 'A note needs some text.')
      .max(MAX_NOTE_LENGTH, `A note can be at most ${MAX_NOTE_LENGTH} characters.`),
  );
const unit = z.number().finite().min(0).max(1);
const mapPosition = z.object({ x: unit, y: unit }).strict();
const shortText = z.string().trim().max(MAX_SHORT_TEXT, `Keep it to ${MAX_SHORT_TEXT} characters.`);
const attribution = shortText.transform((name) => (name === '' ? null : name)).nullable();
const commitmentDetails = z.object({ who: shortText.pipe(z.string().min(1, 'Say who commits.')), byWhen: shortText }).strict();
const tally = z.number().int().min(0, 'A count cannot be negative.').max(MAX_TALLY, `A count can be at most ${MAX_TALLY}.`);
/** Whether "YYYY-MM-DD" names a day that exists (2026-02-29 and 2026-13-45 do not). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return daysInMonth !== undefined && day >= 1 && day <= daysInMonth;
}
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-11-28.')
  .refine(isCalendarDate, 'That day does not exist: use a date like 2026-11-28.');
const ONE_HOUR_MS = 3_600_000;
const projectorMessage = z
  .string()
  .transform((text) => text.trim())
  .pipe(z.string().max(MAX_PROJECTOR_MESSAGE, `A projector message can be at most ${MAX_PROJECTOR_MESSAGE} characters.`))
  .transform((text) => (text === '' ? null : text))
  .nullable();

/**
 * Every command a window may send to change the session, as checked by the
 * host. Commands say what the user asked for; the host turns each into an
 * event with ids and times stamped.
 */
export const commandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('activity.go'), activityId: id }).strict(),
  z.object({ type: z.literal('activity.next') }).strict(),
  z.object({ type: z.literal('activity.previous') }).strict(),
  z.object({ type: z.literal('timer.start'), activityId: id }).strict(),
  z.object({ type: z.literal('timer.pause'), activityId: id }).strict(),
  z
    .object({
      type: z.literal('timer.adjust'),
      activityId: id,
      deltaMs: z.number().int().min(-ONE_HOUR_MS).max(ONE_HOUR_MS).refine((n) => n !== 0, 'An adjustment cannot be zero.'),
    })
    .strict(),
  z.object({ type: z.literal('timer.reset'), activityId: id }).strict(),
  /** The live agenda (shared/protocol/planCommands.ts): re-plan, drop or reorder what is still to come. */
  z
    .object({
      type: z.literal('agenda.setMinutes'),
      activityId: id,
      minutes: z.number().int('Plan whole minutes.').min(1, 'Plan at least 1 minute.').max(MAX_PLANNED_MINUTES, `Plan at most ${MAX_PLANNED_MINUTES} minutes.`),
    })
    .strict(),
  z.object({ type: z.literal('agenda.setSkipped'), activityId: id, skipped: z.boolean() }).strict(),
  z.object({ type: z.literal('agenda.move'), activityId: id, toIndex: z.number().int().min(0).max(999) }).strict(),
  /** Inserts a method from the library (shared/workshop/methodLibrary.ts) at a place still to come. */
  z.object({ type: z.literal('agenda.insert'), methodId: id, toIndex: z.number().int().min(0).max(999) }).strict(),
  z.object({ type: z.literal('timer.undoReset'), activityId: id }).strict(),
  z
    .object({
      type: z.literal('note.capture'),
      activityId: id,
      text: noteText,
      /** Sort: the column to capture into. */
      columnId: id.optional(),
      /** Map: where to place it; unplaced when absent. */
      position: mapPosition.optional(),
      attribution: attribution.optional(),
      /** Commitments: who and by when (the text is the step). */
      commitment: commitmentDetails.optional(),
    })
    .strict(),
  z.object({ type: z.literal('note.move'), noteId: id, columnId: id }).strict(),
  z.object({ type: z.literal('note.place'), noteId: id, position: mapPosition.nullable() }).strict(),
  z.object({ type: z.literal('note.setAttribution'), noteId: id, attribution }).strict(),
  z.object({ type: z.literal('note.setCommitment'), noteId: id, commitment: commitmentDetails }).strict(),
  z.object({ type: z.literal('vote.setCount'), activityId: id, optionId: id, count: tally }).strict(),
  z.object({ type: z.literal('vote.setRevealed'), activityId: id, revealed: z.boolean() }).strict(),
  z.object({ type: z.literal('scale.setCount'), activityId: id, statementId: id, point: z.number().int(), count: tally }).strict(),
  z.object({ type: z.literal('reflection.setStage'), activityId: id, stage: z.enum(['writing', 'pairs', 'sharing']) }).strict(),
  z.object({ type: z.literal('reflection.setStageTimerRunning'), activityId: id, running: z.boolean() }).strict(),
  z.object({ type: z.literal('note.edit'), noteId: id, text: noteText }).strict(),
  z.object({ type: z.literal('note.delete'), noteId: id }).strict(),
  z.object({ type: z.literal('note.restore'), noteId: id }).strict(),
  z.object({ type: z.literal('note.setHidden'), noteId: id, hidden: z.boolean() }).strict(),
  /** Kept for older callers: black or live, the same as `presenter.setScreen`. */
  z.object({ type: z.literal('presenter.setBlackout'), blackout: z.boolean() }).strict(),
  /** `join`: how phones join (the address, a QR code and the room code); only while phones may join. */
  z.object({ type: z.literal('presenter.setScreen'), screen: z.enum(['live', 'black', 'white', 'join']) }).strict(),
  /** Freezing keeps the projector on the activity current now; unfreezing shows the current one again. */
  z.object({ type: z.literal('presenter.setFrozen'), frozen: z.boolean() }).strict(),
  /**
   * The toggles a key or the menu sends: worked out on the host's session, not on the window's copy, which can be a
   * moment behind (the clicker's B pressed twice must black out and come back, whatever the window had heard).
   */
  z.object({ type: z.literal('presenter.toggleScreen'), screen: z.enum(['black', 'white', 'join']) }).strict(),
  /** What phones may do in one activity: answer at all, and whether answers carry the name each phone gives. */
  z.object({ type: z.literal('phones.setRule'), activityId: id, answer: z.boolean(), named: z.boolean() }).strict(),
  /** Phone answers wait for the facilitator's approval (the review queue) before the room sees them. */
  z.object({ type: z.literal('phones.setModerated'), on: z.boolean() }).strict(),
  /**
   * Removes a phone from the session (closed, turned away when it rejoins, its votes uncounted) or lets it back in; `hideNotes` also hides every note it
   * sent (removing it from the room). By the phone's key, never its network address.
   */
  z.object({ type: z.literal('phones.mute'), phone: z.string().regex(/^[0-9a-f]{16}$/), muted: z.boolean(), hideNotes: z.boolean() }).strict(),
  /** A held phone note: approve it (the room sees it) or keep it hidden; either way it leaves the review queue. */
  z.object({ type: z.literal('note.review'), noteId: id, approve: z.boolean() }).strict(),
  z.object({ type: z.literal('presenter.toggleFreeze') }).strict(),
  z.object({ type: z.literal('timer.toggleRoom') }).strict(),
  /** An empty or null message removes the overlay. */
  z.object({ type: z.literal('presenter.setMessage'), message: projectorMessage }).strict(),
  /** Back to live: no black or white screen, no message, no freeze. */
  z.object({ type: z.literal('presenter.returnToLive') }).strict(),
  /** The projector's colour theme for this session. */
  z.object({ type: z.literal('presenter.setTheme'), theme: z.enum(PRESENTER_THEMES) }).strict(),
  /** Which page of an activity's folded notes the projector shows: 0 is the newest (the usual view), 1 the notes folded before them, and so on. */
  z.object({ type: z.literal('presenter.setPage'), activityId: id, page: z.number().int().min(0).max(MAX_PROJECTOR_PAGE) }).strict(),
  /**
   * Undo the newest step of this session's history (the host keeps it). `step` (the revision that recorded it,
   * from the status's history) undoes only that step and is refused once a newer step was made: a toast's Undo.
   */
  z.object({ type: z.literal('session.undo'), step: z.number().int().min(0).optional() }).strict(),
  /** Redo the newest undone step; a new step clears what can be redone. */
  z.object({ type: z.literal('session.redo') }).strict(),
  /** The title screen (workshop title, group, date) on or off; `activity.next` from it shows the current activity. */
  z.object({ type: z.literal('presenter.setTitleScreen'), on: z.boolean() }).strict(),
  z.object({ type: z.literal('settings.setTimerEndSound'), on: z.boolean() }).strict(),
  /** Whether the projector counts past zero in red, or stops at 0:00 "Time's up" (the control window always counts). */
  z.object({ type: z.literal('settings.setShowOvertime'), on: z.boolean() }).strict(),
  z
    .object({ type: z.literal('session.editDetails'), group: z.string().trim().min(1).max(200), date: isoDate })
    .strict(),
]);

/** A command as a window sends it. */
export type Command = z.input<typeof commandSchema>;
/** A command after validation (text trimmed). */
export type ValidCommand = z.output<typeof commandSchema>;
/** The name of a command. */
export type CommandType = Command['type'];
/** Schema for a calendar date, YYYY-MM-DD. */
export const isoDateSchema = isoDate;
