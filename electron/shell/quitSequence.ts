/** Something Electron lets us hold back: `before-quit`, powerMonitor's `shutdown`, a window's `query-session-end`. */
export interface Preventable {
  preventDefault(): void;
}

/** How the sequence ends the app once every change is on disk. */
export interface QuitActions {
  /** Saves what is pending (bounded in time); resolves with the exit code: 0 when saved, 1 when not. */
  flush(): Promise<number>;
  /** Quits for real: app.quit(), which closes the windows normally so they remember where they were. */
  quit(): void;
  /** Leaves at once with a code, when the save failed: app.exit(code). */
  exit(code: number): void;
}

/**
 * Quitting, as one small state machine: the first request to quit (Cmd+Q, the last window closed, Ctrl+C, SIGTERM,
 * the machine shutting down or logging off) starts the save; every request until it ends is held back too (a second
 * Cmd+Q, a second Ctrl+C), so Electron never quits with a write pending; once saved, the app quits normally.
 */
export class QuitSequence {
  private phase: 'running' | 'saving' | 'ready' = 'running';

  constructor(private readonly actions: QuitActions) {}

  /** Whether the app is on its way out (the save before quitting has started). */
  get stopping(): boolean {
    return this.phase !== 'running';
  }

  /** A request to quit: held back until everything is saved, unless the save has already finished. */
  request(event?: Preventable): void {
    if (this.phase === 'ready') return;
    event?.preventDefault();
    if (this.phase === 'saving') return;
    this.phase = 'saving';
    void this.actions.flush().then(
      (code) => this.finish(code),
      () => this.finish(1),
    );
  }

  private finish(code: number): void {
    this.phase = 'ready';
    if (code === 0) this.actions.quit();
    else this.actions.exit(code);
  }
}
