import { phoneNoteToEvent } from '../../shared/protocol/commandToEvent';
import type { PhoneMessage, PhoneServerMessage } from '../../shared/phones/phoneProtocol';
import { phoneRuleOf } from '../../shared/phones/phoneRules';
import { PHONE_ANSWERS } from '../../shared/kinds/phoneAnswers';
import type { SessionEvent } from '../../shared/session/sessionSlice';
import type { SessionState } from '../../shared/session/types';
import { HostFailure } from '../host/hostFailure';
import { mayBeOffensive } from './wordFilter';

type NoteMessage = Extract<PhoneMessage, { t: 'note' }>;

/** What the room already knows of the session's phone notes (electron/phones/phoneRoom.ts keeps it, per session). */
export interface KnownPhoneNotes {
  /** The phone that gave this name (ignoring case) in this session, if any: names on phones are unique, so "Sam" is one person. */
  nameOwner(name: string): string | undefined;
  /** Remembers a note just taken: its item, and its name if it has one. */
  remember(noteId: string, name: string | null): void;
}

/** What accepting a note needs from the host. */
export interface NoteDeps {
  apply(event: SessionEvent): void;
  now: () => number;
  newId: () => string;
}

/**
 * Takes one note from a phone into the session, or says why not. It may go into the activity phones are shown, or one
 * they were shown since phones were turned on (a phone that was offline sends what it wrote when it comes back); the
 * activity must take answers from phones, and a named one needs the phone's name. Anonymous answers never keep a name.
 * A note waits hidden for the facilitator's review while phones are moderated, or when the word filter flags it.
 */
export function acceptNote(
  session: SessionState,
  phone: string,
  note: NoteMessage,
  shownActivities: ReadonlySet<string>,
  deps: NoteDeps,
  known: KnownPhoneNotes,
): PhoneServerMessage {
  const refused = (message: string): PhoneServerMessage => ({ t: 'refused', id: note.id, message });
  const activity = session.agenda.find((candidate) => candidate.id === note.activityId);
  if (!activity || !shownActivities.has(activity.id)) return refused('That activity is not open to phones.');
  const rule = phoneRuleOf(session, activity.id);
  if (!rule.answer || PHONE_ANSWERS[activity.kind] !== 'notes') return refused(`“${activity.title}” is not taking answers from phones now.`);
  if (rule.named && note.name === undefined) return refused(`“${activity.title}” shows who wrote what: give your name first.`);
  if (note.byWhen !== undefined && activity.kind !== 'commitments') return refused(`“${activity.title}” does not collect commitments.`);
  const name = rule.named ? (note.name ?? null) : null;
  const owner = name !== null ? known.nameOwner(name) : undefined;
  if (owner !== undefined && owner !== phone) return refused(`“${name ?? ''}” is already someone else’s name in this room: add an initial, or pick another.`);
  // Held for review when the facilitator moderates phones, or when the word filter flags the text or the name.
  const held = session.phones?.moderated === true || mayBeOffensive(note.text) || (name !== null && mayBeOffensive(name));
  const outcome = phoneNoteToEvent(
    session,
    {
      activityId: activity.id,
      text: note.text,
      ...(note.columnId !== undefined ? { columnId: note.columnId } : {}),
      attribution: name,
      // A commitment from a phone: who is the name it gives where the activity is named, else nobody's (anonymous).
      ...(activity.kind === 'commitments' ? { commitment: { who: name ?? '', byWhen: note.byWhen ?? '' } } : {}),
    },
    { phone, item: note.id },
    held,
    { now: deps.now(), newId: deps.newId },
  );
  if (!outcome.ok) return refused(outcome.error);
  if (!outcome.event || outcome.event.type !== 'session/noteCaptured') return refused('That note was not taken.');
  try {
    deps.apply(outcome.event);
  } catch (error) {
    return refused(error instanceof HostFailure ? error.message : 'That note could not be kept; it stays on your phone.');
  }
  known.remember(outcome.event.payload.id, name);
  return { t: 'got', id: note.id };
}
