import path from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { expect, test } from '@playwright/test';
import { build } from 'esbuild';
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { VERB_NAMES } from '../../shared/protocol/verbs';
import type { CallOutcome, HostConnection } from '../../electron/host/hostTypes';
import { registerIpc } from '../../electron/shell/ipc';
import { verbChannel } from '../../shared/protocol/ipcChannels';
import type { WindowDirectory } from '../../electron/shell/ipc';

// The IPC gate of the desktop app, exercised in plain Node with stand-ins for Electron's objects.

const projectRoot = path.resolve(import.meta.dirname, '..', '..');
const rendererDir = path.join(projectRoot, 'dist', 'renderer');
const controlPage = path.join(rendererDir, 'control.html');
const presenterPage = path.join(rendererDir, 'presenter.html');
const CONTROL_ID = 3;
const PRESENTER_ID = 4;

type Handler = (event: IpcMainInvokeEvent, args: unknown) => Promise<CallOutcome>;

interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
  processId: number;
  routingId: number;
}

function frame(url: string, parent: FakeFrame | null = null, routingId = 1): FakeFrame {
  return { url, parent, processId: 10, routingId };
}

function event(contentsId: number, sender: FakeFrame | null, main: FakeFrame | null = sender): IpcMainInvokeEvent {
  return { sender: { id: contentsId, mainFrame: main }, senderFrame: sender } as unknown as IpcMainInvokeEvent;
}

function setUp(behaviour: (verb: string, args: unknown) => Promise<CallOutcome> = (verb) => Promise.resolve({ ok: true, result: { verb } })) {
  const handlers = new Map<string, Handler>();
  const ipcMain = { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) } as unknown as IpcMain;
  const calls: { role: string; verb: string; args: unknown }[] = [];
  const connection = (role: 'control' | 'presenter'): HostConnection => ({
    role,
    call: (verb, args) => {
      calls.push({ role, verb, args });
      return behaviour(verb, args);
    },
    catchUp: () => ({ kind: 'status', status: { file: null, save: { state: 'idle' } } }),
    disconnect: () => undefined,
  });
  const entries = new Map([
    [CONTROL_ID, { role: 'control' as const, window: {} as BrowserWindow, page: controlPage, connection: connection('control') }],
    [PRESENTER_ID, { role: 'presenter' as const, window: {} as BrowserWindow, page: presenterPage, connection: connection('presenter') }],
  ]);
  const directory: WindowDirectory = {
    lookup: (id) => entries.get(id),
    expectedPages: () => new Map([...entries].map(([id, entry]) => [id, entry.page])),
  };
  registerIpc(ipcMain, directory);
  const invoke = (channel: string, ipcEvent: IpcMainInvokeEvent, args: unknown): Promise<CallOutcome> => {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(ipcEvent, args);
  };
  return { handlers, calls, invoke };
}

const FORBIDDEN: unknown = { ok: false, error: { code: 'forbidden', message: expect.any(String) } };

test.describe('IPC sender gate', () => {
  test('every host verb, and nothing else, has an IPC channel', () => {
    const { handlers } = setUp();
    expect([...handlers.keys()].sort()).toEqual(VERB_NAMES.map((verb) => `groundwork:${verb}`).sort());
  });

  test("a call from our window's main frame reaches that window's own connection", async () => {
    const { calls, invoke } = setUp();
    const url = `${pathToFileURL(presenterPage).href}#view`;
    const outcome = await invoke(verbChannel('session.snapshot'), event(PRESENTER_ID, frame(url)), {});
    expect(outcome).toEqual({ ok: true, result: { verb: 'session.snapshot' } });
    expect(calls).toEqual([{ role: 'presenter', verb: 'session.snapshot', args: {} }]);
  });

  test('calls from strangers are refused before they reach the host', async () => {
    const { calls, invoke } = setUp();
    const control = pathToFileURL(controlPage).href;
    const top = frame(control);
    const refusedEvents = [
      event(99, frame(control)), // a webContents that is not one of our windows
      event(CONTROL_ID, frame(control, top, 2), top), // an iframe inside our window
      event(CONTROL_ID, frame('https://example.com/control.html')), // our window, navigated to the web
      event(CONTROL_ID, frame(pathToFileURL(path.join(projectRoot, 'package.json')).href)), // some other local file
      event(CONTROL_ID, frame(pathToFileURL(presenterPage).href)), // the control window showing the wrong page
      event(CONTROL_ID, null), // a frame that is already gone
    ];
    for (const refused of refusedEvents) {
      expect(await invoke(verbChannel('session.close'), refused, {})).toEqual(FORBIDDEN);
    }
    expect(calls).toEqual([]);
  });

  test('a host that throws still answers, with an error instead of a broken promise', async () => {
    const { invoke } = setUp(() => Promise.reject(new Error('disk on fire')));
    const outcome = await invoke(verbChannel('session.save'), event(CONTROL_ID, frame(pathToFileURL(controlPage).href)), {});
    expect(outcome).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

interface ExposedBridge {
  role: string;
  call: Record<string, (args: unknown) => Promise<unknown>>;
  onPush(listener: (message: unknown) => void): () => void;
}

/** Bundles the real preload and runs it against a stand-in 'electron' module, recording what it exposes and sends. */
async function runPreload(argv: string[]) {
  const bundled = await build({
    entryPoints: [path.join(projectRoot, 'electron', 'preload.ts')],
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'browser',
    external: ['electron'],
    logLevel: 'silent',
  });
  const code = bundled.outputFiles[0]?.text ?? '';
  const exposed = new Map<string, unknown>();
  const invoked: { channel: string; args: unknown }[] = [];
  const listeners = new Map<string, Set<(event: unknown, message: unknown) => void>>();
  const required: string[] = [];
  const fakeElectron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
    ipcRenderer: {
      invoke: (channel: string, args: unknown) => {
        invoked.push({ channel, args });
        return Promise.resolve({ ok: true, result: channel });
      },
      on: (channel: string, listener: (event: unknown, message: unknown) => void) => {
        const set = listeners.get(channel) ?? new Set();
        set.add(listener);
        listeners.set(channel, set);
      },
      removeListener: (channel: string, listener: (event: unknown, message: unknown) => void) => listeners.get(channel)?.delete(listener),
    },
  };
  const module = { exports: {} };
  vm.runInNewContext(code, {
    module,
    exports: module.exports,
    process: { argv },
    require: (name: string) => {
      required.push(name);
      if (name === 'electron') return fakeElectron;
      throw new Error(`the sandboxed preload cannot require ${name}`);
    },
  });
  const emit = (channel: string, message: unknown): void => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: 'ipc event' }, message);
  };
  return { exposed, invoked, emit, required, bridge: exposed.get('groundwork') as ExposedBridge };
}

test.describe('preload bridge', () => {
  test('exposes only window.groundwork, requiring nothing but electron', async () => {
    const { exposed, required } = await runPreload(['electron']);
    expect([...exposed.keys()]).toEqual(['groundwork']);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });

  test('has one named function per verb, each invoking that verb’s own channel', async () => {
    const { bridge, invoked } = await runPreload(['electron']);
    expect(Object.keys(bridge.call).sort()).toEqual([...VERB_NAMES].sort());
    for (const verb of VERB_NAMES) {
      const callVerb = bridge.call[verb];
      expect(typeof callVerb).toBe('function');
      await callVerb?.({ probe: verb });
    }
    expect(invoked).toEqual(VERB_NAMES.map((verb) => ({ channel: verbChannel(verb), args: { probe: verb } })));
  });

  test('knows which window it is in from the role flag', async () => {
    expect((await runPreload(['electron', '--groundwork-role=presenter'])).bridge.role).toBe('presenter');
    expect((await runPreload(['electron', '--groundwork-role=control'])).bridge.role).toBe('control');
    expect((await runPreload(['electron'])).bridge.role).toBe('control');
  });

  test('hands pushes over without the IPC event, until unsubscribed', async () => {
    const { bridge, emit } = await runPreload(['electron']);
    const received: unknown[] = [];
    const stop = bridge.onPush((message) => received.push(message));
    emit('groundwork:push', { kind: 'status', n: 1 });
    stop();
    emit('groundwork:push', { kind: 'status', n: 2 });
    expect(received).toEqual([{ kind: 'status', n: 1 }]);
  });
});
