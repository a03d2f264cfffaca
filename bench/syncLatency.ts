import type { Page } from '@playwright/test';
import { openBenchPages, submitCapture } from './benchPages';
import { percentiles } from './stats';
import type { Percentiles } from './stats';

/**
 * Control-to-presenter latency: from the moment the control page sends a
 * capture (Enter in the capture box) to the moment the presenter page's DOM
 * shows the note. Both pages read the same wall clock (performance.timeOrigin + now).
 */
export async function measureSyncLatency(preloadedNotes: number, samples: number): Promise<Percentiles> {
  const { control, presenter, capture, close } = await openBenchPages({ preloadedNotes });
  try {
    const latencies: number[] = [];
    for (let i = 0; i < samples + 10; i++) {
      const text = `Latency probe ${i}`;
      const seen = watchForNote(presenter, text);
      seen.catch(() => undefined);
      await capture.fill(text);
      await presenter.evaluate(() => undefined);
      const sentAt = await submitCapture(control);
      const shownAt = await seen;
      if (i >= 10) latencies.push(shownAt - sentAt);
    }
    return percentiles(latencies);
  } finally {
    await close();
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
