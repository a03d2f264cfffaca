import type { SessionFileInfo } from '../../../shared/protocol/hostStatus';
import type { SessionEvent } from '../../../shared/session/sessionSlice';
import type { SessionState } from '../../../shared/session/types';
import type { HostContext } from '../hostContext';
import { SessionSteps } from './sessionSteps';
import type { LifecycleSteps } from './sessionSteps';

/**
 * Holds the open session: its file, autosave and size limit, and the steps
 * that create, open, save, save as and close it. Those steps are only handed
 * out inside a turn (`turn`), and turns run one after another in the order
 * asked, so no caller can swap or move the session while another step runs.
 * Changes to the open session (`admit`, `changed`) need no turn.
 */
export class SessionKeeper {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly steps: SessionSteps;

  constructor(private readonly ctx: HostContext) {
    this.steps = new SessionSteps(ctx);
  }

  /** The named file of the open session, if any. */
  currentFile(): { absolute: string; info: SessionFileInfo } | null {
    return this.steps.currentFile();
  }

  /** Counts a change about to be applied against the size limit; throws a HostFailure with a sentence when it cannot fit. */
  admit(events: readonly SessionEvent[]): void {
    this.steps.admit(events);
  }

  /** Schedules an autosave after a change. */
  changed(session: SessionState): void {
    this.steps.changed(session);
  }

  /**
   * Runs one lifecycle turn after the turns asked before it: `task` gets the
   * steps, and may first ask (a dialog, a file read) what to do with them.
   */
  turn<T>(task: (steps: LifecycleSteps) => Promise<T>): Promise<T> {
    const run = (): Promise<T> => task(this.steps);
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Waits until every change so far is written (or has failed and been reported). */
  async flush(): Promise<void> {
    await this.steps.flush();
    await this.ctx.recent.idle();
  }

  /**
   * Flushes and stops saving (host shutdown), after the turns already asked.
   * Quitting is not closing: the session stays listed as open, so the next
   * start reopens it where it was.
   */
  async shutdown(): Promise<void> {
    await this.turn(() => this.steps.stop());
    await this.ctx.recent.idle();
  }
}
