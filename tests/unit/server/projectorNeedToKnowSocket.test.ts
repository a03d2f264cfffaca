import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserServer } from '../../../electron/server/browserServer';
import type { BrowserServer } from '../../../electron/server/browserServer';
import { makeTempDir } from '../helpers/tempDir';
import { linkCredential, openProvedSocket } from '../../support/handshakeClient';
import { expectNeedToKnow, runNeedToKnowScenario } from '../helpers/roomScenario';

let server: BrowserServer;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const temp = await makeTempDir();
  cleanup = temp.cleanup;
  const staticRoot = path.join(temp.dir, 'static');
  await mkdir(staticRoot, { recursive: true });
  await writeFile(path.join(staticRoot, 'control.html'), '<!doctype html><title>Control</title>');
  await writeFile(path.join(staticRoot, 'presenter.html'), '<!doctype html><title>Presenter</title>');
  const workspace = path.join(temp.dir, 'workspace');
  await mkdir(workspace);
  server = await startBrowserServer({ workspaceDir: workspace, dataDir: path.join(temp.dir, 'data'), staticRoot, port: 0 });
});

afterAll(async () => {
  await server.close();
  await cleanup();
});

/** A real WebSocket client, past the handshake, that keeps every message it received after it, as JSON text. */
async function connect(role: 'control' | 'presenter', printedUrl: string) {
  const frames: string[] = [];
  const waiting = new Map<number, (reply: { ok: boolean; result?: unknown; error?: { message: string } }) => void>();
  const { socket: ws } = await openProvedSocket(new URL(printedUrl).origin, role, linkCredential(printedUrl), (raw) => {
    frames.push(JSON.stringify(raw));
    const message = raw as { kind: string; id: number; ok: boolean };
    if (message.kind === 'reply') waiting.get(message.id)?.(message);
  });
  let nextId = 1;
  const call = (verb: string, args: unknown = {}) =>
    new Promise<{ ok: boolean; result?: unknown; error?: { message: string } }>((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      ws.send(JSON.stringify({ kind: 'call', id, verb, args }));
    });
  return { ws, frames, call };
}

describe('over the real WebSocket server (browser mode)', () => {
  it('no frame the presenter socket receives holds a script, a talking point, a hidden note or name, or an unrevealed count', async () => {
    const control = await connect('control', server.controlUrl);
    const presenter = await connect('presenter', server.presenterUrl);
    try {
      const result = await runNeedToKnowScenario({
        control: async (verb, args) => {
          const reply = await control.call(verb, args);
          if (!reply.ok) throw new Error(`${verb}: ${reply.error?.message ?? 'failed'}`);
          return reply.result;
        },
        // A reply on the presenter's own socket comes after every push sent to it before the call was answered.
        presenterSnapshot: async () => {
          expect((await presenter.call('session.snapshot')).ok).toBe(true);
        },
        presenterBytes: () => presenter.frames.join('\n'),
      });
      expectNeedToKnow(result);
      const kinds = new Set(presenter.frames.map((frame) => (JSON.parse(frame) as { kind: string }).kind));
      expect([...kinds].sort()).toEqual(['reply', 'view', 'viewPatch']);
    } finally {
      control.ws.close();
      presenter.ws.close();
    }
  });
});
