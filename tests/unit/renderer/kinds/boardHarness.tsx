import '../../../support/jsdomResizeObserver';
import { act } from 'react';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { Provider } from 'react-redux';
import { commandSchema } from '../../../../shared/protocol/commands';
import type { Command } from '../../../../shared/protocol/commands';
import { commandToEvent } from '../../../../shared/protocol/commandToEvent';
import type { PushMessage } from '../../../../shared/protocol/messages';
import type { VerbArgs, VerbName, VerbResult } from '../../../../shared/protocol/verbs';
import { sessionEvents } from '../../../../shared/session/sessionSlice';
import type { SessionState } from '../../../../shared/session/types';
import { createSession } from '../../../../shared/workshop/createSession';
import { LinkContext } from '../../../../renderer/app/linkContext';
import { ToastProvider } from '../../../../renderer/control/toasts/ToastProvider';
import { createReplicaStore } from '../../../../renderer/store/store';
import { drawnView } from '../../../../renderer/store/drawnView';
import type { ReplicaStore } from '../../../../renderer/store/store';
import type { ConnectionState, HostLink } from '../../../../renderer/transport/hostLink';
import { everyKindWorkshop } from '../../../support/everyKindWorkshop';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/**
 * A host in miniature for board tests: commands wait in a queue until the
 * test lets the host answer (as a slow host would), then run through the real
 * commandToEvent and reducer.
 */
export class QueuedHost implements HostLink {
  readonly sent: Command[] = [];
  private waiting: { command: Command; resolve: () => void; reject: (error: Error) => void }[] = [];
  private nextId = 1;
  private clock = 1_000;

  constructor(readonly store: ReplicaStore) {}

  call<V extends VerbName>(verb: V, args: VerbArgs<V>): Promise<VerbResult<V>> {
    if (verb !== 'session.dispatch') return Promise.reject(new Error(`The test host does not answer ${verb}.`));
    const command = args as Command;
    this.sent.push(command);
    return new Promise((resolve, reject) => this.waiting.push({ command, resolve: () => resolve(undefined as unknown as VerbResult<V>), reject }));
  }

  onPush(_listener: (message: PushMessage) => void): () => void {
    return () => undefined;
  }

  onConnection(listener: (state: ConnectionState, detail: string | null) => void): () => void {
    listener('open', null);
    return () => undefined;
  }

  /** Answers every waiting command in order, applying what the host accepts. */
  async answerAll(): Promise<void> {
    await act(async () => {
      while (this.waiting.length > 0) {
        const next = this.waiting.shift();
        if (!next) break;
        const session = this.store.getState().session;
        const parsed = commandSchema.safeParse(next.command);
        if (!session || !parsed.success) {
          next.reject(new Error('Refused.'));
          continue;
        }
        const outcome = commandToEvent(session, parsed.data, { now: (this.clock += 1000), newId: () => `n${this.nextId++}` });
        if (!outcome.ok) {
          next.reject(new Error(outcome.error));
          continue;
        }
        if (outcome.event) this.store.dispatch(outcome.event);
        next.resolve();
        await Promise.resolve();
      }
    });
  }

  /** Sends commands straight through (for setting a scene). */
  apply(command: Command): void {
    const session = this.store.getState().session;
    if (!session) throw new Error('No session.');
    const outcome = commandToEvent(session, commandSchema.parse(command), { now: (this.clock += 1000), newId: () => `n${this.nextId++}` });
    if (!outcome.ok) throw new Error(outcome.error);
    if (outcome.event) act(() => void this.store.dispatch(outcome.event as NonNullable<typeof outcome.event>));
  }
}

/** A mounted board with its store and host. */
export interface Mounted {
  host: QueuedHost;
  store: ReplicaStore;
  container: HTMLElement;
  session: () => SessionState;
  unmount: () => void;
}

/** Mounts `render()` inside the providers the control window gives, on a session of the every-kind workshop at `activityId`. */
export function mountBoard(activityId: string, render: () => ReactNode): Mounted {
  const store = createReplicaStore();
  const session = createSession(everyKindWorkshop, { group: 'Test', date: '2026-11-28', sessionId: 's1', now: 1 });
  store.dispatch(sessionEvents.loaded({ ...session, currentActivityId: activityId }));
  const host = new QueuedHost(store);
  const container = document.createElement('div');
  document.body.append(container);
  let root: Root | null = null;
  act(() => {
    root = createRoot(container);
    root.render(
      <Provider store={drawnView(store)}>
        <LinkContext.Provider value={host}>
          <ToastProvider>{render()}</ToastProvider>
        </LinkContext.Provider>
      </Provider>,
    );
  });
  return {
    host,
    store,
    container,
    session: () => {
      const current = store.getState().session;
      if (!current) throw new Error('No session.');
      return current;
    },
    unmount: () => {
      act(() => root?.unmount());
      container.remove();
    },
  };
}

/** Presses a key on an element as a browser would (bubbling, cancelable); returns whether something called preventDefault. */
export function press(target: Element, key: string, init: KeyboardEventInit = {}): boolean {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  act(() => void target.dispatchEvent(event));
  return event.defaultPrevented;
}
