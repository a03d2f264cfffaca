import { describe, expect, it, vi } from 'vitest';
import { createIpcLink } from '../../../renderer/transport/ipcLink';
import { parseServerMessage } from '../../../renderer/transport/parseServerMessage';
import type { GroundworkBridge } from '../../../shared/protocol/preloadApi';

/** A preload bridge whose pushes the test sends by hand (raw, as IPC delivers them). */
function fakeBridge(): { bridge: GroundworkBridge; deliver: (raw: unknown) => void } {
  let listener: ((raw: never) => void) | null = null;
  const bridge = {
    role: 'control',
    call: {},
    onPush: (next: (raw: never) => void) => {
      listener = next;
      return () => (listener = null);
    },
  } as unknown as GroundworkBridge;
  return { bridge, deliver: (raw) => listener?.(raw as never) };
}

describe('the desktop (IPC) link', () => {
  it('hears the pushes of a batch one by one, in order, and ignores a batch it cannot apply whole', () => {
    const { bridge, deliver } = fakeBridge();
    const heard: string[] = [];
    createIpcLink(bridge, parseServerMessage).onPush((message) => heard.push(message.kind === 'event' ? `event ${message.rev}` : message.kind));
    const event = (rev: number) => ({ kind: 'event', rev, event: { type: 'session/closed', payload: null } });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    deliver({ kind: 'batch', messages: [event(4), { kind: 'status', status: { file: null, save: { state: 'saving' } } }, event(5)] });
    deliver({ kind: 'batch', messages: [event(6), { kind: 'event', rev: 7, event: { type: 'session/unknown', payload: null } }] });
    deliver(event(8));
    expect(heard).toEqual(['event 4', 'status', 'event 5', 'event 8']);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});
