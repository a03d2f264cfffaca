import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createHost } from '../../../electron/host/createHost';
import type { CallOutcome, Host, HostConnection, HostOptions } from '../../../electron/host/hostTypes';
import type { PushMessage } from '../../../shared/protocol/messages';
import type { Role } from '../../../shared/protocol/roles';
import type { Snapshot, VerbName } from '../../../shared/protocol/verbs';
import { makeTempDir } from './tempDir';

/** A controllable clock. */
export interface FakeClock {
  now: () => number;
  set: (ms: number) => void;
  advance: (ms: number) => void;
}

/** A clock that starts at a fixed instant and only moves when told. */
export function fakeClock(start = Date.UTC(2026, 10, 28, 9, 0, 0)): FakeClock {
  let current = start;
  return { now: () => current, set: (ms) => (current = ms), advance: (ms) => (current += ms) };
}

/** Ids id-1, id-2, … so tests can name notes. */
export function sequentialIds(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

/** A window connected to a host, recording every push. */
export interface TestWindow {
  connection: HostConnection;
  pushes: PushMessage[];
  /** Any verb name, including ones the host does not know (to test refusals). */
  call: (verb: string, args?: unknown) => Promise<CallOutcome>;
  /** Calls and asserts success, returning the result. */
  ok: <T = unknown>(verb: VerbName, args?: unknown) => Promise<T>;
  snapshot: () => Promise<Snapshot>;
}

/** Connects a window with the given role. */
export function connectWindow(host: Host, role: Role): TestWindow {
  const pushes: PushMessage[] = [];
  const connection = host.connect(role, (message) => pushes.push(message));
  const call = (verb: string, args: unknown = {}) => connection.call(verb, args);
  const ok = async <T>(verb: VerbName, args: unknown = {}): Promise<T> => {
    const outcome = await call(verb, args);
    if (!outcome.ok) throw new Error(`${verb} failed: ${outcome.error.code}: ${outcome.error.message}`);
    return outcome.result as T;
  };
  return { connection, pushes, call, ok, snapshot: () => ok<Snapshot>('session.snapshot') };
}

/** A host on temp folders with a fake clock and sequential ids. */
export interface HostHarness {
  host: Host;
  workspace: string;
  dataDir: string;
  clock: FakeClock;
  control: TestWindow;
  /** Starts another host on the same folders (as after a restart). */
  restart: (extra?: Partial<HostOptions>) => Host;
  cleanup: () => Promise<void>;
}

/** Creates a host for tests. */
export async function makeHost(extra: Partial<HostOptions> = {}): Promise<HostHarness> {
  const temp = await makeTempDir();
  const workspace = path.join(temp.dir, 'workspace');
  const dataDir = path.join(temp.dir, 'data');
  await mkdir(workspace, { recursive: true });
  const clock = fakeClock();
  const options: HostOptions = { mode: 'browser', workspaceDir: workspace, dataDir, now: clock.now, newId: sequentialIds(), ...extra };
  const host = createHost(options);
  const hosts: Host[] = [host];
  return {
    host,
    workspace,
    dataDir,
    clock,
    control: connectWindow(host, 'control'),
    restart: (more = {}) => {
      const next = createHost({ ...options, newId: sequentialIds('again'), ...more });
      hosts.push(next);
      return next;
    },
    cleanup: async () => {
      for (const each of hosts) await each.close();
      await temp.cleanup();
    },
  };
}

/** Starts the built-in workshop as an untitled session. */
export async function startWorkshop(window: TestWindow, group = 'Ops leads', date = '2026-11-28'): Promise<void> {
  await window.ok('session.create', { workshopId: 'management-and-leadership', group, date });
}
