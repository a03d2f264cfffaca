import type { Note } from '../../../shared/session/types';

/** "Phone" (with the name where the activity is named) on a note a phone in the room sent; nothing on the facilitator's. */
export function PhoneBadge({ note }: { note: Note }) {
  if (!note.origin) return null;
  return (
    <span className="badge badge-muted" data-testid="note-from-phone" title={note.attribution ? `Sent from a phone in the room by ${note.attribution}` : 'Sent from a phone in the room, anonymously'}>
      {note.attribution ? `Phone · ${note.attribution}` : 'Phone'}
    </span>
  );
}
