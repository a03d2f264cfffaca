import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { Provider } from 'react-redux';
import { afterEach } from 'vitest';
import type { PhonesStatus } from '../../../../shared/protocol/hostStatus';
import { sessionEvents } from '../../../../shared/session/sessionSlice';
import { createSession } from '../../../../shared/workshop/createSession';
import { LinkContext } from '../../../../renderer/app/linkContext';
import { PhonesDialog } from '../../../../renderer/control/phones/PhonesDialog';
import { createReplicaStore } from '../../../../renderer/store/store';
import type { ReplicaStore } from '../../../../renderer/store/store';
import { syncActions } from '../../../../renderer/store/syncSlice';
import { everyKindWorkshop } from '../../../support/everyKindWorkshop';
import { FakeLink } from '../fakeLink';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// jsdom has <dialog> but none of its methods; Modal opens with showModal and closes with close, as a browser would.
const dialogProto = HTMLDialogElement.prototype as Partial<HTMLDialogElement>;
dialogProto.showModal ??= function (this: HTMLDialogElement) {
  this.setAttribute('open', '');
};
dialogProto.close ??= function (this: HTMLDialogElement) {
  this.removeAttribute('open');
};

// A test may close the dialog and open it again (as the facilitator does), so each mount is closed on its own, and any left open after the test.
const mounted = new Set<() => void>();
afterEach(() => {
  for (const close of [...mounted]) close();
});

/** Where the test's phones join: an address of the room's Wi-Fi and a code without look-alikes. */
export const OPEN = { address: '192.168.1.23:8765', code: 'K7QX' };

/** The phones dialog mounted in the control window's providers, with the real replica store and a scripted host. */
export interface MountedPhones {
  store: ReplicaStore;
  link: FakeLink;
  container: HTMLElement;
  /** Closes the dialog (unmounts it), as Esc or × does. */
  close: () => void;
  /** The status the host pushes while phones are on, as the replicator applies it. */
  pushStatus: (phones: PhonesStatus) => void;
  /** Phones turned on, as the host's event reaches the replica. */
  phonesOpened: () => void;
}

/** A fresh control-window replica on a new session (phones off unless `on`), with the host's clock `clockOffsetMs` ahead of this window's. */
export function phonesStore({ on = false, clockOffsetMs = 0 }: { on?: boolean; clockOffsetMs?: number } = {}): ReplicaStore {
  const store = createReplicaStore();
  const session = createSession(everyKindWorkshop, { group: 'Test', date: '2026-11-28', sessionId: 's1', now: 1 });
  store.dispatch(sessionEvents.loaded(session));
  store.dispatch(syncActions.snapshotApplied({ rev: 1, roomRev: 1, status: { file: null, save: { state: 'idle' } }, clockOffsetMs }));
  if (on) store.dispatch(sessionEvents.phonesOpened(OPEN));
  return store;
}

/** Opens the phones dialog in the control window's providers, on `store` (a fresh one unless given) and a scripted host. */
export function mountPhonesDialog(options: { on?: boolean; clockOffsetMs?: number; store?: ReplicaStore } = {}): MountedPhones {
  const store = options.store ?? phonesStore(options);
  const link = new FakeLink();
  const container = document.createElement('div');
  document.body.append(container);
  const root: Root = createRoot(container);
  act(() =>
    root.render(
      <Provider store={store}>
        <LinkContext.Provider value={link}>
          <PhonesDialog onClose={() => undefined} />
        </LinkContext.Provider>
      </Provider>,
    ),
  );
  const close = (): void => {
    if (!mounted.delete(close)) return;
    act(() => root.unmount());
    container.remove();
  };
  mounted.add(close);
  return {
    store,
    link,
    container,
    close,
    pushStatus: (phones) => act(() => void store.dispatch(syncActions.statusChanged({ file: null, save: { state: 'idle' }, phones }))),
    phonesOpened: () => act(() => void store.dispatch(sessionEvents.phonesOpened(OPEN))),
  };
}
