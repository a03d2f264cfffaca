import type { IpcOutcome, GroundworkBridge } from '../../shared/protocol/preloadApi';
import type { VerbArgs, VerbName, VerbResult } from '../../shared/protocol/verbs';
import { HostCallError } from './hostCallError';
import type { HostLink } from './hostLink';
import { parseHostError } from './checkServerMessage';
import type { MessageParser } from './checkServerMessage';

/**
 * The desktop link: calls the named verb functions the Electron preload
 * exposes as `window.groundwork`. IPC does not drop, so the link is always open.
 */
export function createIpcLink(bridge: GroundworkBridge, parseMessage: MessageParser): HostLink {
  return {
    async call<V extends VerbName>(verb: V, args: VerbArgs<V>): Promise<VerbResult<V>> {
      const invoke = bridge.call[verb] as unknown as ((args: VerbArgs<V>) => Promise<IpcOutcome<VerbResult<V>>>) | undefined;
      if (typeof invoke !== 'function') throw new HostCallError('internal', `This version of Groundwork cannot do "${verb}".`);
      const outcome = await invoke(args);
      if (outcome.ok) return outcome.result;
      const error = parseHostError(outcome.error);
      throw new HostCallError(error.code, error.message, error.backup ?? null);
    },
    onPush(listener) {
      return bridge.onPush((raw) => {
        const message = parseMessage(raw);
        if (message && message.kind === 'batch') for (const inner of message.messages) listener(inner);
        else if (message && message.kind !== 'reply') listener(message);
        else console.warn('Groundwork: ignored a malformed message from the host.');
      });
    },
    onConnection(listener) {
      listener('open', null);
      return () => undefined;
    },
  };
}
