/**
 * The child of the kill test: runs the real host (createHost) on real
 * folders, restores or opens its session, then captures notes without pause
 * until it is killed. It prints one line per fact the parent relies on:
 *
 *   READY <notes> <absolute file>   after start-up; then waits for "go" on stdin
 *   ACK <rev> <notes>               only after the host reported the save covering that revision as done
 *   ERROR <message>                 something went wrong before the kill
 *
 * Stdout is a pipe, which Node writes synchronously on Linux: a line that
 * was printed has reached the parent even if SIGKILL follows at once.
 *
 * Arguments: --workspace DIR --data DIR --mode desktop|browser --kind named|untitled
 *            [--expect-resume]  the session left by the last (killed) run must already be open at start-up
 *            [--stop-after N]   capture N notes in all, print APPLIED <notes> once the host has applied them, then wait
 *            [--slow-disk MS]   every file write takes MS longer (so saves are still pending when a signal arrives)
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { nodeFileSystem } from '../../electron/files/fileSystemPort';
import type { FileSystemPort } from '../../electron/files/fileSystemPort';
import { createHost } from '../../electron/host/createHost';
import { stopOnSignals } from '../../electron/host/stopOnSignals';
import type { PushMessage } from '../../shared/protocol/messages';
import type { Snapshot, VerbArgs, VerbName, VerbResult } from '../../shared/protocol/verbs';
import { noteIds } from '../support/noteTables';

const FILE_NAME = 'kill-test.groundwork';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** The real disk, with every file write held back for a while. */
function slowDisk(delayMs: number): FileSystemPort {
  return {
    ...nodeFileSystem,
    async openNew(file, fileMode) {
      const handle = await nodeFileSystem.openNew(file, fileMode);
      return {
        ...handle,
        write: async (data) => {
          await new Promise((resolve) => setTimeout(resolve, delayMs));
          await handle.write(data);
        },
      };
    },
  };
}

async function main(): Promise<void> {
  const workspace = option('workspace');
  const dataDir = option('data');
  if (!workspace || !dataDir) throw new Error('say where to work: --workspace DIR --data DIR');
  const mode = option('mode') === 'browser' ? 'browser' : 'desktop';
  const kind = option('kind') === 'untitled' ? 'untitled' : 'named';
  const stopAfter = Number(option('stop-after') ?? Infinity);
  const slowMs = Number(option('slow-disk') ?? 0);
  const target = path.join(workspace, FILE_NAME);
  const host = createHost({
    fileSystem: slowMs > 0 ? slowDisk(slowMs) : undefined,
    mode,
    workspaceDir: workspace,
    dataDir,
    dialogs: mode === 'desktop' ? { chooseWhereToSave: () => Promise.resolve(target), chooseSessionToOpen: () => Promise.resolve(target) } : undefined,
  });
  stopOnSignals(
    () => host.close(),
    (error) => say(`ERROR stopping: ${String(error)}`),
  );

  let rev = 0;
  let notes = 0;
  let counting = false;
  const onPush = (message: PushMessage): void => {
    if (message.kind === 'event') {
      rev = message.rev;
      if (counting && message.event.type === 'session/noteCaptured') notes += 1;
    } else if (message.kind === 'snapshot') {
      rev = message.snapshot.rev;
    } else if (message.kind === 'status' && counting && message.status.save.state === 'saved') {
      say(`ACK ${rev} ${notes}`);
    }
  };
  const connection = host.connect('control', onPush);
  const call = async <V extends VerbName>(verb: V, args: VerbArgs<V>): Promise<VerbResult<V>> => {
    const outcome = await connection.call(verb, args);
    if (!outcome.ok) throw new Error(`${verb}: ${outcome.error.message}`);
    return outcome.result as VerbResult<V>;
  };

  const { sessions: offers } = await call('recovery.list', {});
  const resumed = (await call('session.snapshot', {})).session !== null;
  if (process.argv.includes('--expect-resume') && (!resumed || offers.length !== 0)) {
    throw new Error(`expected the killed session to reopen by itself with nothing offered; reopened: ${String(resumed)}, offers: ${offers.length}`);
  }
  const offer = offers[0];
  if (resumed) {
    // Reopened at start-up, as the host does after any stop.
  } else if (offer) {
    await call('recovery.restore', { id: offer.id });
  } else if (kind === 'named' && existsSync(target)) {
    await call('session.open', mode === 'browser' ? { path: FILE_NAME } : {});
  } else {
    await call('session.create', { workshopId: 'management-and-leadership', group: 'Kill test', date: '2026-11-28' });
    if (kind === 'named') await call('session.saveAs', mode === 'browser' ? { path: FILE_NAME } : {});
  }
  await host.flush();
  const snapshot: Snapshot = await call('session.snapshot', {});
  const session = snapshot.session;
  if (!session) throw new Error('no session after start-up');
  notes = noteIds(session.notes).length;
  const file = kind === 'named' ? target : path.join(dataDir, 'recovery', `${session.meta.id}.groundwork`);
  say(`READY ${notes} ${file}`);

  await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
  counting = true;
  const activityId = session.currentActivityId;
  let next = notes;
  const failed = (error: unknown): void => say(`ERROR ${error instanceof Error ? error.message : String(error)}`);
  for (;;) {
    const burst = 1 + Math.floor(Math.random() * 3);
    const sent: Promise<unknown>[] = [];
    for (let i = 0; i < burst && next < stopAfter; i++) {
      next += 1;
      // Not awaited one by one: commands pile up the way fast typing does.
      sent.push(call('session.dispatch', { type: 'note.capture', activityId, text: `n${next}` }).catch(failed));
    }
    if (next >= stopAfter) {
      await Promise.all(sent);
      say(`APPLIED ${notes} ${rev}`);
      setInterval(() => undefined, 60_000); // stay alive until the signal
      return;
    }
    if (Number.isFinite(stopAfter)) continue; // a signal test: send everything at once, so the writes are still pending at the end
    if (Math.random() < 0.5) await host.flush();
    else await new Promise((resolve) => setTimeout(resolve, Math.random() * 3));
  }
}

main().catch((error: unknown) => {
  say(`ERROR ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
