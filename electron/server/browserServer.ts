import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createHost } from '../host/createHost';
import type { Host, HostOptions } from '../host/hostTypes';
import { newBrowserSecrets } from './browserSecrets';
import type { HandshakeOptions } from './handshake';
import { isAllowedHost } from './security';
import { sendText, serveStatic } from './staticFiles';
import type { AccessSecrets, WsTransportOptions } from './wsTransport';
import { createWsTransport } from './wsTransport';
import type { OutboxFigures } from './linkOutbox';

/** How to run Groundwork in a browser, without Electron. */
export interface BrowserServerOptions {
  workspaceDir: string;
  /** Default `<workspace>/.groundwork-data`. */
  dataDir?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Folder of the built renderer (control.html, presenter.html, assets/). */
  staticRoot: string;
  /** Extra host settings (clock, ids, injected disk) for tests. */
  host?: Pick<HostOptions, 'now' | 'newId' | 'fileSystem' | 'autosaveRetryMs' | 'phoneAddresses' | 'phoneLimits'>;
  /** The link keys (`serve` makes new tokens at each start and keeps the resume keys, see browserSecrets.ts); random by default. */
  secrets?: AccessSecrets;
  /** Backpressure limits and hooks for tests and the bench (defaults: DEFAULT_LINK_LIMITS). */
  transport?: WsTransportOptions;
  /** The socket handshake's timeout, shortened by tests. */
  handshake?: HandshakeOptions;
}

/** A running browser-mode server. */
export interface BrowserServer {
  port: number;
  /** Opens the control window; carries the control token in its fragment, which the page moves out of the address bar. */
  controlUrl: string;
  /** Opens the presenter window; carries the view token in its fragment, likewise. */
  presenterUrl: string;
  host: Host;
  /** What each open link's outbox saw (bytes waiting at most, pushes held back), for tests and the bench. */
  linkFigures(): OutboxFigures[];
  /** Closes sockets, flushes pending saves and stops listening. */
  close(): Promise<void>;
}

/** The folder browser mode keeps its recent list and recovery copies in, unless told otherwise. */
export function defaultBrowserDataDir(workspaceDir: string): string {
  return path.join(workspaceDir, '.groundwork-data');
}

/**
 * Starts the host behind an HTTP + WebSocket server on 127.0.0.1 only. The
 * returned URLs carry the tokens; a socket gets nothing until its page has
 * proved it holds one (or a resume key), without sending it.
 */
export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const secrets = options.secrets ?? newBrowserSecrets();
  const workspaceDir = path.resolve(options.workspaceDir);
  let port = 0;
  let host: Host | null = null;
  let transport: ReturnType<typeof createWsTransport> | null = null;

  const server = createServer((req, res) => {
    if (!isAllowedHost(req.headers.host, port)) {
      sendText(res, 403, 'Forbidden host');
      return;
    }
    serveStatic(req, res, options.staticRoot).catch(() => {
      if (!res.headersSent) sendText(res, 500, 'Server error');
      else res.destroy();
    });
  });
  server.on('upgrade', (req, socket, head) => {
    if (transport) transport.handleUpgrade(req, socket, head);
    else socket.destroy();
  });
  server.on('clientError', (_error, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;
  const controlUrl = `${base}/control.html#token=${secrets.controlToken}`;
  const presenterUrl = `${base}/presenter.html#view=${secrets.viewToken}`;
  const liveHost = createHost({
    ...options.host,
    mode: 'browser',
    workspaceDir,
    dataDir: path.resolve(options.dataDir ?? defaultBrowserDataDir(workspaceDir)),
    presenterUrl,
    phonePageRoot: options.staticRoot,
  });
  host = liveHost;
  transport = createWsTransport(liveHost, secrets, () => port, { ...options.transport, handshake: options.handshake });

  let closing: Promise<void> | null = null;
  return {
    port,
    controlUrl,
    presenterUrl,
    host: liveHost,
    linkFigures: () => transport?.linkFigures() ?? [],
    close() {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        await transport?.closeAll();
        await host?.close();
        server.closeAllConnections();
        await stopped;
      })();
      return closing;
    },
  };
}
