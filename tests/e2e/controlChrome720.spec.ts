import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { connectAsControl } from '../support/hostClient';
import { expect, test } from './support/fixtures';
import { workshop } from './support/workshop';

/**
 * The control window's chrome on a 1280x720 laptop: the room-status strip that appears while the room does not see
 * the activity live must not push the board down, and the top bar shows the whole session title.
 */

const SHOTS_DIR = join(process.cwd(), '.tmp', 'shots', 'layout');

async function top(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return box.y;
}

/** How far the title and the capture box moved from where they were (a strip that pushes moves them 40 px or more). */
async function moved(title: Locator, capture: Locator, before: { title: number; capture: number }): Promise<number> {
  return Math.max(Math.abs((await top(title)) - before.title), Math.abs((await top(capture)) - before.capture));
}

test.describe('the control window chrome at 1280x720', () => {
  test('black, a message and a freeze say what the room sees without moving the board', async ({ server, control }) => {
    await control.page.setViewportSize({ width: 1280, height: 720 });
    await control.createSession('Cohort 3', '2026-03-14');
    const title = control.activityTitle;
    const capture = control.page.getByTestId('capture-input');
    const before = { title: await top(title), capture: await top(capture) };

    await control.page.getByRole('button', { name: 'Black', exact: true }).click();
    await expect(control.roomBlackStatus).toBeVisible();
    expect(await moved(title, capture, before), 'the strip for a black screen does not shift the layout').toBeLessThan(2);
    await expect(control.page.getByTestId('return-live')).toBeInViewport({ ratio: 1 });

    const client = await connectAsControl(server.controlUrl);
    try {
      await client.call('session.dispatch', { type: 'presenter.returnToLive' });
      await client.call('session.dispatch', { type: 'presenter.setMessage', message: 'Break: back at 10:45, coffee is in the hall downstairs' });
      await client.call('session.dispatch', { type: 'presenter.setFrozen', frozen: true });
    } finally {
      client.close();
    }
    const status = control.page.getByTestId('room-status');
    await expect(status).toHaveAttribute('data-room', 'frozen');
    await expect(status).toContainText('Break: back at 10:45');
    expect(await moved(title, capture, before), 'the strip for a message does not shift the layout').toBeLessThan(2);
    await expect(control.page.getByTestId('return-live')).toBeInViewport({ ratio: 1 });
    mkdirSync(SHOTS_DIR, { recursive: true });
    await control.page.screenshot({ path: join(SHOTS_DIR, 'room-status-message-frozen-1280x720.png'), animations: 'disabled' });
    const timer = await control.page.getByTestId('timer-toggle').boundingBox();
    const live = await control.page.getByTestId('return-live').boundingBox();
    if (!timer || !live) throw new Error('not on screen');
    expect(live.y + live.height <= timer.y || timer.y + timer.height <= live.y, 'the strip does not cover the timer').toBe(true);

    await control.page.getByTestId('return-live').click();
    await expect(status).toHaveCount(0);
    expect(await moved(title, capture, before)).toBeLessThan(2);
  });

  test('saving and saved leave the top bar and the board where they are', async ({ control }) => {
    await control.page.setViewportSize({ width: 1280, height: 720 });
    await control.createSession('Cohort 3', '2026-03-14');
    await expect(control.saveStatus).toHaveAttribute('data-state', 'saved');
    // Every size the top bar and the board below it take while notes are saved, as the browser lays them out.
    await control.page.evaluate(() => {
      const seen = new Map<string, Set<string>>();
      (window as unknown as { __layoutSizes: Map<string, Set<string>> }).__layoutSizes = seen;
      const names = new Map<Element, string>();
      const observer = new ResizeObserver((entries) => {
        for (const entry of entries) {
          const name = names.get(entry.target) ?? '?';
          const sizes = seen.get(name) ?? new Set<string>();
          sizes.add(`${entry.contentRect.width}x${entry.contentRect.height}`);
          seen.set(name, sizes);
        }
      });
      for (const name of ['topbar', 'session-body', 'activity-scroll']) {
        const element = document.querySelector(`.${name}`);
        if (!element) continue;
        names.set(element, name);
        observer.observe(element);
      }
    });
    for (const text of ['First note', 'Second note', 'Third note']) {
      await control.captureInput.fill(text);
      await control.captureInput.press('Enter');
      await expect(control.noteTexts.last()).toHaveText(text);
      await expect(control.saveStatus).toHaveAttribute('data-state', 'saved');
    }
    const sizes = await control.page.evaluate(() =>
      [...(window as unknown as { __layoutSizes: Map<string, Set<string>> }).__layoutSizes].map(([name, seen]) => ({ name, sizes: [...seen] })),
    );
    expect(sizes.map((entry) => entry.name).sort()).toEqual(['activity-scroll', 'session-body', 'topbar'].sort());
    for (const { name, sizes: taken } of sizes) expect(taken, `${name}: one size while the state went saving → saved three times`).toHaveLength(1);
  });

  test('the top bar shows the whole session title', async ({ control }) => {
    await control.page.setViewportSize({ width: 1280, height: 720 });
    await control.createSession('Leadership cohort 4', '2026-11-28');
    const heading = control.page.locator('.topbar-title');
    await expect(heading).toHaveText(workshop.title);
    const clipped = await heading.evaluate((element) => element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1);
    expect(clipped, 'the title is not cut with an ellipsis').toBe(false);
    await expect(heading).toBeInViewport({ ratio: 1 });
    mkdirSync(SHOTS_DIR, { recursive: true });
    await control.page.screenshot({ path: join(SHOTS_DIR, 'topbar-1280x720.png'), clip: { x: 0, y: 0, width: 1280, height: 120 } });
    for (const id of ['present', 'save', 'save-as', 'export-report', 'open', 'home']) await expect(control.page.getByTestId(id)).toBeInViewport({ ratio: 1 });
  });
});
