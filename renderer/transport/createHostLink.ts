import type { GroundworkBridge } from '../../shared/protocol/preloadApi';
import type { HostLink, PageRole } from './hostLink';
import { createIpcLink } from './ipcLink';
import { createWebSocketLink } from './websocketLink';

/** Picks the link for where the page runs: Electron's preload bridge if present, else the WebSocket of browser mode. */
export function createHostLink(role: PageRole): HostLink {
  if ('groundwork' in window) {
    const bridge = (window as unknown as { groundwork: GroundworkBridge }).groundwork;
    return createIpcLink(bridge);
  }
  return createWebSocketLink(role);
}
