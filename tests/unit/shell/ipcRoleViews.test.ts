import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IpcMain } from 'electron';
import { registerIpc } from '../../../electron/shell/ipc';
import { verbChannel } from '../../../shared/protocol/ipcChannels';
import type { OpenWindow } from '../../../electron/shell/windows';
import type { CallOutcome } from '../../../electron/host/hostTypes';
import type { PushMessage } from '../../../shared/protocol/messages';
import { makeHost, startWorkshop } from '../helpers/hostHarness';
import type { HostHarness } from '../helpers/hostHarness';

/**
 * The desktop app's IPC transport goes through the same per-role connection as the WebSocket one
 * (`host.connect`, as ShellWindows.track makes it), so the presenter window gets its room view there too.
 */
describe('over Electron IPC, the presenter window is answered and pushed only the room view', () => {
  let h: HostHarness;
  beforeEach(async () => {
    h = await makeHost();
  });
  afterEach(async () => {
    await h.cleanup();
  });

  it('session.snapshot from the presenter window answers the view; its pushes are views', async () => {
    const page = '/opt/groundwork/presenter.html';
    const pushes: PushMessage[] = [];
    // What ShellWindows.track does for each window: one connection per window, with its role.
    const connection = h.host.connect('presenter', (message) => pushes.push(message));
    const entry = { role: 'presenter', page, connection } as unknown as OpenWindow;
    const handlers = new Map<string, (event: unknown, args: unknown) => Promise<CallOutcome>>();
    const ipcMain = { handle: (channel: string, handler: (event: unknown, args: unknown) => Promise<CallOutcome>) => void handlers.set(channel, handler) } as unknown as IpcMain;
    registerIpc(ipcMain, { lookup: (id) => (id === 7 ? entry : undefined), expectedPages: () => new Map([[7, page]]) });

    await startWorkshop(h.control);
    await h.control.ok('session.dispatch', { type: 'presenter.setTitleScreen', on: false });
    const frame = { url: `file://${page}`, parent: null, processId: 1, routingId: 1 };
    const answer = await handlers.get(verbChannel('session.snapshot'))?.({ sender: { id: 7, mainFrame: frame }, senderFrame: frame }, {});
    expect(answer).toMatchObject({ ok: true, result: { view: { screen: 'live' } } });
    expect(JSON.stringify(answer)).not.toContain('"session"');
    const session = (await h.control.snapshot()).session;
    const script = session?.agenda[0]?.script.say ?? '';
    expect(script.length).toBeGreaterThan(20);
    expect(JSON.stringify(answer)).not.toContain(script.slice(0, 40));
    expect(pushes.length).toBeGreaterThan(0);
    expect(pushes.every((message) => message.kind === 'view' || message.kind === 'viewPatch')).toBe(true);
  });
});
