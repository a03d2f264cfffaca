import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { loadBrowserSecrets } from '../../../electron/server/browserSecrets';
import { startBrowserServer } from '../../../electron/server/browserServer';
import type { BrowserServer } from '../../../electron/server/browserServer';
import { MAX_PENDING_HANDSHAKES } from '../../../electron/server/wsTransport';
import { HANDSHAKE_FAILED_CLOSE } from '../../../shared/protocol/handshake';
import type { ConnectionState, PageRole } from '../../../renderer/transport/hostLink';
import { createClientHandshake } from '../../../renderer/transport/handshake';
import { createWebSocketLink } from '../../../renderer/transport/websocketLink';
import { parseServerMessage } from '../../../renderer/transport/parseServerMessage';
import { linkCredential, openProvedSocket } from '../../support/handshakeClient';
import { makeTempDir } from '../helpers/tempDir';

/*
 * Issue 11, point 11: the control token was in the WebSocket URL, so another
 * local user who bound the port while Groundwork was stopped collected it
 * from every reconnecting page, and it still worked after the restart.
 */

let root: { dir: string; cleanup: () => Promise<void> };
let staticRoot: string;
const servers: BrowserServer[] = [];
const closers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  root = await makeTempDir();
  staticRoot = path.join(root.dir, 'static');
  await mkdir(staticRoot, { recursive: true });
  await writeFile(path.join(staticRoot, 'control.html'), '<!doctype html><title>Control</title>');
});

afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

afterAll(async () => {
  await root.cleanup();
});

async function startServer(options: Partial<Parameters<typeof startBrowserServer>[0]> = {}): Promise<BrowserServer> {
  const workspace = path.join(root.dir, `workspace-${servers.length}-${Date.now()}`);
  await mkdir(workspace, { recursive: true });
  const server = await startBrowserServer({ workspaceDir: workspace, staticRoot, port: 0, ...options });
  servers.push(server);
  return server;
}

function origin(server: { port: number }): string {
  return `http://127.0.0.1:${server.port}`;
}

/** What an impostor on the port saw: every HTTP request and upgrade (path and headers) and every frame. */
interface Recording {
  requests: { url: string; headers: IncomingHttpHeaders }[];
  frames: string[];
}

/**
 * Another local user's program on the port: accepts every request and
 * upgrade, records everything, and plays the handshake as far as it can
 * without the key (its "proof" is random).
 */
async function startImpostor(): Promise<{ port: number; recording: Recording }> {
  const recording: Recording = { requests: [], frames: [] };
  const http: Server = createServer((req, res) => {
    recording.requests.push({ url: req.url ?? '', headers: req.headers });
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end('{"valid":true}');
  });
  const wss = new WebSocketServer({ noServer: true });
  http.on('upgrade', (req, socket, head) => {
    recording.requests.push({ url: req.url ?? '', headers: req.headers });
    wss.handleUpgrade(req, socket, head, (ws) => {
      ws.send(JSON.stringify({ kind: 'challenge', nonce: 'a'.repeat(64) }));
      ws.on('message', (data: Buffer) => {
        const text = data.toString('utf8');
        recording.frames.push(text);
        if (text.includes('"hello"')) ws.send(JSON.stringify({ kind: 'serverProof', proof: 'b'.repeat(64) }));
      });
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  closers.push(async () => {
    for (const client of wss.clients) client.terminate();
    wss.close();
    http.closeAllConnections();
    await new Promise<void>((resolve) => http.close(() => resolve()));
  });
  return { port: (http.address() as AddressInfo).port, recording };
}

/** Runs the page's real link code in Node against a port, as a page holding `token` would. */
function pageLink(port: number, role: PageRole, token: string) {
  const states: { state: ConnectionState; detail: string | null }[] = [];
  const saved: string[] = [];
  let stopped = false;
  closers.push(() => {
    stopped = true;
    return Promise.resolve();
  });
  const hash = role === 'control' ? `#token=${token}` : `#view=${token}`;
  const link = createWebSocketLink(role, {
    // `hash` is what the link before this change read its key from; the link now takes the key from `access`.
    location: { protocol: 'http:', host: `127.0.0.1:${port}`, hash } as Location,
    createSocket: (url) => {
      // After the test the link keeps retrying: give it sockets that go nowhere.
      if (stopped) return { addEventListener: () => undefined, send: () => undefined, close: () => undefined } as unknown as globalThis.WebSocket;
      const socket = new WebSocket(url, { headers: { Origin: `http://127.0.0.1:${port}` } });
      socket.on('error', () => undefined); // a browser reports a refused connection as a close, never as a throw
      return socket as unknown as globalThis.WebSocket;
    },
    access: { link: token, resume: null },
    saveResumeKey: (key) => saved.push(key),
    crypto: globalThis.crypto,
    parseMessage: parseServerMessage,
    fetch: (input: RequestInfo | URL, init?: RequestInit) => fetch(input, init),
  } as Parameters<typeof createWebSocketLink>[1]);
  link.onConnection((state, detail) => states.push({ state, detail }));
  return { link, states, saved };
}

async function until(condition: () => boolean, timeoutMs = 5_000): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return true;
}

/** A socket that speaks the handshake by hand: what it received and how it was closed. */
async function rawSocket(server: BrowserServer, role = 'control') {
  const ws = new WebSocket(`ws://127.0.0.1:${server.port}/ws?role=${role}`, { headers: { Origin: origin(server) } });
  const received: { kind: string; [key: string]: unknown }[] = [];
  ws.on('message', (data: Buffer) => received.push(JSON.parse(data.toString('utf8')) as { kind: string }));
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  await until(() => received.length > 0);
  return { ws, received, closed };
}

describe('an impostor on the port', () => {
  it.each<[PageRole]>([['control'], ['presenter']])('never receives the %s key from a page that reconnects to it, and the page refuses to go on', async (role) => {
    const impostor = await startImpostor();
    const token = 'c0ffee'.repeat(10) + 'beef';
    const { link, states } = pageLink(impostor.port, role, token);

    expect(await until(() => impostor.recording.requests.length > 0)).toBe(true);
    await until(() => states.some((entry) => entry.state === 'refused'), 3_000);
    const everything = JSON.stringify(impostor.recording);
    expect(everything).not.toContain(token);
    // Nothing usable either: the page sent its hello (a random nonce) and stopped there.
    expect(impostor.recording.frames.map((frame) => (JSON.parse(frame) as { kind: string }).kind)).toEqual(['hello']);
    expect(states.at(-1)?.state).toBe('refused');
    expect(states.at(-1)?.detail).toContain(`This ${role} link is not valid for the Groundwork server running now.`);
    expect(states.at(-1)?.detail).toContain('another program may be answering on this port');
    await expect(link.call('session.snapshot', {})).rejects.toThrow('not valid');
    expect(impostor.recording.frames.some((frame) => frame.includes('"call"'))).toBe(false);
  });
});

describe('the real server and the page', () => {
  it('complete the handshake without the key ever crossing the socket, and calls work after it', async () => {
    const server = await startServer();
    const sent: string[] = [];
    const { socket, resumeKey } = await openProvedSocket(origin(server), 'control', linkCredential(server.controlUrl));
    socket.on('message', (data: Buffer) => sent.push(data.toString('utf8')));
    const reply = new Promise<unknown>((resolve) => socket.once('message', (data: Buffer) => resolve(JSON.parse(data.toString('utf8')))));
    socket.send(JSON.stringify({ kind: 'call', id: 1, verb: 'host.capabilities', args: {} }));
    expect(await reply).toEqual({ kind: 'reply', id: 1, ok: true, result: { nativeDialogs: false, presenterWindow: false, pdfExport: false } });
    expect(resumeKey).toMatch(/^[0-9a-f]{64}$/);
    expect(resumeKey).not.toBe(linkCredential(server.controlUrl).key);
    socket.close();

    // The resume key the page was given opens a socket too.
    const again = await openProvedSocket(origin(server), 'control', { kind: 'resume', key: resumeKey });
    again.socket.close();
  });

  it('the page connects through its own link code and saves the resume key', async () => {
    const server = await startServer();
    const { link, states, saved } = pageLink(server.port, 'control', linkCredential(server.controlUrl).key);
    expect(await until(() => states.at(-1)?.state === 'open')).toBe(true);
    expect(await link.call('host.capabilities', {})).toEqual({ nativeDialogs: false, presenterWindow: false, pdfExport: false });
    expect(saved).toHaveLength(1);
  });

  it('a view token does not open a control socket, nor a control token a presenter socket', async () => {
    const server = await startServer();
    await expect(openProvedSocket(origin(server), 'control', linkCredential(server.presenterUrl))).rejects.toThrow('could not prove');
    await expect(openProvedSocket(origin(server), 'presenter', linkCredential(server.controlUrl))).rejects.toThrow('could not prove');
    const presenter = await openProvedSocket(origin(server), 'presenter', linkCredential(server.presenterUrl));
    presenter.socket.close();
  });
});

describe('a socket that has not proved its key', () => {
  it('gets no push while the control window changes the session, and a call closes it', async () => {
    const server = await startServer();
    const stranger = await rawSocket(server);
    expect(stranger.received.map((message) => message.kind)).toEqual(['challenge']);
    stranger.ws.send(JSON.stringify({ kind: 'hello', credential: 'link', nonce: '1'.repeat(64) }));
    expect(await until(() => stranger.received.length === 2)).toBe(true);

    const pushes: unknown[] = [];
    const control = await openProvedSocket(origin(server), 'control', linkCredential(server.controlUrl), (message) => pushes.push(message));
    control.socket.send(JSON.stringify({ kind: 'call', id: 1, verb: 'session.create', args: { workshopId: 'management-and-leadership', group: 'Ops', date: '2026-11-28' } }));
    expect(await until(() => pushes.some((message) => (message as { kind: string }).kind === 'snapshot'))).toBe(true);
    control.socket.close();

    // The stranger heard nothing of it: only the challenge and the server's proof bound to its own nonce.
    expect(stranger.received.map((message) => message.kind)).toEqual(['challenge', 'serverProof']);
    stranger.ws.send(JSON.stringify({ kind: 'call', id: 1, verb: 'session.snapshot', args: {} }));
    expect(await stranger.closed).toBe(HANDSHAKE_FAILED_CLOSE);
    expect(stranger.received.map((message) => message.kind)).toEqual(['challenge', 'serverProof']);
  });

  it.each([
    ['a call instead of hello', { kind: 'call', id: 1, verb: 'session.snapshot', args: {} }],
    ['a key sent in clear', { kind: 'hello', credential: 'link', nonce: '1'.repeat(64), token: 'x' }],
    ['not JSON', '{nope'],
  ])('is closed at once on %s', async (_name, first) => {
    const server = await startServer();
    const stranger = await rawSocket(server);
    stranger.ws.send(typeof first === 'string' ? first : JSON.stringify(first));
    expect(await stranger.closed).toBe(HANDSHAKE_FAILED_CLOSE);
    expect(stranger.received.map((message) => message.kind)).toEqual(['challenge']);
  });

  it('is closed on a wrong proof, and a proof seen on one socket does not open another', async () => {
    const server = await startServer();
    const guess = await rawSocket(server);
    guess.ws.send(JSON.stringify({ kind: 'hello', credential: 'link', nonce: '2'.repeat(64) }));
    await until(() => guess.received.length === 2);
    guess.ws.send(JSON.stringify({ kind: 'clientProof', proof: '3'.repeat(64) }));
    expect(await guess.closed).toBe(HANDSHAKE_FAILED_CLOSE);
    expect(guess.received.map((message) => message.kind)).toEqual(['challenge', 'serverProof']);

    // Watch a real page's frames (the page's own handshake code on a socket), then replay them on a new socket:
    // the server's new challenge makes them worthless.
    const frames: string[] = [];
    const page = await rawSocket(server);
    const handshake = createClientHandshake('control', linkCredential(server.controlUrl), (message) => {
      frames.push(JSON.stringify(message));
      page.ws.send(JSON.stringify(message));
    });
    await handshake.receive(page.received[0]);
    await until(() => page.received.length === 2);
    await handshake.receive(page.received[1]);
    await until(() => page.received.length === 3);
    expect(page.received[2]?.kind).toBe('welcome');
    page.ws.close();
    const replay = await rawSocket(server);
    replay.ws.send(frames[0] ?? '');
    await until(() => replay.received.length === 2);
    replay.ws.send(frames[1] ?? '');
    expect(await replay.closed).toBe(HANDSHAKE_FAILED_CLOSE);
    expect(replay.received.map((message) => message.kind)).toEqual(['challenge', 'serverProof']);
  });

  it('is closed when it does not finish in time, and only a few may wait at once', async () => {
    const server = await startServer({ handshake: { timeoutMs: 300 } });
    const silent = await rawSocket(server);
    expect(await silent.closed).toBe(HANDSHAKE_FAILED_CLOSE);

    const waiting = await Promise.all(Array.from({ length: MAX_PENDING_HANDSHAKES }, () => rawSocket(server)));
    const refused = await new Promise<number>((resolve) => {
      const extra = new WebSocket(`ws://127.0.0.1:${server.port}/ws?role=control`, { headers: { Origin: origin(server) } });
      extra.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      extra.on('open', () => resolve(101));
      extra.on('error', () => undefined);
    });
    expect(refused).toBe(503);
    // Once they are gone (here: timed out), new sockets are let in again.
    await Promise.all(waiting.map((socket) => socket.closed));
    const after = await openProvedSocket(origin(server), 'control', linkCredential(server.controlUrl));
    after.socket.close();
  });
});

describe('keys across a restart', () => {
  it('a token printed by the previous run opens nothing; a tab that was open reconnects with its resume key', async () => {
    const dataDir = path.join(root.dir, 'restart-data');
    const first = await startServer({ secrets: await loadBrowserSecrets(dataDir, { log: () => undefined }) });
    const oldControl = linkCredential(first.controlUrl);
    const oldView = linkCredential(first.presenterUrl);
    const { resumeKey, socket } = await openProvedSocket(origin(first), 'control', oldControl);
    socket.close();
    const port = first.port;
    await first.close();

    const second = await startServer({ port, secrets: await loadBrowserSecrets(dataDir, { log: () => undefined }) });
    expect(second.controlUrl).not.toBe(first.controlUrl);
    expect(second.presenterUrl).not.toBe(first.presenterUrl);
    await expect(openProvedSocket(origin(second), 'control', oldControl)).rejects.toThrow('could not prove');
    await expect(openProvedSocket(origin(second), 'presenter', oldView)).rejects.toThrow('could not prove');
    const resumed = await openProvedSocket(origin(second), 'control', { kind: 'resume', key: resumeKey });
    resumed.socket.close();
    await second.close();

    // --new-links: the resume key of the tabs opened before stops working too.
    const third = await startServer({ port, secrets: await loadBrowserSecrets(dataDir, { log: () => undefined, rotate: true }) });
    await expect(openProvedSocket(origin(third), 'control', { kind: 'resume', key: resumeKey })).rejects.toThrow('could not prove');
  });
});
