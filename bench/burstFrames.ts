import type { Page } from '@playwright/test';

/**
 * Frame recording for the burst figures (#18), shared by Groundwork's burst and its floor on bare pages, so both are
 * read the same way: the longest gap between two frames and the long animation frames (over 50 ms) the browser reports.
 */

/** What a page's frame recorder saw. */
export interface FrameRecord {
  /** Longest gap between two frames, ms. */
  longest: number;
  /** Long animation frames (over 50 ms) reported while recording. */
  over50: number;
}

/**
 * Resolves once the page draws 10 frames in a row, each within 34 ms of the last (two frames at 60 Hz), or after
 * 5 s. A resize or a first paint is still being laid out for a while after the call that caused it returns; a burst
 * measured straight after would be charged for it.
 */
export async function waitForSteadyFrames(page: Page): Promise<void> {
  await page.evaluate(`new Promise((resolve) => {
    const deadline = performance.now() + 5000;
    let last = 0;
    let steady = 0;
    const tick = (now) => {
      steady = last > 0 && now - last < 34 ? steady + 1 : 0;
      last = now;
      if (steady >= 10 || now > deadline) resolve();
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })`);
}

/** Starts recording frames in the page (see `FrameRecord`); `stopFrameRecorder` returns what it saw. */
export async function startFrameRecorder(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    window.__frames = { last: 0, longest: 0, over50: 0, running: true };
    new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (window.__frames.running) window.__frames.over50 += 1; })
      .observe({ type: 'long-animation-frame' });
    const tick = (now) => {
      if (window.__frames.last > 0) window.__frames.longest = Math.max(window.__frames.longest, now - window.__frames.last);
      window.__frames.last = now;
      if (window.__frames.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
}

/** Stops the page's frame recorder and returns what it saw, the longest frame rounded to 0.1 ms. */
export async function stopFrameRecorder(page: Page): Promise<FrameRecord> {
  const frames = await page.evaluate<FrameRecord>(`(() => { window.__frames.running = false; return window.__frames; })()`);
  return { longest: Math.round(frames.longest * 10) / 10, over50: frames.over50 };
}

/** Calls `send(i)` `count` times, evenly over `overMs` from now (as phones in a busy room would), and waits for every answer. */
export async function sendEvenly(count: number, overMs: number, send: (index: number) => Promise<unknown>): Promise<number> {
  const started = Date.now();
  const sent: Promise<unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const due = started + (i * overMs) / count;
    if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
    sent.push(send(i));
  }
  await Promise.all(sent);
  return started;
}

/** Resolves with the wall-clock time of the frame after the page's `[data-testid="notes-count"]` starts with `expected`. */
export function whenCountShown(page: Page, expected: string): Promise<number> {
  return page.evaluate<number>(`new Promise((resolve) => {
    const check = () => document.querySelector('[data-testid="notes-count"]')?.textContent?.startsWith(${JSON.stringify(expected)})
      ? requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()))
      : requestAnimationFrame(check);
    check();
  })`);
}
