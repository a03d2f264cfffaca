import type { PushMessage } from '../../shared/protocol/messages';
import type { VerbArgs, VerbName, VerbResult } from '../../shared/protocol/verbs';

/** The role a page plays; the presenter only reads. */
export type PageRole = 'control' | 'presenter';

/** How the link to the host is doing. `refused` means retrying will not help (for example, a missing access key). */
export type ConnectionState = 'connecting' | 'open' | 'reconnecting' | 'refused';

/**
 * A window's link to the host. The UI only ever talks to this interface, so
 * it does not know whether it runs in Electron (IPC) or a browser (WebSocket).
 */
export interface HostLink {
  /** Calls one host verb. Rejects with a HostCallError carrying a message fit to show. */
  call<V extends VerbName>(verb: V, args: VerbArgs<V>): Promise<VerbResult<V>>;
  /** Listens for pushes (already validated); returns a function that stops listening. */
  onPush(listener: (message: PushMessage) => void): () => void;
  /** Listens for connection changes; the listener is called at once with the current state. */
  onConnection(listener: (state: ConnectionState, detail: string | null) => void): () => void;
}
