import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBrowserServer } from '../../../electron/server/browserServer';
import type { BrowserServer } from '../../../electron/server/browserServer';
import type { LinkLimits, OutboxFigures } from '../../../electron/server/linkOutbox';
import { FELL_BEHIND_CLOSE_CODE } from '../../../shared/protocol/messages';
import { notesForActivity } from '../../../shared/session/selectors';
import { connectAsControl, connectAsPresenter } from '../../support/hostClient';
import type { HostClient } from '../../support/hostClient';
import type { PushMessage } from '../../../shared/protocol/messages';
import { makeTempDir } from '../helpers/tempDir';

const ACTIVITY = 'opening-perceptions';
let server: BrowserServer | null = null;
let cleanup: (() => Promise<void>) | null = null;
const clients: HostClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await server?.close();
  await cleanup?.();
  server = null;
});

/** A server with small limits (so a test fills them in a second), and a session of `notes` notes of about 300 bytes. */
async function crowdedServer(limits: Partial<LinkLimits>, notes: number, onLinkDropped?: (reason: string, figures: OutboxFigures) => void) {
  const temp = await makeTempDir();
  cleanup = temp.cleanup;
  const staticRoot = path.join(temp.dir, 'static');
  await mkdir(staticRoot, { recursive: true });
  for (const page of ['control.html', 'presenter.html']) await writeFile(path.join(staticRoot, page), '<!doctype html><title>stand-in</title>');
  const workspace = path.join(temp.dir, 'workspace');
  await mkdir(workspace);
  server = await startBrowserServer({ workspaceDir: workspace, staticRoot, transport: { limits, onLinkDropped: (_role, reason, figures) => onLinkDropped?.(reason, figures) } });
  const control = await connectAsControl(server.controlUrl);
  clients.push(control);
  await control.call('session.create', { workshopId: 'management-and-leadership', group: 'Ops leads', date: '2026-11-28' });
  await control.call('session.dispatch', { type: 'presenter.setTitleScreen', on: false });
  const text = (i: number) => `Note ${i}: ${'trust grows when check-ins are regular and honest, in both directions. '.repeat(4)}`.slice(0, 300);
  for (let start = 0; start < notes; start += 100) {
    await control.flood(Array.from({ length: Math.min(100, notes - start) }, (_, i) => ({ verb: 'session.dispatch' as const, args: { type: 'note.capture', activityId: ACTIVITY, text: text(start + i) } })));
  }
  return control;
}

describe('a projector link that stops reading', () => {
  it('is held back, then closed with a reason, and never makes the host keep more than its limit for it', async () => {
    const limits = { highWaterBytes: 256 * 1024, lowWaterBytes: 64 * 1024, maxBehindMs: 60_000, hardLimitBytes: 8 * 1024 * 1024 };
    let dropped!: (value: { reason: string; figures: OutboxFigures }) => void;
    const dropping = new Promise<{ reason: string; figures: OutboxFigures }>((resolve) => (dropped = resolve));
    const control = await crowdedServer(limits, 1500, (reason, figures) => dropped({ reason, figures }));
    const projector = await connectAsPresenter(server!.presenterUrl);
    clients.push(projector);
    const snapshotBytes = JSON.stringify(await projector.call('session.snapshot', {})).length;
    expect(snapshotBytes).toBeGreaterThan(400_000);

    projector.stopReading();
    // 120 snapshots: about 60 MB the host would otherwise keep for a page that reads nothing.
    void projector.flood(Array.from({ length: 120 }, () => ({ verb: 'session.snapshot' as const, args: {} })));
    const { reason, figures } = await dropping;
    expect(reason).toBe('over-hard-limit');
    expect(figures.peakBufferedBytes).toBeLessThanOrEqual(limits.hardLimitBytes + snapshotBytes + 1024);

    // The facilitator's window was never held up by it.
    const after = await control.call('session.dispatch', { type: 'note.capture', activityId: ACTIVITY, text: 'Still here' });
    expect(after.rev).toBeGreaterThan(1500);
  });

  it('that reads again catches up with one view holding everything it missed, not every step', async () => {
    const limits = { highWaterBytes: 256 * 1024, lowWaterBytes: 64 * 1024, maxBehindMs: 60_000, hardLimitBytes: 256 * 1024 * 1024 };
    const control = await crowdedServer(limits, 1500);
    const projector = await connectAsPresenter(server!.presenterUrl);
    clients.push(projector);
    projector.stopReading();
    const stuck = projector.flood(Array.from({ length: 40 }, () => ({ verb: 'session.snapshot' as const, args: {} })));
    // Wait until the host has held back a push for this link: the kernel's socket buffers are full.
    const missed: string[] = [];
    while (server!.linkFigures().every((figures) => figures.heldBackPushes === 0)) {
      const text = `Said while the projector hung ${missed.length}`;
      await control.call('session.dispatch', { type: 'note.capture', activityId: ACTIVITY, text });
      missed.push(text);
    }
    for (let i = 0; i < 20; i++) {
      const text = `Said while the projector hung ${missed.length}`;
      await control.call('session.dispatch', { type: 'note.capture', activityId: ACTIVITY, text });
      missed.push(text);
    }
    const before = projector.pushes.length;
    projector.resumeReading();
    await stuck;
    const last = missed.at(-1) ?? '';
    const holds = (message: PushMessage, text: string): boolean => message.kind === 'view' && message.view?.screen === 'live' && notesForActivity(message.view.stage, ACTIVITY).some((note) => note.text === text);
    const caughtUp = await projector.waitForPush((message) => holds(message, last), before);
    if (caughtUp.kind !== 'view' || caughtUp.view?.screen !== 'live') throw new Error('not a live view');
    const texts = notesForActivity(caughtUp.view.stage, ACTIVITY).map((note) => note.text);
    expect(texts.slice(-missed.length)).toEqual(missed);
    // It was brought up to date by one view, not sent every step it missed (the few views sent before the host held
    // back were already on their way).
    const views = projector.pushes.slice(before).filter((message) => message.kind === 'view');
    expect(views.length).toBeLessThan(missed.length / 4);
    expect(projector.isClosed()).toBe(false);
  });
});

describe('the page of a link the host closed', () => {
  it('hears why: the close code and reason say it fell behind', async () => {
    const limits = { highWaterBytes: 64 * 1024, lowWaterBytes: 16 * 1024, maxBehindMs: 300, hardLimitBytes: 256 * 1024 * 1024, closeGraceMs: 30_000 };
    let dropped!: () => void;
    const dropping = new Promise<void>((resolve) => (dropped = resolve));
    await crowdedServer(limits, 1500, () => dropped());
    const projector = await connectAsPresenter(server!.presenterUrl);
    clients.push(projector);
    projector.stopReading();
    void projector.flood(Array.from({ length: 40 }, () => ({ verb: 'session.snapshot' as const, args: {} })));
    await dropping;
    projector.resumeReading();
    const closed = await projector.closed;
    expect(closed.code).toBe(FELL_BEHIND_CLOSE_CODE);
    expect(closed.reason).toMatch(/fell behind/);
  });
});
