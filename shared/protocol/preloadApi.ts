import type { HostError, PushDelivery } from './messages';
import type { VerbArgs, VerbName, VerbResult } from './verbs';

/** The answer to one call over Electron IPC: a result, or an error fit to show the facilitator. */
export type IpcOutcome<R> = { ok: true; result: R } | { ok: false; error: HostError };

/** The role of the window the preload runs in. */
export type BridgeRole = 'control' | 'presenter';

/** One named function per host verb, as the preload exposes them. */
export type BridgeCalls = { [V in VerbName]: (args: VerbArgs<V>) => Promise<IpcOutcome<VerbResult<V>>> };

/**
 * What the Electron preload exposes to a window as `window.groundwork`
 * (through contextBridge). The renderer only ever reaches the host through it.
 */
export interface GroundworkBridge {
  role: BridgeRole;
  call: BridgeCalls;
  /** Listens for pushes from the host (one, or a frame's batch); returns a function that stops listening. */
  onPush(listener: (delivery: PushDelivery) => void): () => void;
}
