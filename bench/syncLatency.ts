import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.mjs';
import { connectAsControl } from '../tests/support/hostClient';
import { startServer } from '../tests/e2e/support/browserModeServer';
import { percentiles } from './stats';
import type { Percentiles } from './stats';

const WORKSHOP_ID = 'management-and-leadership';

/**
 * Control-to-presenter latency: from the moment the control page sends a
 * capture (Enter in the capture box) to the moment the presenter page's DOM
 * shows the note. Both pages read the same wall clock (performance.timeOrigin + now).
 */
export async function measureSyncLatency(preloadedNotes: number, samples: number): Promise<Percentiles> {
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: findChromium()?.path, args: [...CHROMIUM_ARGS, '--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows'] });
  try {
    const client = await connectAsControl(server.controlUrl);
    await client.call('session.create', { workshopId: WORKSHOP_ID, group: 'Bench group', date: '2026-11-28' });
    const snapshot = await client.call('session.snapshot', {});
    const activityId = snapshot.session?.currentActivityId ?? '';
    for (let i = 0; i < preloadedNotes; i++) await client.call('session.dispatch', { type: 'note.capture', activityId, text: `Seed note ${i + 1}` });
    client.close();

    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const control = await context.newPage();
    const presenter = await context.newPage();
    await control.goto(server.controlUrl);
    await presenter.goto(server.presenterUrl);
    const capture = control.getByTestId('capture-input');
    await capture.waitFor();
    await presenter.getByTestId('presenter-prompt').waitFor();

    const latencies: number[] = [];
    for (let i = 0; i < samples + 10; i++) {
      const text = `Latency probe ${i}`;
      const seen = watchForNote(presenter, text);
      seen.catch(() => undefined);
      await capture.fill(text);
      await presenter.evaluate(() => undefined);
      const sentAt = await control.evaluate(() => {
        // Enter in the capture box submits its form; requestSubmit is exactly that, without input-event noise.
        const form = document.querySelector<HTMLInputElement>('[data-testid="capture-input"]')?.form;
        const at = performance.timeOrigin + performance.now();
        form?.requestSubmit();
        return at;
      });
      const shownAt = await seen;
      if (i >= 10) latencies.push(shownAt - sentAt);
    }
    await context.close();
    return percentiles(latencies);
  } finally {
    await browser.close();
    await server.stop();
  }
}

/**
 * Resolves with the presenter's clock reading when a note with `text` appears.
 * Looks only at what each mutation added (not at every note on the page, which
 * with a thousand notes would add the watcher's own scan to every sample).
 * Written as a string so the bundler's helpers (tsx adds `__name`) do not leak into the page.
 */
export async function watchForNote(presenter: Page, text: string): Promise<number> {
  const script = `new Promise((resolve) => {
    const expected = ${JSON.stringify(text)};
    const selector = '[data-testid="presenter-note"]';
    const shows = (note) => Boolean(note.textContent && note.textContent.includes(expected));
    const found = (node) => {
      const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
      if (!element) return false;
      const note = element.closest(selector);
      if (note) return shows(note);
      for (const inner of element.querySelectorAll(selector)) if (shows(inner)) return true;
      return false;
    };
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        const nodes = record.type === 'characterData' ? [record.target] : record.addedNodes;
        for (const node of nodes) {
          if (found(node)) {
            observer.disconnect();
            resolve(performance.timeOrigin + performance.now());
            return;
          }
        }
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  })`;
  return presenter.evaluate<number>(script);
}
