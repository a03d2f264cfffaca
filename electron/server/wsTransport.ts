import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { RawData, WebSocket } from 'ws';
import { callMessageSchema, MAX_MESSAGE_BYTES } from '../../shared/protocol/messages';
import type { ReplyMessage } from '../../shared/protocol/messages';
import type { Role } from '../../shared/protocol/roles';
import type { Host } from '../host/hostTypes';
import { framePacing } from '../host/pushPacing';
import type { PushPacing } from '../host/pushPacing';
import { authenticateSocket } from './handshake';
import type { HandshakeOptions, RoleKeys } from './handshake';
import { logLatency } from './latencyLog';
import { createLinkOutbox } from './linkOutbox';
import type { LinkDropReason, LinkLimits, OutboxFigures } from './linkOutbox';
import { isAllowedHost, isAllowedOrigin } from './security';

/**
 * Browser mode's keys. The tokens are in the two URLs the server prints and
 * are new at each start; the resume keys are kept in the data folder and
 * only ever given to a tab that proved a token, so it reconnects after a
 * restart. No key is ever sent by a page (see handshake.ts).
 */
export interface AccessSecrets {
  controlToken: string;
  viewToken: string;
  controlResumeKey: string;
  viewResumeKey: string;
}

/** Tuning and hooks for tests and the bench; the defaults are what a real server uses. */
export interface WsTransportOptions {
  limits?: Partial<LinkLimits>;
  /** Hears each link the host gave up on because it did not keep up. */
  onLinkDropped?: (role: Role, reason: LinkDropReason, figures: OutboxFigures) => void;
  /** The socket handshake's timeout, shortened by tests. */
  handshake?: HandshakeOptions;
  /** When a link's pushes go out (default: at most once a frame, framePacing). */
  pacing?: PushPacing;
}

/** Sockets still in their handshake at one time; more are refused, so unauthenticated sockets cannot pile up. */
export const MAX_PENDING_HANDSHAKES = 16;

/** Accepts or refuses WebSocket upgrades and carries host calls over them. */
export interface WsTransport {
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** What each open link's outbox saw so far (bytes waiting at most, pushes held back). */
  linkFigures(): OutboxFigures[];
  /** Closes every open socket, cutting off any that have not closed within half a second. */
  closeAll(): Promise<void>;
}

/** Creates the WebSocket side of the browser-mode server. `port()` is the port actually bound. */
export function createWsTransport(host: Host, secrets: AccessSecrets, port: () => number, options: WsTransportOptions = {}): WsTransport {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES, perMessageDeflate: false });
  const links = new Set<() => OutboxFigures>();
  let pendingHandshakes = 0;

  return {
    handleUpgrade(req, socket, head) {
      const verdict = checkUpgrade(req, port());
      if (verdict.ok === false) {
        refuse(socket, verdict.status, verdict.reason);
        return;
      }
      if (pendingHandshakes >= MAX_PENDING_HANDSHAKES) {
        refuse(socket, 503, 'Busy');
        return;
      }
      pendingHandshakes += 1;
      wss.handleUpgrade(req, socket, head, (ws) => {
        let pending = true;
        const settle = (): void => {
          if (pending) pendingHandshakes -= 1;
          pending = false;
        };
        ws.once('close', settle);
        authenticateSocket(ws, verdict.role, roleKeys(secrets, verdict.role), () => {
          settle();
          serveSocket(ws, host, verdict.role, options, links);
        }, options.handshake);
      });
    },
    linkFigures: () => [...links].map((figures) => figures()),
    async closeAll() {
      const closing = [...wss.clients].map(
        (client) =>
          new Promise<void>((resolve) => {
            if (client.readyState === client.CLOSED) return resolve();
            const cutOff = setTimeout(() => client.terminate(), 500);
            client.once('close', () => {
              clearTimeout(cutOff);
              resolve();
            });
            client.close(1001, 'Server shutting down');
          }),
      );
      await Promise.all(closing);
      wss.close();
    },
  };
}

type UpgradeVerdict = { ok: true; role: 'control' | 'presenter' } | { ok: false; status: 400 | 403 | 404; reason: string };

/**
 * Decides whether a WebSocket upgrade may go ahead, and for which role. The
 * address carries no key: the socket then has to prove one (handshake.ts)
 * before it gets anything.
 */
export function checkUpgrade(req: IncomingMessage, port: number): UpgradeVerdict {
  if (!isAllowedHost(req.headers.host, port)) return { ok: false, status: 403, reason: 'Forbidden host' };
  if (!isAllowedOrigin(req.headers.origin, port)) return { ok: false, status: 403, reason: 'Forbidden origin' };
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname !== '/ws') return { ok: false, status: 404, reason: 'Not found' };
  const role = url.searchParams.get('role');
  if (role === 'control' || role === 'presenter') return { ok: true, role };
  return { ok: false, status: 400, reason: 'Unknown role' };
}

function roleKeys(secrets: AccessSecrets, role: 'control' | 'presenter'): RoleKeys {
  return role === 'control' ? { link: secrets.controlToken, resume: secrets.controlResumeKey } : { link: secrets.viewToken, resume: secrets.viewResumeKey };
}

function refuse(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${reason.length}\r\n\r\n${reason}`);
  socket.destroy();
}

function serveSocket(ws: WebSocket, host: Host, role: Role, options: WsTransportOptions, links: Set<() => OutboxFigures>): void {
  // Pushes go through the outbox, which holds them back from a link that does not read; catching up needs the
  // connection, which needs the push function, so the outbox is reached through this variable.
  let outbox: ReturnType<typeof createLinkOutbox> | null = null;
  // A page draws at most once a frame: its pushes go out at most that often, several in one message (pushPacing.ts).
  const connection = host.connect(
    role,
    (delivery) => {
      outbox?.push(delivery);
      logLatency(`${delivery.kind}-sent`, role);
    },
    options.pacing ?? framePacing(),
  );
  const figures = (): OutboxFigures => outbox?.figures() ?? { peakBufferedBytes: 0, heldBackPushes: 0 };
  outbox = createLinkOutbox(ws, () => connection.catchUp(), { limits: options.limits, onDrop: (reason) => options.onLinkDropped?.(role, reason, figures()) });
  links.add(figures);
  const send = (message: ReplyMessage): void => {
    outbox?.reply(message);
    logLatency('reply-sent', role);
  };
  ws.on('close', () => {
    outbox?.dispose();
    links.delete(figures);
    connection.disconnect();
  });
  ws.on('error', () => ws.terminate());
  ws.on('message', (data: RawData, isBinary: boolean) => {
    logLatency('call-received', role);
    // A link being closed (it fell behind) gets nothing more run for it.
    if (ws.readyState !== ws.OPEN) return;
    if (isBinary) {
      ws.close(1003, 'Text messages only');
      return;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(rawToString(data));
    } catch {
      ws.close(1007, 'Unreadable message');
      return;
    }
    const parsed = callMessageSchema.safeParse(raw);
    if (!parsed.success) {
      const id = (raw as { id?: unknown } | null)?.id;
      if (typeof id === 'number' && Number.isInteger(id) && id >= 0) {
        send({ kind: 'reply', id, ok: false, error: { code: 'invalid', message: 'That message was not a valid call.' } });
      } else {
        ws.close(1008, 'Malformed message');
      }
      return;
    }
    const { id, verb, args } = parsed.data;
    void connection.call(verb, args).then((outcome) => {
      const reply: ReplyMessage = outcome.ok ? { kind: 'reply', id, ok: true, result: outcome.result } : { kind: 'reply', id, ok: false, error: outcome.error };
      send(reply);
    });
  });
}

function rawToString(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  return data.toString('utf8');
}
