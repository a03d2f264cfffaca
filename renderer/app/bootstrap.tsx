import { StrictMode } from 'react';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'react-redux';
import type { Store } from 'redux';
import { createHostLink } from '../transport/createHostLink';
import type { MessageParser } from '../transport/checkServerMessage';
import type { HostLink, PageRole } from '../transport/hostLink';
import { drawnView } from '../store/drawnView';
import { LinkContext } from './linkContext';

/**
 * What makes a page one window or the other: its role, its check of host messages, its replica and how that replica
 * follows the host. Each page's entry names its own, so neither page loads the other's store or replicator.
 */
export interface PageSetup<S extends Store> {
  role: PageRole;
  parseMessage: MessageParser;
  createStore: () => S;
  /** Starts keeping the store the host's copy; returns a stop function. */
  replicate: (link: HostLink, store: S) => () => void;
  /** The link the window's own code calls, made from the page's link (by default that link itself). */
  appLink?: (link: HostLink, store: S) => HostLink;
}

/** Starts a page: creates its link and replica store, starts replication and renders the app. */
export function bootstrap<S extends Store>(page: PageSetup<S>, app: ReactNode): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element.');
  const link = createHostLink(page.role, page.parseMessage);
  const store = page.createStore();
  page.replicate(link, store);
  const appLink = page.appLink?.(link, store) ?? link;
  createRoot(container).render(
    <StrictMode>
      {/* Components read the state as last told, so all of a frame's components draw the same one. */}
      <Provider store={drawnView(store)}>
        <LinkContext value={appLink}>{app}</LinkContext>
      </Provider>
    </StrictMode>,
  );
}
