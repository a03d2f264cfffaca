import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { atomicWrite } from '../electron/files/atomicWrite';
import { sessionEvents, sessionReducer } from '../shared/session/sessionSlice';
import { serializeSessionFile } from '../shared/session/sessionFile';
import type { SessionState } from '../shared/session/types';
import { createSession } from '../shared/workshop/createSession';
import { managementAndLeadershipWorkshop } from '../shared/workshop/builtInWorkshops';
import { percentiles } from './stats';
import type { Percentiles } from './stats';

/** A session holding `count` notes of realistic length, spread over the agenda. */
export function sessionWithNotes(count: number): SessionState {
  let session: SessionState | null = createSession(managementAndLeadershipWorkshop, { group: 'Bench', date: '2026-11-28', sessionId: 'bench', now: 1_700_000_000_000 });
  const agenda = session.agenda;
  for (let i = 0; i < count; i++) {
    const activityId = agenda[i % agenda.length]?.id ?? '';
    session = sessionReducer(session, sessionEvents.noteCaptured({ id: `note-${i}`, activityId, at: 1_700_000_000_000 + i, text: `Note ${i}: trust grows when check-ins are regular and honest, in both directions.` }));
  }
  if (!session) throw new Error('unreachable');
  return session;
}

/** Time to serialise and durably write (fsync'd temp, rename, fsync'd folder) a session of `notes` notes. */
export async function measureSaveTime(notes: number, samples: number): Promise<Percentiles & { bytes: number }> {
  const folder = mkdtempSync(join(tmpdir(), 'groundwork-bench-'));
  const target = join(folder, 'bench.groundwork');
  const session = sessionWithNotes(notes);
  const timings: number[] = [];
  let bytes = 0;
  try {
    for (let i = 0; i < samples + 5; i++) {
      const started = performance.now();
      const text = serializeSessionFile(session, Date.now());
      await atomicWrite(target, text);
      if (i >= 5) timings.push(performance.now() - started);
      bytes = Buffer.byteLength(text);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return { ...percentiles(timings), bytes };
}
