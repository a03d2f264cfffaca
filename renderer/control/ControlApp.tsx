import { Suspense, useEffect } from 'react';
import { useHostLink } from '../app/linkContext';
import { ConnectionBanner } from '../app/ConnectionBanner';
import { RevOnBody } from '../app/RevOnBody';
import { RoomRevOnBody } from './RoomRevOnBody';
import { FileActionsProvider } from './files/FileActionsProvider';
import { RoomDialogsProvider } from './room/RoomDialogsProvider';
import { HomeScreen, SessionScreen } from './screens';
import { ToastProvider } from './toasts/ToastProvider';
import { useAppDispatch, useAppSelector } from '../store/hooks';
import { syncActions } from '../store/syncSlice';
import { useControlCommands } from './useControlCommands';

/** The facilitator's window. */
export function ControlApp() {
  return (
    <ToastProvider>
      <FileActionsProvider>
        <RoomDialogsProvider>
          <ControlRoot />
        </RoomDialogsProvider>
      </FileActionsProvider>
    </ToastProvider>
  );
}

function ControlRoot() {
  const link = useHostLink();
  const dispatch = useAppDispatch();
  const connected = useAppSelector((state) => state.sync.connection === 'open');
  const hasSession = useAppSelector((state) => state.session !== null);
  const title = useAppSelector((state) => state.session?.meta.title);
  const ready = useAppSelector((state) => state.sync.rev !== null);
  const refused = useAppSelector((state) => state.sync.connection === 'refused');
  useControlCommands();

  useEffect(() => {
    if (!connected) return;
    link.call('host.capabilities', {}).then(
      (capabilities) => dispatch(syncActions.capabilitiesLoaded(capabilities)),
      () => undefined,
    );
  }, [connected, link, dispatch]);

  useEffect(() => {
    document.title = title ? `${title} — Groundwork` : 'Groundwork';
  }, [title]);

  return (
    <div className="control-app">
      <RevOnBody />
      <RoomRevOnBody />
      <ConnectionBanner />
      {refused ? null : !ready ? (
        <StartingUp />
      ) : (
        // The screens load on demand (screens.ts); until the one asked for is in, the page still says it is starting.
        <Suspense fallback={<StartingUp />}>{hasSession ? <SessionScreen /> : <HomeScreen />}</Suspense>
      )}
    </div>
  );
}

function StartingUp() {
  return (
    <main className="starting" aria-busy="true">
      <p className="brand">
        <span className="brand-mark" aria-hidden="true" />
        Groundwork
      </p>
      <p className="muted">Connecting…</p>
    </main>
  );
}
