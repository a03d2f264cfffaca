import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { atomicWrite } from '../electron/files/atomicWrite';
import { sessionEvents, sessionReducer } from '../shared/session/sessionSlice';
import { serializeSessionFile } from '../shared/session/sessionFile';
import { noteById, noteTableOf } from '../shared/session/noteTable';
import type { SessionState } from '../shared/session/types';
import { createSession } from '../shared/workshop/createSession';
import { managementAndLeadershipWorkshop } from '../shared/workshop/builtInWorkshops';
import { percentiles } from './stats';
import type { Percentiles } from './stats';

/** A session holding `count` notes of realistic length, spread over the agenda (built directly: the reducer would make this quadratic). */
export function sessionWithNotes(count: number): SessionState {
  const session = createSession(managementAndLeadershipWorkshop, { group: 'Bench', date: '2026-11-28', sessionId: 'bench', now: 1_700_000_000_000 });
  const notes = session.agenda.length > 0 ? Array.from({ length: count }, (_, i) => i) : [];
  const built = notes.map((i) => {
    const at = 1_700_000_000_000 + i;
    const activityId = session.agenda[i % session.agenda.length]?.id ?? '';
    const text = `Note ${i}: trust grows when check-ins are regular and honest, in both directions.`;
    const captured = sessionReducer(session, sessionEvents.noteCaptured({ id: `note-${i}`, activityId, at, text }));
    return (captured ? noteById(captured.notes, `note-${i}`) : undefined) ?? never();
  });
  return { ...session, notes: noteTableOf(built) };
}

function never(): never {
  throw new Error('unreachable');
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
