import { openBenchPages } from './benchPages';
import { percentiles } from './stats';
import type { Percentiles } from './stats';

/** Characters typed per sample run: a sentence of the length a facilitator types for one note. */
const TYPED = 'what would it take to trust the team with the budget next quarter';

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
    await control.evaluate(`(() => {
      const input = document.querySelector('[data-testid="capture-input"]');
      window.__keystrokes = [];
      input.addEventListener('keydown', () => {
        const started = performance.now();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => window.__keystrokes.push(performance.now() - started);
          channel.port2.postMessage(null);
        });
      }, true);
    })()`);
    await capture.click();
    let typed = 0;
    while (typed < samples + 10) {
      for (const character of TYPED) {
        if (typed >= samples + 10) break;
        await control.keyboard.press(character === ' ' ? 'Space' : character);
        // The next key waits for this one's frame, as a typist's next key comes after the screen showed the last.
        await control.waitForFunction((count) => (window as unknown as { __keystrokes: number[] }).__keystrokes.length >= count, typed + 1);
        typed += 1;
      }
      await capture.fill('');
    }
    const timings = await control.evaluate(() => (window as unknown as { __keystrokes: number[] }).__keystrokes.slice(10));
    return percentiles(timings);
  } finally {
    await pages.close();
  }
}
