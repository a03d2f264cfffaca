import type { Locator, Page } from '@playwright/test';
import { launchBenchBrowser, openBenchPages } from './benchPages';
import { percentiles } from './stats';
import type { Percentiles } from './stats';

/** Characters typed per sample run: a sentence of the length a facilitator types for one note. */
const TYPED = 'what would it take to trust the team with the budget next quarter';

/** Listens for keydown on the element and records, per key, the time to the moment after the next frame was drawn. */
const RECORD_KEYSTROKES = (selector: string): string => `(() => {
  const input = document.querySelector(${JSON.stringify(selector)});
  window.__keystrokes = [];
  input.addEventListener('keydown', () => {
    const started = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => window.__keystrokes.push(performance.now() - started);
      channel.port2.postMessage(null);
    });
  }, true);
})()`;

/**
 * The floor for the keystroke figure on this machine: the same measure on a page holding one bare text box, in the same
 * browser with the same flags. What a keystroke in the app costs beyond it is the app's.
 */
export async function measureKeystrokeFloor(samples: number): Promise<Percentiles> {
  const browser = await launchBenchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.setContent('<!doctype html><title>floor</title><input aria-label="floor">');
    await page.bringToFront();
    await page.evaluate(RECORD_KEYSTROKES('input'));
    await page.click('input');
    return percentiles(await typeAndTime(page, page.locator('input'), samples));
  } finally {
    await browser.close();
  }
}

/** Types the sentence key by key, each key after the last one's frame, and returns the timings after a warm-up of 10. */
async function typeAndTime(page: Page, box: Locator, samples: number): Promise<number[]> {
  let typed = 0;
  while (typed < samples + 10) {
    for (const character of TYPED) {
      if (typed >= samples + 10) break;
      await page.keyboard.press(character === ' ' ? 'Space' : character);
      // The next key waits for this one's frame, as a typist's next key comes after the screen showed the last.
      await page.waitForFunction((count) => (window as unknown as { __keystrokes: number[] }).__keystrokes.length >= count, typed + 1);
      typed += 1;
    }
    await box.fill('');
  }
  return page.evaluate(() => (window as unknown as { __keystrokes: number[] }).__keystrokes.slice(10));
}

/**
 * Keystroke to the next frame in the control window's capture box, in the discussion, with `notesInActivity` notes
 * already in it and `notesInSession` in the session altogether: from the key's `keydown` to the moment after the frame
 * that shows it was drawn (a `requestAnimationFrame` callback, then a message posted from it, which runs after paint).
 */
export async function measureKeystroke(notesInActivity: number, notesInSession: number, samples: number): Promise<Percentiles> {
  const pages = await openBenchPages({ preloadedNotes: notesInActivity, otherNotes: Math.max(0, notesInSession - notesInActivity), discussion: true });
  try {
    const { control, capture } = pages;
    await control.setViewportSize({ width: 1280, height: 720 });
    await control.bringToFront();
    await control.evaluate(RECORD_KEYSTROKES('[data-testid="capture-input"]'));
    await capture.click();
    const timings = await typeAndTime(control, capture, samples);
    return percentiles(timings);
  } finally {
    await pages.close();
  }
}
