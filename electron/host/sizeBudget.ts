import { MAX_SESSION_FILE_BYTES } from '../../shared/session/sessionFile';
import { sessionEvents } from '../../shared/session/sessionSlice';
import type { SessionEvent } from '../../shared/session/sessionSlice';
import { HostFailure } from './hostFailure';

/** Room kept for changes that add no text (timers, the projector), once text is refused. */
export const TEXT_HEADROOM_BYTES = 1024 * 1024;
/** Room kept for what a save adds on its own (the time it was saved). */
const FINAL_HEADROOM_BYTES = 16 * 1024;

/** Events that add text a facilitator typed; refused first as the file nears the limit. */
const TEXT_EVENTS: ReadonlySet<string> = new Set(
  [sessionEvents.noteCaptured, sessionEvents.noteEdited, sessionEvents.noteAttributed, sessionEvents.commitmentEdited, sessionEvents.slicesRestored, sessionEvents.detailsEdited, sessionEvents.projectorMessageSet].map(
    (creator) => creator.type,
  ),
);

/**
 * The most an event can add to the saved file, in bytes: twice its own JSON
 * (a note's text lands in the file once, restored notes also gain their
 * place in `ids`) plus the fields a new note gains. Costs the event's size,
 * never the session's. A property test checks it against real sessions.
 */
export function changeBound(event: SessionEvent): number {
  return 2 * Buffer.byteLength(JSON.stringify(event)) + 512;
}

/** What the facilitator reads when a change would make the session too big to open again. */
export function sessionFullMessage(limitBytes: number = MAX_SESSION_FILE_BYTES): string {
  const limit = Math.round(limitBytes / (1024 * 1024));
  return `Not added: this session has reached the ${limit} MB a session file can hold, so Groundwork cannot save more into it. Everything up to now is kept. Export the report, then start a new session for the rest of the workshop.`;
}

/**
 * Keeps the session file under the size Groundwork will read, without
 * measuring the session on every change: the size of the last save is known
 * (the autosaver measures the bytes it writes), and each change since then
 * is counted by `changeBound`. A change that could cross the limit is refused before
 * it is applied, so nothing saved is ever too big to open.
 */
export class SessionSizeBudget {
  private measured: number;
  private pending = 0;

  constructor(
    /** The size of the session as last written or read, in bytes. */
    measuredBytes: number,
    private readonly limit: number = MAX_SESSION_FILE_BYTES,
  ) {
    this.measured = measuredBytes;
  }

  /**
   * Counts the events of one change about to be applied (an undo can take two), or throws a HostFailure saying why
   * they cannot be. All or none: a change is never let half in. Cost: the events' size.
   */
  admit(events: readonly SessionEvent[]): void {
    let bound = 0;
    let addsText = false;
    for (const event of events) {
      bound += changeBound(event);
      addsText ||= TEXT_EVENTS.has(event.type);
    }
    const ceiling = this.limit - (addsText ? TEXT_HEADROOM_BYTES : FINAL_HEADROOM_BYTES);
    if (this.measured + this.pending + bound > ceiling) throw new HostFailure('invalid', sessionFullMessage(this.limit));
    this.pending += bound;
  }

  /** The autosaver turned the newest session (every admitted change) into this many bytes. */
  serialized(bytes: number): void {
    this.measured = bytes;
    this.pending = 0;
  }
}
