import type { GroundworkBridge } from '../../shared/protocol/preloadApi';
import { accessKeyFromHash, rememberResumeKey, takeAccessFromAddress } from './accessKeys';
import type { AccessEnv } from './accessKeys';
import type { MessageParser } from './checkServerMessage';
import type { HostLink, PageRole } from './hostLink';
import { createIpcLink } from './ipcLink';
import { createWebSocketLink } from './websocketLink';

/**
 * Picks the link for where the page runs: Electron's preload bridge if present, else the WebSocket of browser mode.
 * Every message from the host goes through the page's `parseMessage` before anything sees it.
 */
export function createHostLink(role: PageRole, parseMessage: MessageParser): HostLink {
  if ('groundwork' in window) {
    const bridge = (window as unknown as { groundwork: GroundworkBridge }).groundwork;
    return createIpcLink(bridge, parseMessage);
  }
  const env: AccessEnv = { location: window.location, history: window.history, storage: sessionStorageOrNull() };
  const access = takeAccessFromAddress(role, env);
  reloadOnNewAccessKey(role, env);
  return createWebSocketLink(role, {
    location: window.location,
    createSocket: (url) => new WebSocket(url),
    access,
    saveResumeKey: (resumeKey) => void rememberResumeKey(role, env, access, resumeKey),
    crypto: window.crypto,
    parseMessage,
  });
}

function sessionStorageOrNull(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/**
 * Pasting a new link over an old one in the same tab changes only the
 * fragment, which browsers do without reloading; keep its key (taking it
 * out of the address again) and reload, so the page connects with it.
 */
function reloadOnNewAccessKey(role: PageRole, env: AccessEnv): void {
  window.addEventListener('hashchange', () => {
    if (accessKeyFromHash(window.location.hash, role) === null) return;
    takeAccessFromAddress(role, env);
    window.location.reload();
  });
}
