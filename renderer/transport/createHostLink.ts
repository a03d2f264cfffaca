import type { GroundworkBridge } from '../../shared/protocol/preloadApi';
import type { HostLink, PageRole } from './hostLink';
import { createIpcLink } from './ipcLink';
import { accessKeyFromHash, createWebSocketLink } from './websocketLink';

/** Picks the link for where the page runs: Electron's preload bridge if present, else the WebSocket of browser mode. */
export function createHostLink(role: PageRole): HostLink {
  if ('groundwork' in window) {
    const bridge = (window as unknown as { groundwork: GroundworkBridge }).groundwork;
    return createIpcLink(bridge);
  }
  reloadOnNewAccessKey(role);
  return createWebSocketLink(role);
}

/**
 * Pasting a new link over an old one in the same tab changes only the
 * fragment, which browsers do without reloading; reload then, so the page
 * connects with the new key.
 */
function reloadOnNewAccessKey(role: PageRole): void {
  const key = accessKeyFromHash(window.location.hash, role);
  window.addEventListener('hashchange', () => {
    if (accessKeyFromHash(window.location.hash, role) !== key) window.location.reload();
  });
}
