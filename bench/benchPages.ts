import { chromium } from '@playwright/test';
import type { Browser, Locator, Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.mjs';
import { connectAsControl } from '../tests/support/hostClient';
import { startServer } from '../tests/e2e/support/browserModeServer';
import type { RunningServer } from '../tests/e2e/support/browserModeServer';

const WORKSHOP_ID = 'management-and-leadership';

/** A browser-mode server with the control and presenter pages open on a session, ready to capture. */
export interface BenchPages {
  server: RunningServer;
  browser: Browser;
  control: Page;
  presenter: Page;
  capture: Locator;
  /** Closes the browser and stops the server. */
  close: () => Promise<void>;
}

/** What to set up: notes already captured, whether to move on to the discussion, a script each page runs first. */
export interface BenchPagesOptions {
  preloadedNotes: number;
  /** Notes captured into another activity (the agenda's last), so the session holds more than the current activity. */
  otherNotes?: number;
  /** The workshop opens on a sort; true moves on to the discussion after it. */
  discussion?: boolean;
  initScript?: string;
  /** Called with the server before anything else, e.g. to read its log. */
  onServer?: (server: RunningServer) => void;
}

/**
 * Starts the server, creates a session from the built-in workshop with `preloadedNotes` notes in its current activity,
 * and opens the control and presenter pages at 1920×1080 in one Chromium (no background throttling).
 */
/** The browser every bench page runs in: the test flags, and no throttling of a page that is not in front. */
export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium()?.path,
    args: [...CHROMIUM_ARGS, '--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows'],
  });
}

export async function openBenchPages(options: BenchPagesOptions): Promise<BenchPages> {
  const server = await startServer();
  options.onServer?.(server);
  const browser = await launchBenchBrowser();
  const close = async (): Promise<void> => {
    await browser.close();
    await server.stop();
  };
  try {
    const client = await connectAsControl(server.controlUrl);
    await client.call('session.create', { workshopId: WORKSHOP_ID, group: 'Bench group', date: '2026-11-28' });
    // The first Next leaves the title screen for activity 1; the second reaches the discussion after it.
    if (options.discussion) for (let i = 0; i < 2; i++) await client.call('session.dispatch', { type: 'activity.next' });
    else await client.call('session.dispatch', { type: 'presenter.setTitleScreen', on: false });
    const snapshot = await client.call('session.snapshot', {});
    const activityId = snapshot.session?.currentActivityId ?? '';
    for (let i = 0; i < options.preloadedNotes; i++) await client.call('session.dispatch', { type: 'note.capture', activityId, text: `Seed note ${i + 1}` });
    const elsewhere = snapshot.session?.agenda.filter((activity) => activity.kind === 'discussion' && activity.id !== activityId).at(-1)?.id;
    if (elsewhere) for (let i = 0; i < (options.otherNotes ?? 0); i++) await client.call('session.dispatch', { type: 'note.capture', activityId: elsewhere, text: `Earlier note ${i + 1}` });
    client.close();

    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    if (options.initScript) await context.addInitScript(options.initScript);
    const control = await context.newPage();
    const presenter = await context.newPage();
    await control.goto(server.controlUrl);
    await presenter.goto(server.presenterUrl);
    const capture = control.getByTestId('capture-input');
    await capture.waitFor();
    await presenter.getByTestId('presenter-prompt').waitFor();
    return { server, browser, control, presenter, capture, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Submits the capture form in the control page (what Enter does, without input-event noise); returns the page's clock then. */
export function submitCapture(control: Page): Promise<number> {
  return control.evaluate(() => {
    const form = document.querySelector<HTMLInputElement>('[data-testid="capture-input"]')?.form;
    const at = performance.timeOrigin + performance.now();
    form?.requestSubmit();
    return at;
  });
}
