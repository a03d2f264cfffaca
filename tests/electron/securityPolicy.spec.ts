import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import type { App, Session } from 'electron';
import { isAllowedRequest } from '../../electron/shell/policy';
import { hardenAllContents, hardenSession } from '../../electron/shell/security';
import { secureWebPreferences } from '../../electron/shell/windows';

// The session and window lock-down of the desktop app, exercised in plain Node with stand-ins for Electron's objects.

const projectRoot = path.resolve(import.meta.dirname, '..', '..');
const rendererDir = path.join(projectRoot, 'dist', 'renderer');

type Callback<T> = (response: T) => void;
type HeadersListener = (details: { responseHeaders?: Record<string, string[]> }, callback: Callback<{ responseHeaders?: Record<string, string[]> }>) => void;
type RequestListener = (details: { url: string }, callback: Callback<{ cancel?: boolean }>) => void;
type PermissionHandler = (contents: unknown, permission: string, callback: Callback<boolean>, details: { requestingUrl?: string }) => void;

function fakeSession() {
  const captured: { headers?: HeadersListener; request?: RequestListener; permission?: PermissionHandler; check?: () => boolean; device?: () => boolean } = {};
  const session = {
    webRequest: {
      onHeadersReceived: (listener: HeadersListener) => (captured.headers = listener),
      onBeforeRequest: (listener: RequestListener) => (captured.request = listener),
    },
    setPermissionRequestHandler: (handler: PermissionHandler) => (captured.permission = handler),
    setPermissionCheckHandler: (handler: () => boolean) => (captured.check = handler),
    setDevicePermissionHandler: (handler: () => boolean) => (captured.device = handler),
  } as unknown as Session;
  hardenSession(session, rendererDir);
  return captured;
}

function respond<T>(run: (callback: Callback<T>) => void): T {
  let answer: T | undefined;
  run((response) => (answer = response));
  if (answer === undefined) throw new Error('the handler did not answer');
  return answer;
}

test.describe('session lock-down', () => {
  test('every response gets our strict CSP, replacing whatever the server sent', () => {
    const { headers } = fakeSession();
    const answer = respond<{ responseHeaders?: Record<string, string[]> }>((callback) =>
      headers?.({ responseHeaders: { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] } }, callback),
    );
    const csp = answer.responseHeaders?.['Content-Security-Policy']?.[0] ?? '';
    expect(Object.keys(answer.responseHeaders ?? {}).sort()).toEqual(['Content-Security-Policy', 'Content-Type']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toContain('unsafe');
  });

  test('requests leave only for the built renderer', () => {
    const { request } = fakeSession();
    const cancelled = (url: string): boolean | undefined => respond<{ cancel?: boolean }>((callback) => request?.({ url }, callback)).cancel;
    expect(cancelled(pathToFileURL(path.join(rendererDir, 'assets', 'control.js')).href)).toBe(false);
    expect(cancelled('https://example.com/tracker.js')).toBe(true);
    expect(cancelled('ws://127.0.0.1:5180/ws')).toBe(true);
    expect(cancelled(pathToFileURL(path.join(projectRoot, 'package.json')).href)).toBe(true);
  });

  test('no permission is ever granted, but full screen to our own pages (the presenter\'s double-click)', () => {
    const { permission, check, device } = fakeSession();
    const ours = pathToFileURL(path.join(rendererDir, 'presenter.html')).href;
    for (const name of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      expect(respond<boolean>((callback) => permission?.(null, name, callback, { requestingUrl: ours }))).toBe(false);
    }
    expect(respond<boolean>((callback) => permission?.(null, 'fullscreen', callback, { requestingUrl: ours }))).toBe(true);
    expect(respond<boolean>((callback) => permission?.(null, 'fullscreen', callback, { requestingUrl: 'https://example.com/' }))).toBe(false);
    expect(respond<boolean>((callback) => permission?.(null, 'fullscreen', callback, { requestingUrl: pathToFileURL(path.join(projectRoot, 'package.json')).href }))).toBe(false);
    expect(check?.()).toBe(false);
    expect(device?.()).toBe(false);
  });

  test('only files inside dist/renderer count as ours, however the path is spelled', () => {
    expect(isAllowedRequest(pathToFileURL(path.join(rendererDir, 'presenter.html')).href + '#x', rendererDir)).toBe(true);
    expect(isAllowedRequest(`${pathToFileURL(rendererDir).href}/%2e%2e/%2e%2e/package.json`, rendererDir)).toBe(false);
    expect(isAllowedRequest(pathToFileURL(`${rendererDir}-evil/control.html`).href, rendererDir)).toBe(false);
    expect(isAllowedRequest('not a url', rendererDir)).toBe(false);
  });
});

test.describe('page lock-down', () => {
  function contentsCreated() {
    const listeners = new Map<string, (event: { preventDefault(): void }) => void>();
    let openHandler: (() => { action: string }) | undefined;
    const contents = {
      on: (name: string, listener: (event: { preventDefault(): void }) => void) => listeners.set(name, listener),
      setWindowOpenHandler: (handler: () => { action: string }) => (openHandler = handler),
    };
    const app = {
      on: (name: string, listener: (event: unknown, created: typeof contents) => void) => {
        if (name === 'web-contents-created') listener({}, contents);
      },
    } as unknown as App;
    hardenAllContents(app);
    return { listeners, openWindow: () => openHandler?.() };
  }

  test('pages cannot navigate, redirect, attach webviews or open windows', () => {
    const { listeners, openWindow } = contentsCreated();
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      let prevented = false;
      listeners.get(name)?.({ preventDefault: () => (prevented = true) });
      expect(prevented, name).toBe(true);
    }
    expect(openWindow()).toEqual({ action: 'deny' });
  });

  test('windows are isolated and sandboxed, and only the presenter keeps running unthrottled', () => {
    const secure = { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, allowRunningInsecureContent: false, webviewTag: false };
    const control = secureWebPreferences('control', '/app/dist-electron/preload.cjs');
    const presenter = secureWebPreferences('presenter', '/app/dist-electron/preload.cjs');
    expect(control).toMatchObject({ ...secure, backgroundThrottling: true, preload: '/app/dist-electron/preload.cjs' });
    expect(presenter).toMatchObject({ ...secure, backgroundThrottling: false });
    expect(presenter.additionalArguments).toEqual(['--groundwork-role=presenter']);
    expect(control.additionalArguments).toEqual(['--groundwork-role=control']);
  });
});
