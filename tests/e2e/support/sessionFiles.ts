import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSessionFile, serializeSessionFile } from '../../../shared/session/sessionFile';
import type { SessionState } from '../../../shared/session/types';
import { createSession } from '../../../shared/workshop/createSession';
import { workshop } from './workshop';

/**
 * Writes a session file into a workspace, as an earlier run of Groundwork
 * would have left it, after letting the test change the session first.
 */
export function writeSessionFile(workspace: string, name: string, change: (session: SessionState) => void): string {
  const now = Date.now();
  const session = createSession(workshop, { group: 'Seeded group', date: '2026-05-04', sessionId: randomUUID(), now });
  // A session saved during a run has moved on from its title screen.
  session.presenter.titleScreen = false;
  change(session);
  const file = join(workspace, name);
  writeFileSync(file, serializeSessionFile(session, now));
  return file;
}

/** Reads and checks a session file from disk, failing loudly if it is not valid. */
export function readSessionFile(file: string): SessionState {
  const parsed = parseSessionFile(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(`${file} is not a valid session file: ${parsed.problem}`);
  return parsed.session;
}
