import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { RawData, WebSocket } from 'ws';
import { callMessageSchema, MAX_MESSAGE_BYTES } from '../../shared/protocol/messages';
import type { ReplyMessage, ServerMessage } from '../../shared/protocol/messages';
import type { Role } from '../../shared/protocol/roles';
import type { Host } from '../host/hostTypes';
import { logLatency } from './latencyLog';
import { isAllowedHost, isAllowedOrigin, secretsMatch } from './security';

/** The secrets in the two URLs the server prints. */
export interface AccessSecrets {
  controlToken: string;
  viewToken: string;
}

/** Accepts or refuses WebSocket upgrades and carries host calls over them. */
export interface WsTransport {
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Closes every open socket, cutting off any that have not closed within half a second. */
  closeAll(): Promise<void>;
}

/** Creates the WebSocket side of the browser-mode server. `port()` is the port actually bound. */
export function createWsTransport(host: Host, secrets: AccessSecrets, port: () => number): WsTransport {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES, perMessageDeflate: false });

  return {
    handleUpgrade(req, socket, head) {
      const verdict = checkUpgrade(req, secrets, port());
      if (verdict.ok === false) {
        refuse(socket, verdict.status, verdict.reason);
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) => serveSocket(ws, host, verdict.role));
    },
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

type UpgradeVerdict = { ok: true; role: Role } | { ok: false; status: 401 | 403 | 404; reason: string };

/** Decides whether a WebSocket upgrade may go ahead, and as which role. */
export function checkUpgrade(req: IncomingMessage, secrets: AccessSecrets, port: number): UpgradeVerdict {
  if (!isAllowedHost(req.headers.host, port)) return { ok: false, status: 403, reason: 'Forbidden host' };
  if (!isAllowedOrigin(req.headers.origin, port)) return { ok: false, status: 403, reason: 'Forbidden origin' };
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname !== '/ws') return { ok: false, status: 404, reason: 'Not found' };
  const role = url.searchParams.get('role');
  if (role === 'control' && secretsMatch(url.searchParams.get('token'), secrets.controlToken)) return { ok: true, role: 'control' };
  if (role === 'presenter' && secretsMatch(url.searchParams.get('view'), secrets.viewToken)) return { ok: true, role: 'presenter' };
  return { ok: false, status: 401, reason: 'Unauthorized' };
}

function refuse(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${reason.length}\r\n\r\n${reason}`);
  socket.destroy();
}

function serveSocket(ws: WebSocket, host: Host, role: Role): void {
  const send = (message: ServerMessage): void => {
    if (ws.readyState !== ws.OPEN) return;
    ws.send(JSON.stringify(message));
    logLatency(`${message.kind}-sent`, role);
  };
  const connection = host.connect(role, send);
  ws.on('close', () => connection.disconnect());
  ws.on('error', () => ws.terminate());
  ws.on('message', (data: RawData, isBinary: boolean) => {
    logLatency('call-received', role);
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
