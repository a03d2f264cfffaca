import type { App, Session } from 'electron';
import { isAllowedRequest } from './policy';

/**
 * Locks down the default session: every response carries our Content
 * Security Policy (replacing any other; file:// pages get theirs from the
 * meta tag in the built HTML), no request leaves for anything but the built
 * renderer, and every permission (camera, notifications, …) is refused but one: our own pages may go full screen
 * (the presenter's double-click toggle uses the Fullscreen API, which Electron asks the handler about).
 */
export function hardenSession(session: Session, rendererDir: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    // The policy is written out here (not in a constant) so Electronegativity can read and grade it.
    // Our own scripts and styles only; no network, plugins, workers, frames or forms.
    callback({
      responseHeaders: {
        ...withoutCsp(details.responseHeaders),
        'Content-Security-Policy': [
          "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'none'; object-src 'none'; frame-ancestors 'none'; form-action 'none'; base-uri 'none'",
        ],
      },
    });
  });
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, rendererDir);
    if (!allowed) console.warn(`Groundwork: blocked a request to ${details.url.slice(0, 120)}`);
    callback({ cancel: !allowed });
  });
  session.setPermissionRequestHandler((_contents, permission, callback, details) => callback(mayGrant(permission, details.requestingUrl, rendererDir)));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/**
 * Every page the app ever creates (including any we did not mean to) may not
 * navigate away, open new windows, or attach a <webview>.
 */
export function hardenAllContents(app: App): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => {
      event.preventDefault();
    });
    contents.on('will-frame-navigate', (event) => {
      event.preventDefault();
    });
    contents.on('will-redirect', (event) => {
      event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => {
      event.preventDefault();
    });
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

/** The one permission granted, and only to a page of the built renderer. */
export function mayGrant(permission: string, requestingUrl: string | undefined, rendererDir: string): boolean {
  return permission === 'fullscreen' && requestingUrl !== undefined && requestingUrl.startsWith('file:') && isAllowedRequest(requestingUrl, rendererDir);
}

function withoutCsp(headers: Record<string, string[]> | undefined): Record<string, string[]> {
  return Object.fromEntries(Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy'));
}
