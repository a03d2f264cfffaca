import type { UndoStatus } from '../../shared/protocol/hostStatus';
import type { SessionEvent } from '../../shared/session/sessionSlice';
import type { SessionState } from '../../shared/session/types';
import { eventsToReach, stepOf } from '../../shared/session/undo';
import type { UndoStep } from '../../shared/session/undo';
import { HostFailure } from './hostFailure';
import type { SessionStore } from './sessionStore';

/** Most steps the history keeps per session; older ones are forgotten (and Undo says so when it reaches them). */
export const UNDO_LIMIT = 200;

/** A step in the history, with the revision that recorded it (its name for a toast's Undo). */
interface Entry extends UndoStep {
  step: number;
}

/** The open session's undo and redo stacks, kept in the host so every window and both undo paths agree. */
export interface UndoHistory {
  /** Records the step an accepted event made, if it is one; a new step clears what could be redone. */
  record(before: SessionState, after: SessionState, event: SessionEvent): void;
  /** Takes back the newest step (only if it is `step`, when given); throws a HostFailure with a sentence otherwise. */
  undo(step?: number): void;
  /** Brings back the newest undone step; throws a HostFailure with a sentence when there is none. */
  redo(): void;
}

/**
 * Creates the history of the store's session. `apply` runs the events of one step together, as a command's are run
 * (admitted as one, then applied and pushed by the store and saved by the keeper), so a step refused is not half
 * taken; the history is forgotten whenever the store's session is replaced (another session opened, created,
 * restored or closed).
 */
export function createUndoHistory(store: SessionStore, now: () => number, apply: (events: readonly SessionEvent[]) => void): UndoHistory {
  let undoStack: Entry[] = [];
  let redoStack: Entry[] = [];
  let forgotten = 0;

  store.subscribe((message) => {
    if (message.kind !== 'snapshot') return;
    undoStack = [];
    redoStack = [];
    forgotten = 0;
  });

  const summary = (entry: Entry | undefined) => (entry ? { step: entry.step, label: entry.label } : null);
  const publish = (): void => {
    const status: UndoStatus = { undo: summary(undoStack.at(-1)), redo: summary(redoStack.at(-1)) };
    store.setHistory(status.undo || status.redo ? status : null);
  };
  const reach = (side: UndoStep['before']): void => {
    const session = store.session();
    if (!session) throw new HostFailure('no-session', 'No session is open. Start or open one first.');
    // One step's events go together, so admission takes or refuses the whole step.
    apply(eventsToReach(session, side, now()));
  };

  return {
    record(before, after, event) {
      const step = stepOf(before, after, event);
      if (!step) return;
      undoStack.push({ ...step, step: store.rev() });
      if (undoStack.length > UNDO_LIMIT) {
        undoStack = undoStack.slice(-UNDO_LIMIT);
        forgotten += 1;
      }
      redoStack = [];
      publish();
    },
    undo(step) {
      const entry = undoStack.at(-1);
      if (step !== undefined && entry?.step !== step && redoStack.some((undone) => undone.step === step)) {
        throw new HostFailure('invalid', 'That change is already undone.');
      }
      if (!entry) {
        throw new HostFailure(
          'invalid',
          forgotten > 0
            ? `Nothing more to undo: Groundwork keeps the last ${UNDO_LIMIT} changes of a session, and every one of them is undone.`
            : 'Nothing to undo: no change has been made since this session was opened.',
        );
      }
      if (step !== undefined && entry.step !== step) {
        throw new HostFailure('invalid', `That change was not undone because newer changes came after it. Undo steps back from the newest change: ${entry.label}.`);
      }
      reach(entry.before);
      undoStack.pop();
      redoStack.push(entry);
      publish();
    },
    redo() {
      const entry = redoStack.at(-1);
      if (!entry) throw new HostFailure('invalid', 'Nothing to redo: Redo brings back what Undo took away, until a new change is made.');
      reach(entry.after);
      redoStack.pop();
      undoStack.push(entry);
      publish();
    },
  };
}
