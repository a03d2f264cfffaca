import { StrictMode } from 'react';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'react-redux';
import { createHostLink } from '../transport/createHostLink';
import type { PageRole } from '../transport/hostLink';
import { createReplicaStore } from '../store/store';
import { startReplication } from '../store/replicator';
import { startRoomReplication } from '../store/roomReplicator';
import { LinkContext } from './linkContext';

/** Starts a page: creates its link and replica store, starts replication and renders the app. */
export function bootstrap(role: PageRole, app: ReactNode): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element.');
  const link = createHostLink(role);
  const store = createReplicaStore();
  // The projector link is sent only the room view, never the session (electron/host/roleViews.ts).
  if (role === 'presenter') startRoomReplication(link, store);
  else startReplication(link, store);
  createRoot(container).render(
    <StrictMode>
      <Provider store={store}>
        <LinkContext value={link}>{app}</LinkContext>
      </Provider>
    </StrictMode>,
  );
}
