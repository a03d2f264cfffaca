import type { PushMessage } from '../../../shared/protocol/messages';
import type { VerbArgs, VerbName, VerbResult } from '../../../shared/protocol/verbs';
import type { ConnectionState, HostLink } from '../../../renderer/transport/hostLink';

/** A scripted HostLink for tests: records calls and lets the test push messages and answer calls. */
export class FakeLink implements HostLink {
  calls: { verb: VerbName; args: unknown; resolve: (result: unknown) => void; reject: (error: Error) => void }[] = [];
  private pushListeners = new Set<(message: PushMessage) => void>();
  private connectionListeners = new Set<(state: ConnectionState, detail: string | null) => void>();
  private state: ConnectionState = 'connecting';

  call<V extends VerbName>(verb: V, args: VerbArgs<V>): Promise<VerbResult<V>> {
    return new Promise((resolve, reject) => {
      this.calls.push({ verb, args, resolve: resolve as (result: unknown) => void, reject });
    });
  }

  onPush(listener: (message: PushMessage) => void): () => void {
    this.pushListeners.add(listener);
    return () => this.pushListeners.delete(listener);
  }

  onConnection(listener: (state: ConnectionState, detail: string | null) => void): () => void {
    this.connectionListeners.add(listener);
    listener(this.state, null);
    return () => this.connectionListeners.delete(listener);
  }

  push(message: PushMessage): void {
    for (const listener of this.pushListeners) listener(message);
  }

  setConnection(state: ConnectionState): void {
    this.state = state;
    for (const listener of this.connectionListeners) listener(state, null);
  }

  callsOf(verb: VerbName) {
    return this.calls.filter((call) => call.verb === verb);
  }
}
