import { connectAsControl } from '../tests/support/hostClient';
import { openBenchPages } from './benchPages';
import { sendEvenly, startFrameRecorder, stopFrameRecorder, waitForSteadyFrames, whenCountShown } from './burstFrames';
import { percentiles } from './stats';
import type { Percentiles } from './stats';
import { countCpu } from './processCpu';
import type { CpuShare } from './processCpu';

/**
 * What a crowded session costs the control window (1280×720) beyond typing (#18): moving between activities, opening
 * the session, and a burst of notes arriving. Each is timed in the page, from the event to the frame that shows it
 * (a `requestAnimationFrame` callback, then a message posted from it, which runs after that frame is painted).
 */

/** Installs `window.__afterNextFrame(callback)`: runs `callback(now)` once the next frame has been painted. */
const AFTER_FRAME = `window.__afterNextFrame = (callback) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => callback(performance.now());
  channel.port2.postMessage(null);
});`;

interface Window {
  __moves: number[];
}

/**
 * PageDown / PageUp between the discussion holding `notesInActivity` notes (of `notesInSession`) and the activity
 * after it, `samples` moves in all: from the key to the frame that shows the new activity's title.
 */
export async function measureActivityChange(notesInActivity: number, notesInSession: number, samples: number): Promise<Percentiles> {
  const pages = await openBenchPages({ preloadedNotes: notesInActivity, otherNotes: Math.max(0, notesInSession - notesInActivity), discussion: true });
  try {
    const { control } = pages;
    await control.setViewportSize({ width: 1280, height: 720 });
    await control.bringToFront();
    await control.evaluate(`(() => {
      ${AFTER_FRAME}
      window.__moves = [];
      document.addEventListener('keydown', (event) => {
        if (event.key !== 'PageDown' && event.key !== 'PageUp') return;
        const started = performance.now();
        const before = document.querySelector('[data-testid="activity-title"]')?.textContent;
        const watcher = new MutationObserver(() => {
          if (document.querySelector('[data-testid="activity-title"]')?.textContent === before) return;
          watcher.disconnect();
          window.__afterNextFrame((now) => window.__moves.push(now - started));
        });
        watcher.observe(document.body, { subtree: true, childList: true, characterData: true });
      }, true);
    })()`);
    // Two warm-up moves, then the samples, alternating away from the crowded discussion and back to it.
    for (let move = 0; move < samples + 2; move++) {
      await control.keyboard.press(move % 2 === 0 ? 'PageDown' : 'PageUp');
      await control.waitForFunction((count) => (window as unknown as Window).__moves.length >= count, move + 1);
    }
    return percentiles(await control.evaluate(() => (window as unknown as Window).__moves.slice(2)));
  } finally {
    await pages.close();
  }
}

/**
 * Opening a saved session of `notesInSession` notes (`notesInActivity` of them in its current discussion) from the
 * home screen: from the open call to the frame that shows the capture box, ready for typing. The page's and this
 * process's clocks are both the wall clock. Returns one timing per run.
 */
export async function measureOpen(notesInActivity: number, notesInSession: number, runs: number): Promise<Percentiles> {
  const pages = await openBenchPages({ preloadedNotes: notesInActivity, otherNotes: Math.max(0, notesInSession - notesInActivity), discussion: true });
  const client = await connectAsControl(pages.server.controlUrl);
  try {
    const { control, capture } = pages;
    await control.setViewportSize({ width: 1280, height: 720 });
    await control.bringToFront();
    await client.call('session.saveAs', { path: 'bench-crowded.groundwork' });
    const timings: number[] = [];
    for (let run = 0; run < runs + 1; run++) {
      await client.call('session.close', {});
      await capture.waitFor({ state: 'detached' });
      const shown = control.evaluate<number>(`new Promise((resolve) => {
        ${AFTER_FRAME}
        const watcher = new MutationObserver(() => {
          if (!document.querySelector('[data-testid="capture-input"]')) return;
          watcher.disconnect();
          window.__afterNextFrame(() => resolve(performance.timeOrigin + performance.now()));
        });
        watcher.observe(document.body, { subtree: true, childList: true });
      })`);
      const started = Date.now();
      await client.call('session.open', { path: 'bench-crowded.groundwork' });
      const drawn = await shown;
      // The first run warms the host's and the page's code paths.
      if (run > 0) timings.push(drawn - started);
    }
    return percentiles(timings);
  } finally {
    client.close();
    await pages.close();
  }
}

/** The longest frame in the control window while a burst of notes arrived. */
export interface BurstFigures {
  /** Longest gap between two frames, in ms (a 60 Hz screen draws every 16.7 ms). */
  longestFrameMs: number;
  /** Frames the browser reported as long animation frames (over 50 ms). */
  framesOver50: number;
  /** How long the burst took to be shown whole, from the first note sent to the frame showing the last. */
  shownInMs: number;
  /** The CPU the browser, the host and the bench client spent meanwhile, beside all there was (null without /proc). */
  cpu: CpuShare | null;
}

/** Notes that trickle in before a burst on a warm page, and over how long. */
const WARM_UP = { notes: 20, overMs: 500 };

/**
 * `burst` notes sent into the discussion the control window shows (holding `notesInActivity` already), evenly over
 * `overMs`, as phones in a busy room would: the longest frame while they arrive and are drawn. The page has just
 * loaded the session, so the burst is the first note it draws; with `warm`, a few notes come in first (WARM_UP), as in
 * a session under way, and the burst is measured once they are drawn: what the first notes cost a freshly loaded page
 * (its code not yet compiled for them) shows as the difference.
 */
export async function measureBurst(notesInActivity: number, burst: number, overMs: number, warm = false): Promise<BurstFigures> {
  const pages = await openBenchPages({ preloadedNotes: notesInActivity, discussion: true });
  const client = await connectAsControl(pages.server.controlUrl);
  try {
    const { control } = pages;
    await control.setViewportSize({ width: 1280, height: 720 });
    await control.bringToFront();
    const snapshot = await client.call('session.snapshot', {});
    const activityId = snapshot.session?.currentActivityId ?? '';
    const before = warm ? WARM_UP.notes : 0;
    if (warm) {
      await sendEvenly(WARM_UP.notes, WARM_UP.overMs, (i) => client.call('session.dispatch', { type: 'note.capture', activityId, text: `Earlier note ${i + 1} from a phone in the room` }));
      await whenCountShown(control, `${notesInActivity + before} notes`);
    }
    // The resize to 1280×720 is still being laid out; the burst is charged only for its own frames.
    await waitForSteadyFrames(control);
    await startFrameRecorder(control);
    const spent = countCpu(pages.server.process.pid);
    const started = await sendEvenly(burst, overMs, (i) => client.call('session.dispatch', { type: 'note.capture', activityId, text: `Burst note ${i + 1} from a phone in the room` }));
    const shownAt = await whenCountShown(control, `${notesInActivity + before + burst} notes`);
    const cpu = spent?.() ?? null;
    const frames = await stopFrameRecorder(control);
    return { longestFrameMs: frames.longest, framesOver50: frames.over50, shownInMs: Math.round(shownAt - started), cpu };
  } finally {
    client.close();
    await pages.close();
  }
}

/** What a steady stream of notes cost the processes, per note. */
export interface SteadyStreamFigures {
  /** CPU per note, ms: Chromium's processes (both windows, the GPU and browser processes) and the host. */
  browserMsPerNote: number;
  hostMsPerNote: number;
  cpu: CpuShare;
}

/**
 * `count` notes sent evenly over `overMs` (slower than a frame apart, so each is handled on its own, as a room
 * answering at a steady pace is), into the discussion the control window shows (holding `notesInActivity`) or, with
 * `elsewhere`, into another activity, which no window draws. Null without /proc. What each note costs whatever is
 * drawn: an event that changed nothing on screen but still relaid out the window showed here, not in a burst.
 */
export async function measureSteadyStream(notesInActivity: number, count: number, overMs: number, elsewhere: boolean): Promise<SteadyStreamFigures | null> {
  const pages = await openBenchPages({ preloadedNotes: notesInActivity, discussion: true });
  const client = await connectAsControl(pages.server.controlUrl);
  try {
    const { control } = pages;
    await control.setViewportSize({ width: 1280, height: 720 });
    await control.bringToFront();
    const snapshot = await client.call('session.snapshot', {});
    const shownId = snapshot.session?.currentActivityId ?? '';
    const otherId = snapshot.session?.agenda.filter((activity) => activity.kind === 'discussion' && activity.id !== shownId).at(-1)?.id ?? shownId;
    const activityId = elsewhere ? otherId : shownId;
    await waitForSteadyFrames(control);
    const spent = countCpu(pages.server.process.pid);
    if (!spent) return null;
    let lastRev = 0;
    await sendEvenly(count, overMs, async (i) => {
      const { rev } = await client.call('session.dispatch', { type: 'note.capture', activityId, text: `Steady note ${i + 1} from a phone in the room` });
      lastRev = Math.max(lastRev, rev);
    });
    // Every note reached the control window (it shows its revision on the body once drawn).
    await control.waitForFunction((rev) => Number(document.body.dataset.rev ?? 0) >= rev, lastRev);
    const cpu = spent();
    return { browserMsPerNote: Math.round((cpu.browserMs / count) * 10) / 10, hostMsPerNote: Math.round((cpu.hostMs / count) * 10) / 10, cpu };
  } finally {
    client.close();
    await pages.close();
  }
}
