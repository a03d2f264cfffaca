import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { createHost } from '../electron/host/createHost';
import type { HostConnection } from '../electron/host/hostTypes';
import type { PushMessage } from '../shared/protocol/messages';
import { startReplication } from '../renderer/store/replicator';
import { startRoomReplication } from '../renderer/store/roomReplicator';
import { createRoomStore } from '../renderer/store/roomStore';
import { createReplicaStore } from '../renderer/store/store';
import { parseRoomMessage } from '../renderer/transport/checkServerMessage';
import type { MessageParser } from '../renderer/transport/checkServerMessage';
import type { HostLink } from '../renderer/transport/hostLink';
import { parseServerMessage } from '../renderer/transport/parseServerMessage';
import { percentiles } from './stats';
import type { Percentiles } from './stats';

/** What one note arriving costs each window before anything is drawn, µs. */
export interface MessageCostFigures {
  /** The control window: JSON.parse, the message check, the replica's reducer (an event and a save status per note). */
  controlUs: Percentiles;
  /** The presenter: JSON.parse, the check, applying the view patch to the frozen view it holds, checking the result. */
  presenterUs: Percentiles;
}

/**
 * The windows' own cost of each note arriving, in a discussion already holding `notes`: the host in this process
 * makes the real messages (captures through a control connection, with a projector link attached), and each
 * window's transport check and replication take them as they would off the wire, with no page and nothing drawn.
 * The first half of the captures warms the code; the second is measured.
 */
export async function measureMessageCost(notes: number, captures: number): Promise<MessageCostFigures> {
  const folder = mkdtempSync(join(tmpdir(), 'groundwork-bench-messages-'));
  const host = createHost({ mode: 'browser', workspaceDir: join(folder, 'workspace'), dataDir: join(folder, 'data') });
  try {
    await host.started();
    const toControl: string[] = [];
    const toPresenter: string[] = [];
    const control = host.connect('control', (message) => toControl.push(JSON.stringify(message)));
    const call = async (verb: string, args: unknown): Promise<unknown> => {
      const outcome = await control.call(verb, args);
      if (!outcome.ok) throw new Error(`${verb}: ${outcome.error.message}`);
      return outcome.result;
    };
    await call('session.create', { workshopId: 'management-and-leadership', group: 'Bench', date: '2026-11-28' });
    // The workshop opens on a title screen and a sort; the discussion is two Nexts on.
    for (let i = 0; i < 2; i++) await call('session.dispatch', { type: 'activity.next' });
    const snapshot = (await call('session.snapshot', {})) as { session: { currentActivityId: string } };
    const activityId = snapshot.session.currentActivityId;
    for (let i = 0; i < notes; i++) await call('session.dispatch', { type: 'note.capture', activityId, text: `Seed note ${i + 1}` });
    const presenter = host.connect('presenter', (message) => toPresenter.push(JSON.stringify(message)));

    const controlListeners: Array<(message: PushMessage) => void> = [];
    const presenterListeners: Array<(message: PushMessage) => void> = [];
    startReplication(linkOver(control, controlListeners), createReplicaStore());
    const roomStore = createRoomStore();
    startRoomReplication(linkOver(presenter, presenterListeners), roomStore);
    // Both windows ask for their snapshot on connecting; the answers come back through the host's promises.
    while (roomStore.getState().sync.rev === null) await new Promise((resolve) => setTimeout(resolve, 5));
    toControl.length = 0;
    toPresenter.length = 0;
    for (let i = 0; i < captures; i++) await call('session.dispatch', { type: 'note.capture', activityId, text: `Burst note ${i + 1} from a phone in the room` });
    return { controlUs: takeIn(toControl, parseServerMessage, controlListeners), presenterUs: takeIn(toPresenter, parseRoomMessage, presenterListeners) };
  } finally {
    await host.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A window's link over an in-process host connection: calls answer as over the wire (copied), pushes come from the test. */
function linkOver(connection: HostConnection, listeners: Array<(message: PushMessage) => void>): HostLink {
  return {
    call: async (verb, args) => {
      const outcome = await connection.call(verb, args);
      if (!outcome.ok) throw new Error(`${verb}: ${outcome.error.message}`);
      return JSON.parse(JSON.stringify(outcome.result)) as never;
    },
    onPush: (listener) => {
      listeners.push(listener);
      return () => undefined;
    },
    onConnection: (listener) => {
      listener('open', null);
      return () => undefined;
    },
  };
}

/** Hands each raw message to the window's check and listeners, timing each; the second half's percentiles, µs. */
function takeIn(raws: readonly string[], parse: MessageParser, listeners: ReadonlyArray<(message: PushMessage) => void>): Percentiles {
  const timings: number[] = [];
  for (const raw of raws) {
    const started = performance.now();
    const message = parse(JSON.parse(raw));
    if (!message) throw new Error('A message the host sent did not pass the window\'s check.');
    if (message.kind !== 'reply') for (const push of message.kind === 'batch' ? message.messages : [message]) for (const listener of listeners) listener(push);
    timings.push((performance.now() - started) * 1000);
  }
  return percentiles(timings.slice(Math.floor(timings.length / 2)));
}

/** `measureMessageCost` in a new Node process, so the figure is not shaped by what the benches before it left behind. */
export async function measureMessageCostInFreshProcess(notes: number, captures: number): Promise<MessageCostFigures> {
  const module = pathToFileURL(join(import.meta.dirname, 'messageCost.ts')).href;
  const script = `import(${JSON.stringify(module)}).then((m) => m.measureMessageCost(${notes}, ${captures})).then((f) => console.log(JSON.stringify(f)), (e) => { console.error(e); process.exit(1); })`;
  const { stdout } = await promisify(execFile)(process.execPath, [...process.execArgv, '-e', script], { timeout: 300_000, maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as MessageCostFigures;
}
