import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import WebSocket from 'ws';
import type { RawData } from 'ws';
import { createHost } from '../electron/host/createHost';
import type { Host, HostConnection } from '../electron/host/hostTypes';
import { THIS_COMPUTER } from '../shared/phones/advertisedAddress';
import { PHONE_PROTOCOL_VERSION } from '../shared/phones/phoneProtocol';
import type { PhoneServerMessage } from '../shared/phones/phoneProtocol';
import type { PushMessage } from '../shared/protocol/messages';
import type { Snapshot } from '../shared/protocol/verbs';
import { allNotes } from '../shared/session/noteTable';
import type { PhonesOpen } from '../shared/session/types';
import { percentiles } from './stats';

/** What a room of simulated phones did to the host, and whether each of their notes arrived exactly once. */
export interface PhonesFigures {
  /** Phones that joined (were sent the view on their first socket). */
  phones: number;
  notesSent: number;
  /** Notes a phone sent that are not in the session at the end. */
  lost: number;
  /** Notes whose text is in the session more than once. */
  duplicated: number;
  /** From a note's first send on a phone's socket to the projector's push that holds its text. */
  submitToProjectorMs: { p50: number; p95: number };
  /** process.rss after the run minus before it: the host and the simulated phones share this process. */
  hostRssDeltaMB: number;
  /** Bytes the phones received (WebSocket payloads and frame headers), per phone per second of the run. */
  downloadKBps: { perPhone: number };
  /** CPU time (user + system) of the run: the host and the simulated phones share this process. */
  hostCpuMs: number;
  /** Notes refused as sent too fast (each sent again a second later, as the phone page does). */
  refusedTooFast: number;
  /** Notes refused for any other reason (none expected: each is also lost). */
  refusedOther: number;
  /** Phones that dropped their socket and joined again on a new one. */
  rejoined: number;
  /** Seconds from the first phone's join to the last note's `got`. */
  runSeconds: number;
  /**
   * Whether each phone connected from its own loopback address (127.0.0.2, 127.0.0.3, …) as each phone in a room has
   * its own; where only 127.0.0.1 can be bound (macOS without aliases) the join limit per address is raised instead.
   */
  oneAddressPerPhone: boolean;
}

/** The size of the run. */
export interface PhonesOptions {
  phones?: number;
  notes?: number;
  seconds?: number;
  droppers?: number;
}

/** The room the bench simulates (issue #14): 200 phones writing 1,000 notes in 10 s, 20 of them dropping and rejoining. */
export const PHONES_DEFAULTS: Required<PhonesOptions> = { phones: 200, notes: 1000, seconds: 10, droppers: 20 };

// Bounds, so the load stays a bench: never more phones than the host takes sockets (300), never a long run.
const MAX_PHONES = 300;
const MAX_NOTES = 5000;
const MAX_SECONDS = 60;
/** After the last send, how long phones wait for their outstanding `got`s before the run ends anyway. */
const DRAIN_DEADLINE_MS = 20_000;
/** Time for setting up and closing, beyond the send window and the drain deadline, before the run is abandoned. */
const SETUP_ALLOWANCE_MS = 30_000;
/** How long a dropped phone stays away before it opens a new socket (a phone waking from sleep). */
const REJOIN_AFTER_MS = 250;
/** The phone page sends a note refused as too fast again after this long. */
const RETRY_TOO_FAST_MS = 1000;
/** The words of the host's "too fast" refusal (electron/phones/phoneLink.ts). */
const TOO_FAST = /again in a moment/;
/** The one address every phone connects to: the load stays on this computer. */
const LOOPBACK = THIS_COMPUTER.address;

interface Outgoing {
  id: string;
  text: string;
  /** performance.now() of its first send on a socket; null while it waits in the outbox of a phone that is away. */
  firstSentAt: number | null;
}

interface SimPhone {
  index: number;
  token: string;
  localAddress: string | undefined;
  socket: WebSocket | null;
  /** Sent the view on its current socket: notes may go out. */
  live: boolean;
  joined: boolean;
  /** Notes without a `got` yet, in the order written (a Map keeps insertion order). */
  outbox: Map<string, Outgoing>;
}

/**
 * A bounded load run on this computer only: `phones` real WebSocket clients of the phone protocol join a host in
 * browser mode over 127.0.0.1 and send `notes` notes paced evenly over `seconds`, while `droppers` of them cut their
 * socket mid-run and rejoin with the same token, resending their outbox. Stops by itself; rejects after a hard timeout.
 */
export async function measurePhones(options: PhonesOptions = {}): Promise<PhonesFigures> {
  const size = { ...PHONES_DEFAULTS, ...options };
  const bounded = (name: string, value: number, min: number, max: number): void => {
    if (!Number.isInteger(value) || value < min || value > max) throw new RangeError(`measurePhones: ${name} must be a whole number from ${min} to ${max}, not ${value}.`);
  };
  bounded('phones', size.phones, 1, MAX_PHONES);
  bounded('notes', size.notes, 1, MAX_NOTES);
  bounded('seconds', size.seconds, 1, MAX_SECONDS);
  bounded('droppers', size.droppers, 0, Math.min(size.phones, size.notes));
  const timeoutMs = size.seconds * 1000 + DRAIN_DEADLINE_MS + SETUP_ALLOWANCE_MS;
  const run = createRun(size);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`measurePhones: the phones bench did not finish within ${timeoutMs / 1000} s (stage: ${run.stage()}); stopped it.`)), timeoutMs);
  });
  try {
    return await Promise.race([run.figures(), timeout]);
  } finally {
    clearTimeout(timer);
    await run.stop();
  }
}

/**
 * `measurePhones` in a new Node process with `--expose-gc`: RSS and CPU are then the phones run's alone, not what the
 * benches before it left in this process, and RSS is read after a full collection.
 */
export async function measurePhonesInFreshProcess(options: PhonesOptions = {}): Promise<PhonesFigures> {
  const module = pathToFileURL(join(import.meta.dirname, 'phones.ts')).href;
  const script = `import(${JSON.stringify(module)}).then((m) => m.measurePhones(${JSON.stringify(options)})).then((f) => console.log(JSON.stringify(f)), (e) => { console.error(e); process.exit(1); })`;
  const seconds = options.seconds ?? PHONES_DEFAULTS.seconds;
  const { stdout } = await promisify(execFile)(process.execPath, [...process.execArgv, '--expose-gc', '-e', script], {
    // Longer than the child's own hard timeout, so its clearer message is the one seen.
    timeout: seconds * 1000 + DRAIN_DEADLINE_MS + SETUP_ALLOWANCE_MS + 15_000,
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as PhonesFigures;
}

interface Run {
  figures(): Promise<PhonesFigures>;
  stop(): Promise<void>;
  stage(): string;
}

function createRun(size: Required<PhonesOptions>): Run {
  let stage = 'setting up';
  let stopped = false;
  let host: Host | null = null;
  const connections: HostConnection[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const phones: SimPhone[] = [];
  let folder: string | null = null;

  const later = (ms: number, task: () => void): void => {
    if (stopped) return;
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!stopped) task();
    }, ms);
    timers.add(timer);
  };
  const pause = (ms: number): Promise<void> => new Promise((resolve) => later(ms, resolve));

  const figures = async (): Promise<PhonesFigures> => {
    const oneAddressPerPhone = await canBind('127.0.0.2');
    globalThis.gc?.();
    const rssBefore = process.memoryUsage.rss();
    folder = mkdtempSync(join(tmpdir(), 'groundwork-bench-phones-'));
    const workspace = join(folder, 'workspace');
    const pageRoot = join(folder, 'renderer');
    mkdirSync(workspace, { recursive: true });
    mkdirSync(pageRoot, { recursive: true });
    // A stand-in phone page: the bench's phones speak the protocol themselves, but phones cannot be turned on without one.
    writeFileSync(join(pageRoot, 'phone.html'), '<!doctype html><title>Groundwork bench phone</title><main id="phone"></main>');
    host = createHost({
      mode: 'browser',
      workspaceDir: workspace,
      dataDir: join(folder, 'data'),
      phonePageRoot: pageRoot,
      phoneAddresses: () => [THIS_COMPUTER],
      // The real limits, except that phones sharing one source address (where only 127.0.0.1 binds) may all join.
      ...(oneAddressPerPhone ? {} : { phoneLimits: { joinsPerMinutePerAddress: 2 * size.phones + 10 } }),
    });
    await host.started();
    const control = host.connect('control', () => undefined);
    connections.push(control);
    const call = async <T>(verb: Parameters<HostConnection['call']>[0], args: unknown = {}): Promise<T> => {
      const outcome = await control.call(verb, args);
      if (!outcome.ok) throw new Error(`measurePhones: ${verb} failed: ${outcome.error.message}`);
      return outcome.result as T;
    };

    // The projector: a note has reached the room when its text is in what the presenter window is sent.
    const awaitingProjector = new Map<string, Outgoing>();
    const toProjectorMs: number[] = [];
    const presenter = host.connect('presenter', (message: PushMessage) => {
      if (awaitingProjector.size === 0 || (message.kind !== 'view' && message.kind !== 'viewPatch')) return;
      const at = performance.now();
      const sent = JSON.stringify(message);
      for (const [quoted, item] of awaitingProjector) {
        if (!sent.includes(quoted)) continue;
        awaitingProjector.delete(quoted);
        if (item.firstSentAt !== null) toProjectorMs.push(at - item.firstSentAt);
      }
    });
    connections.push(presenter);

    await call('session.create', { workshopId: 'management-and-leadership', group: 'Bench room', date: '2026-11-28' });
    await call('session.dispatch', { type: 'presenter.setTitleScreen', on: false });
    const { open } = await call<{ open: PhonesOpen }>('phones.open', { address: LOOPBACK });
    if (!open.address.startsWith(`${LOOPBACK}:`)) throw new Error(`measurePhones: phones opened at ${open.address}, not on ${LOOPBACK}; stopped.`);

    let bytesReceived = 0;
    let refusedTooFast = 0;
    let refusedOther = 0;
    let rejoined = 0;
    let activityId = '';

    const sendItem = (phone: SimPhone, item: Outgoing): void => {
      const socket = phone.socket;
      if (!phone.live || !socket || socket.readyState !== WebSocket.OPEN) return;
      if (item.firstSentAt === null) {
        item.firstSentAt = performance.now();
        awaitingProjector.set(JSON.stringify(item.text), item);
      }
      socket.send(JSON.stringify({ t: 'note', id: item.id, activityId, text: item.text }));
    };

    const onMessage = (phone: SimPhone, message: PhoneServerMessage, joinedNow: () => void): void => {
      if (message.t === 'view') {
        activityId ||= message.view.activity?.id ?? '';
        if (phone.live) return;
        phone.live = true;
        joinedNow();
        // Back on a new socket: whatever had no `got` goes again, in the order written.
        for (const item of phone.outbox.values()) sendItem(phone, item);
        return;
      }
      // Only answers to notes matter here; anything else the host may send a phone is not this bench's.
      if ((message.t !== 'got' && message.t !== 'refused') || message.id === null) return;
      const item = phone.outbox.get(message.id);
      if (!item) return;
      if (message.t === 'got') {
        phone.outbox.delete(message.id);
      } else if (TOO_FAST.test(message.message)) {
        refusedTooFast += 1;
        later(RETRY_TOO_FAST_MS, () => sendItem(phone, item));
      } else {
        refusedOther += 1;
        phone.outbox.delete(message.id);
      }
    };

    // Resolves once the socket is sent the view; rejects if it is refused or closes before.
    const connect = (phone: SimPhone): Promise<void> =>
      new Promise((resolve, reject) => {
        if (stopped) return reject(new Error('stopped'));
        const socket = new WebSocket(`ws://${open.address}/phone`, {
          headers: { Origin: `http://${open.address}` },
          ...(phone.localAddress ? { localAddress: phone.localAddress } : {}),
          perMessageDeflate: false,
        });
        phone.socket = socket;
        phone.live = false;
        let settled = false;
        const joinedNow = (): void => {
          settled = true;
          resolve();
        };
        socket.on('open', () => socket.send(JSON.stringify({ t: 'hello', v: PHONE_PROTOCOL_VERSION, code: open.code, token: phone.token })));
        socket.on('message', (data: RawData) => {
          const payload = rawPayload(data);
          bytesReceived += payload.length + frameHeaderBytes(payload.length);
          onMessage(phone, JSON.parse(payload.toString('utf8')) as PhoneServerMessage, joinedNow);
        });
        socket.on('unexpected-response', (request, response) => {
          request.destroy();
          if (!settled) reject(new Error(`phone ${phone.index} refused: HTTP ${response.statusCode ?? 0}`));
          settled = true;
        });
        socket.on('error', (error) => {
          if (!settled) reject(error);
          settled = true;
        });
        socket.on('close', (code) => {
          if (phone.socket === socket) {
            phone.socket = null;
            phone.live = false;
          }
          if (!settled) reject(new Error(`phone ${phone.index} closed with ${code} before it was sent the view`));
          settled = true;
        });
      });

    for (let index = 0; index < size.phones; index += 1) {
      phones.push({
        index,
        // 22 base64url characters of randomness, as the phone page makes its token.
        token: randomBytes(16).toString('base64url'),
        localAddress: oneAddressPerPhone ? loopbackSource(index) : undefined,
        socket: null,
        live: false,
        joined: false,
        outbox: new Map(),
      });
    }

    stage = 'phones joining';
    const cpuBefore = process.cpuUsage();
    const runStarted = performance.now();
    const joins = await Promise.allSettled(phones.map((phone) => connect(phone).then(() => (phone.joined = true))));
    const room = phones.filter((phone) => phone.joined);
    if (room.length === 0) throw new Error(`measurePhones: no phone could join (${String((joins[0] as PromiseRejectedResult | undefined)?.reason)}).`);
    if (!activityId) throw new Error('measurePhones: phones were shown no activity to answer; stopped.');

    // Which note each dropper cuts its socket after: spread over the middle of the window, so notes are in flight then.
    const dropAfter = new Map<number, SimPhone>();
    const droppers = Math.min(size.droppers, room.length, size.notes);
    const senders = Math.min(room.length, size.notes);
    for (let j = 0; j < droppers; j += 1) {
      const slot = Math.floor((j * senders) / droppers);
      const target = (0.3 + (0.4 * j) / Math.max(1, droppers)) * size.notes;
      const last = slot + room.length * Math.floor((size.notes - 1 - slot) / room.length);
      const note = Math.min(last, Math.max(slot, slot + room.length * Math.round((target - slot) / room.length)));
      const phone = room[slot];
      if (phone) dropAfter.set(note, phone);
    }

    const width = String(size.notes - 1).length;
    const phoneWidth = String(size.phones - 1).length;
    const texts: string[] = [];
    const submit = (n: number): void => {
      const phone = room[n % room.length];
      if (!phone) return;
      // Unique, padded, and plain words (the word filter would hold anything else back from the projector).
      const item: Outgoing = { id: `n${n}`, text: `Bench idea ${String(n).padStart(width, '0')} from phone ${String(phone.index).padStart(phoneWidth, '0')}`, firstSentAt: null };
      texts.push(item.text);
      phone.outbox.set(item.id, item);
      sendItem(phone, item);
      if (dropAfter.get(n) !== phone) return;
      // Gone mid-send, as a phone locked in a pocket: the note may or may not have reached the host, and no `got` comes.
      phone.live = false;
      phone.socket?.terminate();
      later(REJOIN_AFTER_MS, () => {
        connect(phone).then(
          () => (rejoined += 1),
          () => undefined,
        );
      });
    };

    stage = 'sending notes';
    const spacingMs = (size.seconds * 1000) / size.notes;
    const windowStart = performance.now();
    await new Promise<void>((resolve) => {
      let next = 0;
      const tick = (): void => {
        const elapsed = performance.now() - windowStart;
        while (next < size.notes && next * spacingMs <= elapsed) submit(next++);
        if (next < size.notes) later(Math.max(0, next * spacingMs - elapsed), tick);
        else resolve();
      };
      tick();
    });

    stage = 'waiting for every got';
    const drainUntil = performance.now() + DRAIN_DEADLINE_MS;
    const settled = (): boolean => room.every((phone) => phone.live && phone.outbox.size === 0);
    while (!settled() && performance.now() < drainUntil) await pause(10);
    const runMs = performance.now() - runStarted;
    const cpu = process.cpuUsage(cpuBefore);
    globalThis.gc?.();
    const rssAfter = process.memoryUsage.rss();

    stage = 'reading the session';
    const { session } = await call<Snapshot>('session.snapshot');
    if (!session) throw new Error('measurePhones: the session was gone at the end of the run.');
    const counts = new Map<string, number>();
    for (const note of allNotes(session.notes)) counts.set(note.text, (counts.get(note.text) ?? 0) + 1);
    const timings = percentiles(toProjectorMs);
    const round1 = (value: number): number => Math.round(value * 10) / 10;
    return {
      phones: room.length,
      notesSent: texts.length,
      lost: texts.filter((text) => !counts.has(text)).length,
      duplicated: texts.filter((text) => (counts.get(text) ?? 0) > 1).length,
      submitToProjectorMs: { p50: round1(timings.p50), p95: round1(timings.p95) },
      hostRssDeltaMB: round1((rssAfter - rssBefore) / (1024 * 1024)),
      downloadKBps: { perPhone: Math.round((bytesReceived / 1024 / room.length / (runMs / 1000)) * 1000) / 1000 },
      hostCpuMs: Math.round((cpu.user + cpu.system) / 1000),
      refusedTooFast,
      refusedOther,
      rejoined,
      runSeconds: round1(runMs / 1000),
      oneAddressPerPhone,
    };
  };

  return {
    figures,
    stage: () => stage,
    async stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const phone of phones) phone.socket?.terminate();
      for (const connection of connections) connection.disconnect();
      await host?.close().catch(() => undefined);
      if (folder) rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Phone `index`'s own source address on the loopback network (127.0.0.2 up): each phone in a room has its own. */
function loopbackSource(index: number): string {
  return `127.0.${1 + Math.floor(index / 250)}.${2 + (index % 250)}`;
}

/** Whether this computer lets a socket bind `address` (Linux routes all of 127/8 to loopback; macOS only 127.0.0.1). */
function canBind(address: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(0, address, () => server.close(() => resolve(true)));
  });
}

function rawPayload(data: RawData): Buffer {
  if (Array.isArray(data)) return Buffer.concat(data);
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  return data;
}

/** A server frame's header (unmasked): 2 bytes, 4 past 125 bytes of payload, 10 past 65,535. */
function frameHeaderBytes(payload: number): number {
  return payload < 126 ? 2 : payload < 65_536 ? 4 : 10;
}
