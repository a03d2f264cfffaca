import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SWAP_BY_HAND } from '../../../electron/host/verbs/presenter';
import { connectWindow, makeHost } from '../helpers/hostHarness';
import type { HostHarness } from '../helpers/hostHarness';

let h: HostHarness;
beforeEach(async () => {
  h = await makeHost();
});
afterEach(async () => {
  await h.cleanup();
});

describe('presenter.swapDisplays', () => {
  it('in a browser, nothing moves and the control window gets a sentence saying how to do it by hand', async () => {
    expect(await h.control.ok('presenter.swapDisplays')).toEqual({ swapped: false, reason: SWAP_BY_HAND });
    expect(SWAP_BY_HAND).toMatch(/desktop app/);
  });

  it('in the desktop app, the shell moves the windows', async () => {
    let swaps = 0;
    const desktop = h.restart({ mode: 'desktop', presenter: { open: () => Promise.resolve(), swapDisplays: () => Promise.resolve({ swapped: (swaps += 1) > 0, reason: null }) } });
    expect(await connectWindow(desktop, 'control').ok('presenter.swapDisplays')).toEqual({ swapped: true, reason: null });
    expect(swaps).toBe(1);
  });

  it('the presenter window may not swap the screens', async () => {
    const refused = await connectWindow(h.host, 'presenter').call('presenter.swapDisplays', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses arguments', async () => {
    expect(await h.control.call('presenter.swapDisplays', { display: 2 })).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });
});
