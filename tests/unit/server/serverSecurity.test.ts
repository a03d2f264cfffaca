import { request } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { startBrowserServer } from '../../../electron/server/browserServer';
import type { BrowserServer } from '../../../electron/server/browserServer';
import { openProvedSocket } from '../../support/handshakeClient';
import { makeTempDir } from '../helpers/tempDir';

let server: BrowserServer;
let cleanup: () => Promise<void>;
let controlToken: string;
let viewToken: string;

beforeAll(async () => {
  const temp = await makeTempDir();
  cleanup = temp.cleanup;
  const staticRoot = path.join(temp.dir, 'static');
  await mkdir(path.join(staticRoot, 'assets'), { recursive: true });
  await writeFile(path.join(staticRoot, 'control.html'), '<!doctype html><title>Control</title>');
  await writeFile(path.join(staticRoot, 'presenter.html'), '<!doctype html><title>Presenter</title>');
  await writeFile(path.join(staticRoot, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(path.join(temp.dir, 'secret.txt'), 'outside the static root');
  const workspace = path.join(temp.dir, 'workspace');
  await mkdir(workspace);
  server = await startBrowserServer({ workspaceDir: workspace, staticRoot, port: 0 });
  controlToken = new URL(server.controlUrl).hash.replace('#token=', '');
  viewToken = new URL(server.presenterUrl).hash.replace('#view=', '');
});

afterAll(async () => {
  await server.close();
  await cleanup();
});

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A plain HTTP request with exactly the headers given (so Host and Origin can be forged). */
function raw(pathname: string, headers: Record<string, string>): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path: pathname, headers, setHost: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('upgrade', (res, socket) => {
      socket.destroy();
      resolve({ status: res.statusCode ?? 0, headers: res.headers, body: '' });
    });
    req.on('error', reject);
    req.end();
  });
}

function host(): string {
  return `127.0.0.1:${server.port}`;
}

function upgrade(query: string, extra: Record<string, string> = {}): Promise<RawResponse> {
  return raw(`/ws?${query}`, {
    Host: host(),
    Connection: 'Upgrade',
    Upgrade: 'websocket',
    'Sec-WebSocket-Version': '13',
    'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
    ...extra,
  });
}

/** An open WebSocket and the messages it received. */
interface Client {
  ws: WebSocket;
  messages: unknown[];
  call: (verb: string, args?: unknown) => Promise<{ ok: boolean; result?: unknown; error?: { code: string; message: string } }>;
  closed: Promise<{ code: number }>;
}

async function connect(role: 'control' | 'presenter', key: string): Promise<Client> {
  const messages: unknown[] = [];
  const waiting = new Map<number, (reply: never) => void>();
  const { socket: ws } = await openProvedSocket(`http://127.0.0.1:${server.port}`, role, { kind: 'link', key }, (raw) => {
    const message = raw as { kind: string; id: number };
    messages.push(message);
    if (message.kind === 'reply') waiting.get(message.id)?.(message as never);
  });
  const closed = new Promise<{ code: number }>((resolve) => ws.on('close', (code) => resolve({ code })));
  let nextId = 1;
  return {
    ws,
    messages,
    closed,
    call: (verb, args = {}) =>
      new Promise((resolve) => {
        const id = nextId++;
        waiting.set(id, resolve);
        ws.send(JSON.stringify({ kind: 'call', id, verb, args }));
      }),
  };
}

describe('printed URLs', () => {
  it('point at 127.0.0.1 with the secrets in the fragment', () => {
    expect(server.controlUrl).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/control\\.html#token=[0-9a-f]{32,}$`));
    expect(server.presenterUrl).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/presenter\\.html#view=[0-9a-f]{32,}$`));
    expect(controlToken).not.toBe(viewToken);
  });
});

describe('static files', () => {
  it('serve the pages with a strict content security policy', async () => {
    const page = await raw('/control.html', { Host: host() });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Control</title>');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect((await raw('/assets/app.js', { Host: `localhost:${server.port}` })).headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/assets/', '/nothing.html', '/assets%5c..%5c..%5csecret.txt'])(
    'never leave the static folder: %s',
    async (pathname) => {
      const response = await raw(pathname, { Host: host() });
      expect(response.status).toBe(404);
      expect(response.body).not.toContain('outside the static root');
    },
  );

  it('refuse a request for another host name (DNS rebinding)', async () => {
    const response = await raw('/control.html', { Host: `evil.example:${server.port}` });
    expect(response.status).toBe(403);
    expect(response.body).not.toContain('Control');
  });
});

describe('WebSocket access', () => {
  it.each([
    ['no role', '', 400],
    ['an unknown role', 'role=participant', 400],
  ])('is refused with %s', async (_name, query, status) => {
    expect((await upgrade(query)).status).toBe(status);
  });

  it('is refused from another Host', async () => {
    expect((await upgrade('role=control', { Host: `attacker.test:${server.port}` })).status).toBe(403);
  });

  it('is refused from another Origin', async () => {
    expect((await upgrade('role=control', { Origin: 'http://attacker.test' })).status).toBe(403);
    expect((await upgrade('role=control', { Origin: `http://127.0.0.1:${server.port + 1}` })).status).toBe(403);
  });

  it('opens for the page itself, which must then prove its key (handshake.test.ts)', async () => {
    expect((await upgrade('role=control', { Origin: `http://localhost:${server.port}` })).status).toBe(101);
  });

  it('no longer answers the link check that took a key in a header', async () => {
    const response = await raw('/link-status', { Host: host(), 'X-Groundwork-Link': `control:${controlToken}` });
    expect(response.status).toBe(404);
  });
});

describe('calls over the socket', () => {
  it('the control page runs commands and the presenter hears about them, but may not change anything', async () => {
    const control = await connect('control', controlToken);
    const presenter = await connect('presenter', viewToken);
    const created = await control.call('session.create', { workshopId: 'management-and-leadership', group: 'Ops', date: '2026-11-28' });
    expect(created).toMatchObject({ ok: true, result: { file: null } });
    const dispatch = await presenter.call('session.dispatch', { type: 'presenter.setBlackout', blackout: true });
    expect(dispatch).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const snapshot = await presenter.call('session.snapshot');
    // The presenter is answered and pushed only what the room sees: here the title screen.
    expect(snapshot).toMatchObject({ ok: true, result: { view: { screen: 'title', group: 'Ops' } } });
    expect(presenter.messages.some((message) => (message as { kind: string }).kind === 'view')).toBe(true);
    control.ws.close();
    presenter.ws.close();
  });

  it('answers a malformed call with an error and closes on unreadable data, without crashing', async () => {
    const client = await connect('control', controlToken);
    // The first reply: a status push (a save an earlier test started, finishing late on a busy machine) may come first.
    const reply = new Promise<unknown>((resolve) => {
      const listen = (data: Buffer): void => {
        const message = JSON.parse(data.toString('utf8')) as { kind?: unknown };
        if (message.kind !== 'reply') return;
        client.ws.off('message', listen);
        resolve(message);
      };
      client.ws.on('message', listen);
    });
    client.ws.send(JSON.stringify({ kind: 'call', id: 7, verb: 42 }));
    expect(await reply).toEqual({ kind: 'reply', id: 7, ok: false, error: { code: 'invalid', message: 'That message was not a valid call.' } });
    expect(await client.call('no.such.verb')).toMatchObject({ ok: false, error: { code: 'invalid' } });
    client.ws.send('{not json');
    expect((await client.closed).code).toBe(1007);

    const big = await connect('control', controlToken);
    big.ws.send(JSON.stringify({ kind: 'call', id: 1, verb: 'session.dispatch', args: { type: 'note.capture', activityId: 'opening-perceptions', text: 'x'.repeat(70_000) } }));
    expect((await big.closed).code).toBe(1009);

    const after = await connect('control', controlToken);
    expect(await after.call('host.capabilities')).toEqual({ kind: 'reply', id: 1, ok: true, result: { nativeDialogs: false, presenterWindow: false, pdfExport: false } });
    after.ws.close();
  });
});
