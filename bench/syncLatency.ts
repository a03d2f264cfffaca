import type { Page } from '@playwright/test';
import { openBenchPages, submitCapture } from './benchPages';
import { percentiles } from './stats';
import type { Percentiles } from './stats';

/** A latency measured to two moments: the note in the receiving page's DOM, and that page's next frame drawn with it. */
export interface SyncLatency {
  /** Until the note is in the DOM (the page has checked, stored, rendered and, for Groundwork, fitted it). */
  inDom: Percentiles;
  /** Until the page has drawn the frame that shows it (style, layout and paint done): what the room sees. */
  painted: Percentiles;
}

/**
 * Control-to-presenter latency: from the moment the control page sends a
 * capture (Enter in the capture box) to the moment the presenter page's DOM
 * shows the note, and to the moment it has drawn it. Both pages read the same wall clock (performance.timeOrigin + now).
 */
export async function measureSyncLatency(preloadedNotes: number, samples: number): Promise<SyncLatency> {
  const { control, presenter, capture, close } = await openBenchPages({ preloadedNotes });
  try {
    const inDom: number[] = [];
    const painted: number[] = [];
    for (let i = 0; i < samples + 10; i++) {
      const text = `Latency probe ${i}`;
      const seen = watchForNotePainted(presenter, text);
      seen.catch(() => undefined);
      await capture.fill(text);
      await presenter.evaluate(() => undefined);
      const sentAt = await submitCapture(control);
      const shown = await seen;
      if (i < 10) continue;
      inDom.push(shown.inDom - sentAt);
      painted.push(shown.painted - sentAt);
    }
    return { inDom: percentiles(inDom), painted: percentiles(painted) };
  } finally {
    await close();
  }
}

/**
 * Resolves with the presenter's clock reading when a note with `text` appears.
 * Looks only at what each mutation added (not at every note on the page, which
 * with a thousand notes would add the watcher's own scan to every sample).
 */
export async function watchForNote(presenter: Page, text: string): Promise<number> {
  return (await watchForNotePainted(presenter, text)).inDom;
}

/**
 * Resolves with the presenter's clock readings when a note with `text` appears in its DOM (`inDom`) and when the
 * page has then drawn a frame (`painted`: the first task after the next animation frame's callbacks, which runs once
 * that frame's style, layout and paint are done). Written as a string so the bundler's helpers (tsx adds `__name`)
 * do not leak into the page.
 */
export async function watchForNotePainted(presenter: Page, text: string): Promise<{ inDom: number; painted: number }> {
  const script = `new Promise((resolve) => {
    const expected = ${JSON.stringify(text)};
    const selector = '[data-testid="presenter-note"]';
    const now = () => performance.timeOrigin + performance.now();
    const shows = (note) => Boolean(note.textContent && note.textContent.includes(expected));
    const found = (node) => {
      const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
      if (!element) return false;
      const note = element.closest(selector);
      if (note) return shows(note);
      for (const inner of element.querySelectorAll(selector)) if (shows(inner)) return true;
      return false;
    };
    const whenPainted = (inDom) => requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ inDom, painted: now() });
      channel.port2.postMessage(0);
    });
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        const nodes = record.type === 'characterData' ? [record.target] : record.addedNodes;
        for (const node of nodes) {
          if (found(node)) {
            observer.disconnect();
            whenPainted(now());
            return;
          }
        }
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  })`;
  return presenter.evaluate<{ inDom: number; painted: number }>(script);
}
