import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HostStatus } from '../../../shared/protocol/hostStatus';
import type { PushMessage } from '../../../shared/protocol/messages';
import { connectWindow, makeHost, startWorkshop } from '../helpers/hostHarness';
import type { HostHarness } from '../helpers/hostHarness';

let h: HostHarness;
beforeEach(async () => {
  h = await makeHost();
});
afterEach(async () => {
  await h.cleanup();
});

/** The projector size in the last status the window was pushed (undefined: none pushed, or none known). */
function lastPushedProjector(pushes: PushMessage[]): HostStatus['projector'] | 'no status pushed' {
  const statuses = pushes.filter((message): message is Extract<PushMessage, { kind: 'status' }> => message.kind === 'status');
  const last = statuses.at(-1);
  return last ? last.status.projector : 'no status pushed';
}

describe('presenter.reportScreen', () => {
  it('a presenter page reports its size; the control window is pushed it and finds it in its snapshot', async () => {
    const presenter = connectWindow(h.host, 'presenter');
    expect((await h.control.snapshot()).status.projector).toBeUndefined();
    await presenter.ok('presenter.reportScreen', { width: 1024, height: 768 });
    expect(lastPushedProjector(h.control.pushes)).toEqual({ width: 1024, height: 768 });
    expect((await h.control.snapshot()).status.projector).toEqual({ width: 1024, height: 768 });
  });

  it('only the presenter may report it', async () => {
    const refused = await h.control.call('presenter.reportScreen', { width: 1024, height: 768 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await h.control.snapshot()).status.projector).toBeUndefined();
  });

  it('refuses sizes that are not whole pixels between 200 and 10000, and extra fields', async () => {
    const presenter = connectWindow(h.host, 'presenter');
    for (const bad of [
      { width: 199, height: 768 },
      { width: 1024, height: 10_001 },
      { width: 1024.5, height: 768 },
      { width: '1024', height: 768 },
      { width: 1024 },
      { width: 1024, height: 768, display: 2 },
      { width: Number.NaN, height: 768 },
    ]) {
      expect(await presenter.call('presenter.reportScreen', bad)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    }
    expect((await h.control.snapshot()).status.projector).toBeUndefined();
    expect(await presenter.call('presenter.reportScreen', { width: 200, height: 10_000 })).toMatchObject({ ok: true });
  });

  it('is forgotten when the last presenter page disconnects', async () => {
    const presenter = connectWindow(h.host, 'presenter');
    await presenter.ok('presenter.reportScreen', { width: 1920, height: 1200 });
    presenter.connection.disconnect();
    expect(lastPushedProjector(h.control.pushes)).toBeUndefined();
    expect((await h.control.snapshot()).status.projector).toBeUndefined();
  });

  it('with several presenter pages, the most recent report wins, and the other page\'s size stays when one leaves', async () => {
    const first = connectWindow(h.host, 'presenter');
    const second = connectWindow(h.host, 'presenter');
    await first.ok('presenter.reportScreen', { width: 1024, height: 768 });
    await second.ok('presenter.reportScreen', { width: 1920, height: 1080 });
    expect((await h.control.snapshot()).status.projector).toEqual({ width: 1920, height: 1080 });
    await first.ok('presenter.reportScreen', { width: 1280, height: 800 });
    expect((await h.control.snapshot()).status.projector).toEqual({ width: 1280, height: 800 });
    first.connection.disconnect();
    expect(lastPushedProjector(h.control.pushes)).toEqual({ width: 1920, height: 1080 });
    second.connection.disconnect();
    expect((await h.control.snapshot()).status.projector).toBeUndefined();
  });

  it('a disconnected control window changes nothing, and the size survives session changes and saves', async () => {
    const presenter = connectWindow(h.host, 'presenter');
    await presenter.ok('presenter.reportScreen', { width: 1024, height: 768 });
    connectWindow(h.host, 'control').connection.disconnect();
    await startWorkshop(h.control);
    await h.host.flush();
    const snapshot = await h.control.snapshot();
    expect(snapshot.status.projector).toEqual({ width: 1024, height: 768 });
    expect(snapshot.status.save.state).not.toBe('error');
    expect(JSON.stringify(snapshot.session)).not.toContain('1024');
  });

  it('an unchanged size is not pushed again', async () => {
    const presenter = connectWindow(h.host, 'presenter');
    await presenter.ok('presenter.reportScreen', { width: 1024, height: 768 });
    const before = h.control.pushes.length;
    await presenter.ok('presenter.reportScreen', { width: 1024, height: 768 });
    expect(h.control.pushes.length).toBe(before);
  });
});
