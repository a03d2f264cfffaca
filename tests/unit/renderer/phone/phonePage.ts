import { vi } from 'vitest';
import { memoryStore } from '../../../../renderer/phone/pageStorage';
import { startPhoneApp } from '../../../../renderer/phone/phoneApp';
import type { PhoneApp, PhoneAppEnv } from '../../../../renderer/phone/phoneApp';
import { pageTimers } from '../../../../renderer/phone/timers';
import type { PhoneActivity, PhoneView } from '../../../../shared/phones/phoneView';
import { socketMaker } from './fakePhoneSocket';

// The phone page, started as main.ts starts it but on fakes, for the tests that drive the whole page (jsdom).

const running: PhoneApp[] = [];

/** Stops every page started, and empties the document (for afterEach). */
export function stopAll(): void {
  for (const app of running.splice(0)) app.stop();
  document.body.textContent = '';
}

/** A notes activity as the host shows it, with these fields changed. */
export const activity = (extra: Partial<PhoneActivity> = {}): PhoneActivity => ({
  id: 'a1',
  kind: 'discussion',
  title: 'What went well',
  prompt: 'Name one thing.',
  answer: 'notes',
  named: false,
  columns: [],
  toTray: false,
  options: [],
  dots: 0,
  statements: [],
  scale: null,
  ...extra,
});
/** The room's view with that activity on screen. */
export const viewOf = (extra: Partial<PhoneActivity> = {}): PhoneView => ({ title: 'Team retro', activity: activity(extra) });

/** Starts the page on a fake socket, fake storage and a fake window; `stopAll` ends every page started. */
export function start(options: { hash?: string; store?: ReturnType<typeof memoryStore> } = {}) {
  const store = options.store ?? memoryStore();
  const root = document.createElement('main');
  document.body.appendChild(root);
  const maker = socketMaker();
  const replaceState = vi.fn();
  const reload = vi.fn();
  const win = new EventTarget();
  const doc: EventTarget & { visibilityState: DocumentVisibilityState } = Object.assign(new EventTarget(), { visibilityState: 'visible' as const });
  const location = { protocol: 'http:', host: '192.168.1.23:8765', hash: options.hash ?? '#K7PX', pathname: '/', search: '' };
  const env: PhoneAppEnv = {
    root,
    location,
    history: { replaceState },
    store,
    createSocket: maker.create,
    randomBytes: (bytes) => crypto.getRandomValues(bytes),
    timers: pageTimers,
    window: win,
    document: doc,
    reload,
  };
  running.push(startPhoneApp(env));
  const byTestId = <T extends HTMLElement = HTMLElement>(id: string) => root.querySelector<T>(`[data-testid="${id}"]`);
  const listed = () => [...root.querySelectorAll<HTMLElement>('[data-testid="phone-item"]')].map((item) => [item.querySelector('.note-text')?.textContent, item.dataset.state]);
  /** Opens the newest socket and has the host answer the hello with a view. */
  const join = (view: PhoneView = viewOf()) => {
    maker.last().open();
    maker.last().receive({ t: 'view', view });
  };
  const write = (text: string) => {
    const textarea = byTestId<HTMLTextAreaElement>('phone-note-input')!;
    textarea.value = text;
    textarea.dispatchEvent(new Event('input'));
    byTestId<HTMLButtonElement>('phone-send')!.click();
  };
  const notes = () => maker.last().sent.filter((message) => (message as { t: string }).t === 'note') as Array<{ id: string; text: string; [key: string]: unknown }>;
  return { store, root, maker, replaceState, reload, win, doc, location, byTestId, listed, join, write, notes };
}