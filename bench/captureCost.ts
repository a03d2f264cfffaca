import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createHost } from '../electron/host/createHost';
import type { HostConnection } from '../electron/host/hostTypes';
import { serializeSessionFile } from '../shared/session/sessionFile';
import { sessionWithNotes } from './saveTime';
import { percentiles } from './stats';
import type { Percentiles } from './stats';

/** Pause between two captures, after the previous one's save. */
const ROOM_GAP_MS = 5;

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
      // Let the autosave that this capture scheduled run, as it would between two notes typed in a room, and leave
      // the pause a room leaves between two notes (even 200 phones at a note a second each are 5 ms apart), so each
      // capture is timed on its own rather than in the wake of the previous save's disk writes.
      await host.flush();
      await new Promise((resolve) => setTimeout(resolve, ROOM_GAP_MS));
    }
    return percentiles(timings);
  } finally {
    await host.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * `measureCaptureCost` in a new Node process, warmed by a first pass there. The figure is how a capture's cost
 * depends on the session's size; run in the bench's own process it also carried what the benches before it left
 * behind (JIT feedback from the flood bench's captures, a heap shaped by the others), which moved the 20,000-note
 * figure by up to 2x from run to run while the 100-note one stayed put.
 */
export async function measureCaptureCostInFreshProcess(notes: number, samples: number): Promise<Percentiles> {
  const child = join(import.meta.dirname, 'captureCostChild.ts');
  const { stdout } = await promisify(execFile)(process.execPath, [...process.execArgv, child, String(notes), String(samples)], { timeout: 300_000, maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as Percentiles;
}

async function must(connection: HostConnection, verb: string, args: unknown): Promise<unknown> {
  const outcome = await connection.call(verb, args);
  if (!outcome.ok) throw new Error(`${verb}: ${outcome.error.message}`);
  return outcome.result;
}
