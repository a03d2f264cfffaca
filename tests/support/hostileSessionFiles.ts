import { serializeSessionFile } from '../../shared/session/sessionFile';
import { storedSessionOf } from '../../shared/session/storedSession';
import type { SessionState, StoredSession } from '../../shared/session/types';
import { createSession } from '../../shared/workshop/createSession';
import { everyKindWorkshop } from './everyKindWorkshop';

/** A valid session in memory (every activity kind). */
export function baseSession(): SessionState {
  return createSession(everyKindWorkshop, { group: 'Ops leads', date: '2026-11-28', sessionId: 'session-1', now: 1_000_000 });
}

/** The same session as its file stores it, to build hostile files from. */
export function baseStoredSession(): StoredSession {
  return storedSessionOf(baseSession());
}

function fileText(session: unknown): string {
  return JSON.stringify({ app: 'groundwork', schemaVersion: 2, savedAt: 1_000_000, session });
}

function strayNote(id: string, activityId: string): Record<string, unknown> {
  return { id, activityId, text: 'x', hidden: false, createdAt: 1, updatedAt: 1, deletedAt: null, columnId: null, position: null, attribution: null, commitment: null };
}

/**
 * Session files an attacker (or a broken tool) could write, each small enough
 * to pass the 50 MB read limit, with what makes each one bad.
 */
export const hostileSessionFiles: Record<string, () => string> = {
  /** 200,000 notes in `entities` that `ids` does not list: past the 20,000-note cap. */
  strayNotes: () => {
    const session = baseStoredSession();
    const activityId = session.agenda[0]?.id ?? '';
    const entities: Record<string, unknown> = {};
    for (let i = 0; i < 200_000; i++) entities[`n${i}`] = strayNote(`n${i}`, activityId);
    return fileText({ ...session, notes: { ids: [], entities } });
  },
  /** 400,000 timers for activities that do not exist. */
  phantomTimers: () => {
    const session = baseStoredSession();
    const timers: Record<string, unknown> = { ...session.timers };
    for (let i = 0; i < 400_000; i++) timers[`ghost-${i}`] = { plannedMs: 0, adjustMs: 0, usedMs: 0, startedAt: null };
    return fileText({ ...session, timers });
  },
  /** A session that is one array nested 25 million deep (50 MB). */
  nestedArray: () => {
    const head = '{"app":"groundwork","schemaVersion":2,"savedAt":0,"session":';
    const depth = Math.floor((50 * 1024 * 1024 - head.length - 1) / 2);
    return `${head}${'['.repeat(depth)}${']'.repeat(depth)}}`;
  },
};

/** Writes a valid session file's text (for tests that tamper with one field). */
export function validSessionText(session: SessionState = baseSession()): string {
  return serializeSessionFile(session, 1_000_000);
}
