import { randomInt } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import { THIS_COMPUTER } from '../../shared/phones/advertisedAddress';
import type { AdvertisedAddress } from '../../shared/phones/advertisedAddress';
import { MAX_PHONE_MESSAGE_BYTES, PHONE_CLOSE, ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH } from '../../shared/phones/phoneProtocol';
import type { PhoneServerMessage } from '../../shared/phones/phoneProtocol';
import { phoneView } from '../../shared/phones/phoneView';
import type { PhoneView } from '../../shared/phones/phoneView';
import type { PhonesStatus } from '../../shared/protocol/hostStatus';
import { sessionEvents } from '../../shared/session/sessionSlice';
import type { SessionEvent } from '../../shared/session/sessionSlice';
import type { PhonesOpen, SessionState } from '../../shared/session/types';
import { own } from '../../shared/util/own';
import { sameValue } from '../../shared/util/sameValue';
import type { SessionStore } from '../host/sessionStore';
import { HostFailure } from '../host/hostFailure';
import { listAddresses } from './networkAddresses';
import { DEFAULT_PHONE_LIMITS, tryCounter } from './phoneLimits';
import type { PhoneLimits } from './phoneLimits';
import { servePhoneSocket } from './phoneLink';
import type { PhoneLinkRoom } from './phoneLink';
import { loadPhonePage, servePhonePage } from './phonePage';
import { acceptNote } from './phoneNotes';
import { acceptBallot } from './phoneBallot';
import { acceptRating } from './phoneRating';
import { allNotes } from '../../shared/session/noteTable';

/** What the room needs from the host. */
export interface PhoneRoomDeps {
  store: SessionStore;
  /** Applies an event as a command's would be (admitted, applied, saved); throws a HostFailure when refused. */
  apply(event: SessionEvent): void;
  now: () => number;
  newId: () => string;
  /** Folder of the built renderer holding phone.html; without it phones cannot be turned on. */
  pageRoot: string | undefined;
  /** The machine's addresses, ranked (default: the network interfaces now, then this computer). */
  addresses?: () => AdvertisedAddress[];
  limits?: Partial<PhoneLimits>;
  /** Ports tried first, so the address phones type stays the same from one session to the next; then any free port. */
  preferredPorts?: readonly number[];
  /** How often the advertised address is checked (default every 3 s); tests shorten it. */
  addressCheckMs?: number;
}

/** Phones in the room: listening on the room's network only while the facilitator has them on. */
export interface PhoneRoom {
  /** The addresses phones could reach, best first; this computer (loopback) last, to try the page here. */
  addresses(): AdvertisedAddress[];
  /** Listens on `address` (one of `addresses()`) and lets phones join with a new room code. */
  open(address: string): Promise<PhonesOpen>;
  /** Stops listening and closes every phone's socket (within a second); the session goes on as before. */
  close(): Promise<void>;
  /** Sockets open now, for tests and the bench. */
  socketCount(): number;
}

/** How often the advertised address is checked against this computer's addresses. */
const ADDRESS_CHECK_MS = 3000;

/** Where phones find us: the first free of these, then any. 8765 is easy to type and rarely taken. */
export const PREFERRED_PHONE_PORTS: readonly number[] = [8765, 8766, 8767, 8768];

/** A new room code: ROOM_CODE_LENGTH letters and digits without look-alikes. */
export function newRoomCode(): string {
  let code = '';
  for (let index = 0; index < ROOM_CODE_LENGTH; index += 1) code += ROOM_CODE_ALPHABET[randomInt(ROOM_CODE_ALPHABET.length)] ?? 'A';
  return code;
}

interface Listening {
  /** Looks every few seconds whether the address is still this computer's. */
  watch: NodeJS.Timeout;
  server: Server;
  wss: WebSocketServer;
  open: PhonesOpen;
  origin: string;
}

/**
 * Creates the room. Off until `open`: only then does anything listen beyond loopback, and only on the address the
 * facilitator picked. The control and projector links are not affected either way.
 */
export function createPhoneRoom(deps: PhoneRoomDeps): PhoneRoom {
  const limits: PhoneLimits = { ...DEFAULT_PHONE_LIMITS, ...deps.limits };
  const addresses = deps.addresses ?? (() => [...listAddresses(), THIS_COMPUTER]);
  const joins = tryCounter(limits.joinsPerMinutePerAddress, 60);
  const wrongCodes = tryCounter(limits.wrongCodesPerMinutePerAddress, 60);
  const messages = tryCounter(limits.messagesPerSecondPerPhone, 1);
  let listening: Listening | null = null;
  let sockets = 0;
  const phones = new Map<string, Set<WebSocket>>();
  let status: PhonesStatus | null = null;
  let statusTimer: NodeJS.Timeout | null = null;
  // What phones were last sent, and the activities they were shown since phones were turned on (late notes may land there).
  let lastView: PhoneView | null = null;
  const shownActivities = new Set<string>();
  // The phones removed when last looked at: the set is replaced whenever it changes, so comparing references is enough.
  let lastRemoved: Record<string, true> | undefined;
  // Which phone items are in the session already, per session: a resend gets "got" and adds nothing. And which phone
  // gave each name, so two phones cannot answer as the same person.
  let items: { sessionId: string; byItem: Map<string, string>; nameOwners: Map<string, string> } | null = null;

  const pushStatusSoon = (): void => {
    // At most two status pushes a second, however fast phones come and go.
    if (statusTimer || !status) return;
    statusTimer = setTimeout(() => {
      statusTimer = null;
      if (status) deps.store.setPhones({ ...status, connected: phones.size });
    }, 500);
  };

  const viewNow = (): PhoneView | null => phoneView(deps.store.session());

  const sendTo = (ws: WebSocket, message: PhoneServerMessage): void => {
    if (ws.readyState !== ws.OPEN) return;
    // A phone that does not read what it is sent is cut off; it reconnects and is sent the view again.
    if (ws.bufferedAmount > limits.maxBufferedBytes) {
      ws.terminate();
      return;
    }
    ws.send(JSON.stringify(message));
  };

  const knownOf = (session: SessionState): NonNullable<typeof items> => {
    if (items?.sessionId !== session.meta.id) {
      const byItem = new Map<string, string>();
      const nameOwners = new Map<string, string>();
      for (const note of allNotesWithOrigin(session)) {
        byItem.set(`${note.origin.phone}:${note.origin.item}`, note.id);
        if (note.attribution) nameOwners.set(nameKey(note.attribution), note.origin.phone);
      }
      items = { sessionId: session.meta.id, byItem, nameOwners };
    }
    return items;
  };

  const linkRoom: PhoneLinkRoom = {
    limits,
    codeMatches: (code) => listening !== null && code.toUpperCase() === listening.open.code,
    tryWrongCode: (address) => wrongCodes.take(address),
    hasTriesLeft: (address) => wrongCodes.hasLeft(address),
    takeMessage: (phone) => messages.take(phone),
    joined(phone, ws) {
      // A removed phone is turned away by its token, so reloading the page or rejoining does not undo the removal.
      const session = deps.store.session();
      if (session && isRemoved(session, phone)) {
        ws.close(PHONE_CLOSE.removed, 'Removed by the facilitator');
        return;
      }
      let own = phones.get(phone);
      if (!own) {
        own = new Set();
        phones.set(phone, own);
        if (status) status = { ...status, joined: status.joined + 1 };
      }
      // A phone back from sleep often leaves a half-dead socket: the oldest gives way rather than the newest being refused.
      if (own.size >= limits.maxSocketsPerPhone) {
        const oldest = own.values().next().value;
        if (oldest) {
          own.delete(oldest);
          oldest.terminate();
        }
      }
      own.add(ws);
      pushStatusSoon();
      const view = viewNow();
      if (view) sendTo(ws, { t: 'view', view });
    },
    left(phone, ws) {
      const own = phones.get(phone);
      own?.delete(ws);
      if (own?.size === 0) phones.delete(phone);
      pushStatusSoon();
    },
    receiveNote(phone, note) {
      const session = deps.store.session();
      if (!session?.phones?.open) return { t: 'refused', id: note.id, message: 'Phones are off for now.' };
      const known = knownOf(session);
      if (known.byItem.has(`${phone}:${note.id}`)) return { t: 'got', id: note.id };
      if (isRemoved(session, phone)) return { t: 'refused', id: note.id, message: REMOVED };
      return acceptNote(session, phone, note, shownActivities, deps, {
        nameOwner: (name) => known.nameOwners.get(nameKey(name)),
        remember(noteId, name) {
          known.byItem.set(`${phone}:${note.id}`, noteId);
          if (name !== null && !known.nameOwners.has(nameKey(name))) known.nameOwners.set(nameKey(name), phone);
        },
      });
    },
    receiveBallot(phone, ballot) {
      const session = deps.store.session();
      if (!session?.phones?.open) return { t: 'refused', id: ballot.id, message: 'Phones are off for now.' };
      if (isRemoved(session, phone)) return { t: 'refused', id: ballot.id, message: REMOVED };
      return acceptBallot(session, phone, ballot, shownActivities, deps);
    },
    receiveRating(phone, rating) {
      const session = deps.store.session();
      if (!session?.phones?.open) return { t: 'refused', id: rating.id, message: 'Phones are off for now.' };
      if (isRemoved(session, phone)) return { t: 'refused', id: rating.id, message: REMOVED };
      return acceptRating(session, phone, rating, shownActivities, deps);
    },
    send: sendTo,
  };

  const broadcastView = (): void => {
    if (!listening) return;
    const session = deps.store.session();
    // The session phones were opened for was closed or replaced: phones go off with it.
    if (!session?.phones?.open || session.phones.open.code !== listening.open.code) {
      void stopListening();
      return;
    }
    if (session.phones.muted !== lastRemoved) {
      lastRemoved = session.phones.muted;
      closeRemoved(session);
    }
    const view = phoneView(session);
    if (view?.activity) shownActivities.add(view.activity.id);
    if (sameValue(view, lastView)) return;
    lastView = view;
    if (!view) return;
    const message: PhoneServerMessage = { t: 'view', view };
    for (const own of phones.values()) for (const ws of own) sendTo(ws, message);
  };
  /** Closes the sockets of every phone removed now; what they wrote stays on them, and they are turned away until let back in. */
  const closeRemoved = (session: SessionState): void => {
    for (const [phone, sockets] of phones) {
      if (!isRemoved(session, phone)) continue;
      phones.delete(phone);
      for (const ws of sockets) ws.close(PHONE_CLOSE.removed, 'Removed by the facilitator');
    }
    pushStatusSoon();
  };
  deps.store.subscribe((message) => {
    if (message.kind === 'event' || message.kind === 'snapshot') broadcastView();
  });

  const handleUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const current = listening;
    if (!current) return refuse(socket, 410, 'Phones are off');
    if (new URL(req.url ?? '/', 'http://phone.invalid').pathname !== '/phone') return refuse(socket, 404, 'Not found');
    if (req.headers.host?.toLowerCase() !== current.open.address) return refuse(socket, 403, 'Forbidden host');
    if (req.headers.origin !== undefined && req.headers.origin.toLowerCase() !== current.origin) return refuse(socket, 403, 'Forbidden origin');
    if (sockets >= limits.maxSockets) return refuse(socket, 503, 'The room is full');
    const from = req.socket.remoteAddress ?? 'unknown';
    sockets += 1;
    let counted = true;
    const release = (): void => {
      if (counted) sockets -= 1;
      counted = false;
    };
    socket.once('close', release);
    void joins.take(from).then((allowed) => {
      if (!allowed) {
        release();
        return refuse(socket, 429, 'Too many tries');
      }
      if (listening !== current || socket.destroyed) {
        release();
        return refuse(socket, 410, 'Phones are off');
      }
      current.wss.handleUpgrade(req, socket, head, (ws) => {
        ws.once('close', release);
        servePhoneSocket(ws, from, linkRoom);
      });
    });
  };

  const stopListening = async (): Promise<void> => {
    const current = listening;
    if (!current) return;
    listening = null;
    clearInterval(current.watch);
    lastView = null;
    shownActivities.clear();
    for (const own of phones.values()) for (const ws of own) ws.close(PHONE_CLOSE.closed, 'Phones are off');
    phones.clear();
    const stopped = new Promise<void>((resolve) => current.server.close(() => resolve()));
    current.server.closeAllConnections();
    // Sockets that do not answer the close are cut off, so the port is free again within a second.
    setTimeout(() => {
      for (const ws of current.wss.clients) ws.terminate();
    }, 300).unref();
    current.wss.close();
    await stopped;
    if (statusTimer) clearTimeout(statusTimer);
    statusTimer = null;
    status = null;
    deps.store.setPhones(null);
  };

  return {
    addresses,
    async open(address) {
      const session = deps.store.session();
      if (!session) throw new HostFailure('no-session', 'Open or start a session first: phones join a session.');
      if (!deps.pageRoot) throw new HostFailure('invalid', 'This copy of Groundwork was built without the phone page, so phones cannot join.');
      const chosen = addresses().find((candidate) => candidate.address === address);
      if (!chosen) throw new HostFailure('invalid', `${address} is not one of this computer's addresses now. Pick one from the list (it follows the network).`);
      const page = await loadPhonePage(deps.pageRoot).catch(() => {
        throw new HostFailure('invalid', 'The phone page is missing from this copy of Groundwork (run the build), so phones cannot join.');
      });
      await stopListening();
      const server = await listenOnFirstFree(address, deps.preferredPorts ?? PREFERRED_PHONE_PORTS, (req, res) => {
        if (status && !status.heard) {
          status = { ...status, heard: true };
          pushStatusSoon();
        }
        const current = listening;
        if (!current || req.headers.host?.toLowerCase() !== current.open.address) {
          res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' });
          res.end('Forbidden host');
          return;
        }
        servePhonePage(req, res, page, current.origin);
      });
      const port = (server.address() as AddressInfo).port;
      const open: PhonesOpen = { address: `${address}:${port}`, code: newRoomCode() };
      const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_PHONE_MESSAGE_BYTES, perMessageDeflate: false });
      server.on('upgrade', handleUpgrade);
      server.on('clientError', (_error, socket) => socket.destroy());
      // The network can change under a session (Wi-Fi switched, hotspot off): the facilitator is told at once.
      const watch = setInterval(() => {
        const gone = !addresses().some((candidate) => candidate.address === address);
        if (status && (status.addressGone ?? false) !== gone) {
          status = { ...status, addressGone: gone };
          pushStatusSoon();
        }
      }, deps.addressCheckMs ?? ADDRESS_CHECK_MS);
      watch.unref();
      listening = { server, wss, open, origin: `http://${open.address}`, watch };
      status = { connected: 0, joined: 0, heard: false, since: deps.now() };
      deps.store.setPhones(status);
      try {
        deps.apply(sessionEvents.phonesOpened(open));
      } catch (error) {
        await stopListening();
        throw error;
      }
      return open;
    },
    async close() {
      await stopListening();
      if (deps.store.session()?.phones?.open) deps.apply(sessionEvents.phonesClosed({ at: deps.now() }));
    },
    socketCount: () => sockets,
  };
}

/** What a removed phone is told of an answer already on its way; it keeps what it wrote. */
const REMOVED = 'The facilitator has removed this phone from the session.';

/** Whether the facilitator removed this phone (by its key); the session keeps the set as `phones.muted`. */
function isRemoved(session: SessionState, phone: string): boolean {
  return session.phones?.muted !== undefined && own(session.phones.muted, phone) === true;
}

function* allNotesWithOrigin(session: SessionState): Generator<{ id: string; origin: { phone: string; item: string }; attribution: string | null }> {
  for (const note of allNotes(session.notes)) if (note.origin) yield { id: note.id, origin: note.origin, attribution: note.attribution };
}

/** A name as names are compared: ignoring case and the spaces around it. */
function nameKey(name: string): string {
  return name.trim().toLocaleLowerCase('en');
}

function refuse(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${reason.length}\r\n\r\n${reason}`);
  socket.destroy();
}

/** Listens on the first free port of `ports` at `address`, then on any free port; refuses with a sentence when the address cannot be used. */
async function listenOnFirstFree(address: string, ports: readonly number[], handler: Parameters<typeof createServer>[1]): Promise<Server> {
  for (const port of [...ports, 0]) {
    const server = createServer(handler);
    const outcome = await new Promise<NodeJS.ErrnoException | null>((resolve) => {
      server.once('error', resolve);
      server.listen(port, address, () => {
        server.off('error', resolve);
        resolve(null);
      });
    });
    if (!outcome) return server;
    if (outcome.code !== 'EADDRINUSE' && outcome.code !== 'EACCES') {
      throw new HostFailure('invalid', `Phones cannot join at ${address}: this computer will not listen there (${outcome.code ?? outcome.message}). Pick another address.`);
    }
  }
  throw new HostFailure('invalid', `Phones cannot join at ${address}: no port is free there. Pick another address.`);
}
