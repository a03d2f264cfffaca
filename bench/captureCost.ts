import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHost } from '../electron/host/createHost';
import type { HostConnection } from '../electron/host/hostTypes';
import { serializeSessionFile } from '../shared/session/sessionFile';
import { sessionWithNotes } from './saveTime';
import { percentiles } from './stats';
import type { Percentiles } from './stats';

/**
 * Time for one `note.capture` through the real connection (validation, reducer, undo step, save scheduling)
 * in a session that already holds `notes` notes. The session is written to disk and opened, as a facilitator
 * would reopen a crowded session, so filling it does not depend on capture speed.
 */
export async function measureCaptureCost(notes: number, samples: number): Promise<Percentiles> {
  const folder = mkdtempSync(join(tmpdir(), 'groundwork-bench-capture-'));
  const workspace = join(folder, 'workspace');
  const session = sessionWithNotes(notes);
  const host = createHost({ mode: 'browser', workspaceDir: workspace, dataDir: join(folder, 'data') });
  try {
    await host.started();
    const { mkdirSync } = await import('node:fs');
    mkdirSync(workspace, { recursive: true });
    writeFileSync(join(workspace, 'crowded.groundwork'), serializeSessionFile(session, Date.now()));
    const control = host.connect('control', () => undefined);
    await must(control, 'session.open', { path: 'crowded.groundwork' });
    const activityId = session.agenda.find((activity) => activity.kind === 'discussion')?.id ?? session.currentActivityId;
    const timings: number[] = [];
    for (let i = 0; i < samples + 10; i++) {
      const started = performance.now();
      await must(control, 'session.dispatch', { type: 'note.capture', activityId, text: `Bench note ${i}: what would trust look like here?` });
      if (i >= 10) timings.push(performance.now() - started);
      // Let the autosave that this capture scheduled run, as it would between two notes typed in a room.
      await host.flush();
    }
    return percentiles(timings);
  } finally {
    await host.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

async function must(connection: HostConnection, verb: string, args: unknown): Promise<unknown> {
  const outcome = await connection.call(verb, args);
  if (!outcome.ok) throw new Error(`${verb}: ${outcome.error.message}`);
  return outcome.result;
}
