import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBrowserServer } from '../electron/server/browserServer';
import { connectAsControl, connectAsPresenter } from '../tests/support/hostClient';

/** What one flooding link does to another. */
export interface HostileFigures {
  /** The other link's longest round trip while the flood was being answered. */
  otherLinkMaxWaitMs: number;
  /** Round trips the other link made meanwhile. */
  otherLinkCalls: number;
  /** Of the flood, how many the host ran and how many it refused as too many at once. */
  floodAccepted: number;
  floodRefused: number;
  floodMs: number;
}

/**
 * One control link sends `count` note captures as fast as its socket takes them, while the projector link asks
 * for a snapshot again and again, as a page catching up would; the figure is the projector's worst wait.
 * Everything runs on 127.0.0.1 and stops by itself once the flood is answered.
 */
export async function measureHostileLinks(count: number): Promise<HostileFigures> {
  const folder = mkdtempSync(join(tmpdir(), 'groundwork-bench-hostile-'));
  const staticRoot = join(folder, 'static');
  mkdirSync(staticRoot, { recursive: true });
  for (const page of ['control.html', 'presenter.html']) writeFileSync(join(staticRoot, page), '<!doctype html><title>bench</title>');
  mkdirSync(join(folder, 'workspace'));
  const server = await startBrowserServer({ workspaceDir: join(folder, 'workspace'), staticRoot });
  try {
    const flooder = await connectAsControl(server.controlUrl);
    await flooder.call('session.create', { workshopId: 'management-and-leadership', group: 'Bench', date: '2026-11-28' });
    const projector = await connectAsPresenter(server.presenterUrl);
    await projector.call('session.snapshot', {});
    const started = performance.now();
    let flooding = true;
    const flood = flooder
      .flood(Array.from({ length: count }, (_, i) => ({ verb: 'session.dispatch' as const, args: { type: 'note.capture', activityId: 'opening-perceptions', text: `Flood ${i}` } })))
      .finally(() => (flooding = false));
    const waits: number[] = [];
    while (flooding) {
      const sent = performance.now();
      await projector.call('session.snapshot', {});
      waits.push(performance.now() - sent);
    }
    const replies = await flood;
    const floodMs = performance.now() - started;
    flooder.close();
    projector.close();
    const accepted = replies.filter((reply) => reply.ok).length;
    return {
      otherLinkMaxWaitMs: Math.round(Math.max(0, ...waits) * 100) / 100,
      otherLinkCalls: waits.length,
      floodAccepted: accepted,
      floodRefused: replies.length - accepted,
      floodMs: Math.round(floodMs),
    };
  } finally {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
