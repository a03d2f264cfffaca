import { beforeAll, describe, expect, it, vi } from 'vitest';
import { PUSH_CHANNEL, verbChannel } from '../../../shared/protocol/ipcChannels';
import { VERB_NAMES } from '../../../shared/protocol/verbs';
import type { GroundworkBridge } from '../../../shared/protocol/preloadApi';

// The real 'electron' package would start downloading its binary when loaded; the preload only needs these two.
const exposed: Record<string, unknown> = {};
const invoke = vi.fn((..._args: unknown[]) => Promise.resolve({ ok: true, result: null }));
const on = vi.fn();
const removeListener = vi.fn();
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (name: string, api: unknown) => (exposed[name] = api) },
  ipcRenderer: { invoke: (...args: unknown[]) => invoke(...args), on: (...args: unknown[]) => void on(...args), removeListener: (...args: unknown[]) => void removeListener(...args) },
}));

describe('the preload bridge', () => {
  let bridge: GroundworkBridge;
  beforeAll(async () => {
    await import('../../../electron/preload');
    bridge = exposed.groundwork as GroundworkBridge;
  });

  it('offers exactly one function per host verb, no more', () => {
    expect(Object.keys(bridge.call).sort()).toEqual([...VERB_NAMES].sort());
  });

  it.each(VERB_NAMES)('%s travels on the channel the shell answers it on', async (verb) => {
    invoke.mockClear();
    const args = { marker: verb };
    await (bridge.call[verb] as (args: unknown) => Promise<unknown>)(args);
    expect(invoke).toHaveBeenCalledExactlyOnceWith(verbChannel(verb), args);
  });

  it('listens for pushes on the push channel and stops when asked', () => {
    const listener = vi.fn();
    const stop = bridge.onPush(listener);
    const forward = on.mock.calls.at(-1)?.[1] as (event: unknown, message: unknown) => void;
    expect(on.mock.calls.at(-1)?.[0]).toBe(PUSH_CHANNEL);
    forward({}, { kind: 'status' });
    expect(listener).toHaveBeenCalledWith({ kind: 'status' });
    stop();
    expect(removeListener).toHaveBeenCalledWith(PUSH_CHANNEL, forward);
  });
});
