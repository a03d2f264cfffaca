import type { SessionState } from '../../../shared/session/types';
import type { RecentList } from '../recentList';

/** Explicit saves update the recent list's "saved at" at most this often. */
const RECENT_REFRESH_MS = 10_000;

/**
 * Keeps one open session's line on the recent list up to date: written when
 * the session is opened, saved or left, and again when its title, group or
 * date change, but not on every autosave.
 */
export class RecentRecorder {
  /** Title/group/date last written, to update the line when they change. */
  private recorded = '';
  /** When the line was last written. */
  private recordedAt = 0;

  constructor(
    private readonly recent: RecentList,
    /** Where the session is saved now (it moves with Save As). */
    private readonly where: () => string,
  ) {}

  /** Whether the line names the session differently from the list. */
  changedSince(session: SessionState): boolean {
    return this.recorded !== recentKey(session);
  }

  /** Whether an explicit save at `now` should refresh the line. */
  dueAfterSave(session: SessionState, now: number): boolean {
    return this.changedSince(session) || now - this.recordedAt >= RECENT_REFRESH_MS;
  }

  /** Puts the session on the recent list; untitled sessions appear there by their recovery copy. */
  async record(session: SessionState, savedAt: number): Promise<void> {
    this.recorded = recentKey(session);
    this.recordedAt = savedAt;
    const { title, group, date } = session.meta;
    await this.recent.record({ path: this.where(), title, group, date, savedAt });
  }
}

function recentKey(session: SessionState): string {
  return JSON.stringify([session.meta.title, session.meta.group, session.meta.date]);
}
