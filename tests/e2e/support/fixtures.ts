import { rmSync } from 'node:fs';
import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { ControlPage } from '../pages/controlPage';
import { PresenterPage } from '../pages/presenterPage';
import { makeWorkspace, startServer } from './browserModeServer';
import type { RunningServer } from './browserModeServer';

/** Things every browser-mode test gets: its own server and workspace, and the two windows side by side. */
export interface GroundworkFixtures {
  /** Starts another server (for restarts); every server started this way is stopped after the test. */
  launchServer: (workspace?: string) => Promise<RunningServer>;
  /** The server this test started, on a fresh temporary workspace. */
  server: RunningServer;
  /** The facilitator's window, already showing the app. */
  control: ControlPage;
  /** The projector window, already showing the app. */
  presenter: PresenterPage;
  /** Both windows, opened side by side in one browser context. */
  windows: { control: ControlPage; presenter: PresenterPage };
  /** Browser dialogs (alert/confirm/prompt) any page opened; a test fails if there were any, or if a page threw an uncaught error. */
  dialogs: string[];
}

/** The Playwright `test` with Groundwork's fixtures. */
export const test = base.extend<GroundworkFixtures>({
  dialogs: [
    async ({ context }, use) => {
      const seen: string[] = [];
      const crashes: string[] = [];
      const watch = (page: Page): void => {
        page.on('dialog', (dialog) => {
          seen.push(`${dialog.type()}: ${dialog.message()}`);
          void dialog.dismiss().catch(() => undefined);
        });
        page.on('pageerror', (error) => crashes.push(`${page.url().split('#')[0] ?? ''}: ${error.message}`));
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await use(seen);
      expect(seen, 'no page may open a browser dialog (alert/confirm/prompt)').toEqual([]);
      expect(crashes, 'no page may throw an uncaught error').toEqual([]);
    },
    { auto: true },
  ],

  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern; this one needs none.
  launchServer: async ({}, use) => {
    const started: RunningServer[] = [];
    const workspaces = new Set<string>();
    await use(async (workspace) => {
      const folder = workspace ?? makeWorkspace();
      workspaces.add(folder);
      const server = await startServer(folder);
      started.push(server);
      return server;
    });
    await Promise.all(started.map((server) => server.stop()));
    for (const folder of workspaces) rmSync(folder, { recursive: true, force: true });
  },

  server: async ({ launchServer }, use) => {
    await use(await launchServer());
  },

  windows: async ({ context, server }, use) => {
    const [controlPage, presenterPage] = await Promise.all([context.newPage(), context.newPage()]);
    const control = new ControlPage(controlPage);
    const presenter = new PresenterPage(presenterPage);
    await Promise.all([control.open(server.controlUrl), presenter.open(server.presenterUrl)]);
    // Headless Chromium only paints the front page at full rate; the control window is where the clicks go.
    await control.page.bringToFront();
    await use({ control, presenter });
  },

  control: async ({ windows }, use) => {
    await use(windows.control);
  },

  presenter: async ({ windows }, use) => {
    await use(windows.presenter);
  },
});

export { expect };

/**
 * Waits until the projector has caught up with the control window: after it, anything the control window shows
 * the room, the projector shows too. The projector is only sent a view when what the room sees changes, so it has
 * caught up once its revision reaches the one at which that last changed (and is not ahead of the control window).
 */
export async function expectInSync(control: ControlPage, presenter: PresenterPage): Promise<void> {
  await expect
    .poll(async () => {
      const [a, room, b] = await Promise.all([control.rev(), control.roomRev(), presenter.rev()]);
      return a !== null && room !== null && b !== null && b >= room && b <= a;
    }, { message: 'the projector should reach what the control window shows the room' })
    .toBe(true);
}
