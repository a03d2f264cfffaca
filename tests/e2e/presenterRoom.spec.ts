import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { OPENING_SORT, captureAll, dispatch, ofKind, openScene } from './support/kindScenes';

/** What the room sees with a message up, and a sort's column headings, at the projector sizes a room meets. */

const SHOTS_DIR = join(process.cwd(), '.tmp', 'shots', 'layout');
const PROJECTORS = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

/** Whether the element is the one drawn at the centre of its own box: nothing lies over it. */
async function drawnOnTop(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  if (!box) return false;
  const handle = await locator.elementHandle();
  return page.evaluate(
    ({ x, y, element }) => {
      const top = document.elementFromPoint(x, y);
      return top !== null && element !== null && (element === top || element.contains(top));
    },
    { x: box.x + box.width / 2, y: box.y + box.height / 2, element: handle },
  );
}

test.describe('the projector', () => {
  test.beforeAll(() => mkdirSync(SHOTS_DIR, { recursive: true }));

  for (const size of PROJECTORS) {
    const suffix = `${size.width}x${size.height}`;

    test(`a break message leaves the timer in sight at ${suffix}`, async ({ server, presenter }) => {
      await presenter.page.setViewportSize(size);
      const scene = await openScene(server, ofKind('discussion'));
      try {
        await dispatch(scene.client, { type: 'presenter.setMessage', message: 'Break: back at 10:45. Coffee and tea are in the hall downstairs, next to the lifts.' });
        await expect(presenter.page.getByTestId('presenter-message')).toBeVisible();
        await expect(presenter.timer).toBeVisible();
        await expect.poll(() => drawnOnTop(presenter.page, presenter.timer.locator('.ptimer-clock')), { message: 'the clock is not under the message' }).toBe(true);
        const clock = await presenter.timer.boundingBox();
        const text = await presenter.page.locator('.projector-message-text').boundingBox();
        if (!clock || !text) throw new Error('not drawn');
        expect(text.y >= clock.y + clock.height || text.x >= clock.x + clock.width || text.x + text.width <= clock.x, 'the message box does not overlap the timer').toBe(true);
        await presenter.page.screenshot({ path: join(SHOTS_DIR, `presenter-message-${suffix}.png`), animations: 'disabled' });
      } finally {
        scene.client.close();
      }
    });

    test(`a sort's column headings line up at ${suffix}`, async ({ server, presenter }) => {
      await presenter.page.setViewportSize(size);
      const scene = await openScene(server, ofKind('sort'));
      try {
        await captureAll(scene.client, scene.activity.id, OPENING_SORT.slice(0, 6));
        const columns = presenter.page.getByTestId('presenter-sort-column');
        await expect(columns).toHaveCount(3);
        await expect(presenter.page.getByTestId('presenter-note')).toHaveCount(6);
        const tops = async (selector: string): Promise<number[]> =>
          columns.evaluateAll((elements, inner) => elements.map((column) => Math.round(column.querySelector(inner)?.getBoundingClientRect().top ?? -1)), selector);
        const spread = (values: number[]): number => Math.max(...values) - Math.min(...values);
        expect(spread(await tops('.psort-label')), 'the labels start on one line').toBeLessThanOrEqual(1);
        expect(spread(await tops('.psort-count')), 'the counts sit on one line').toBeLessThanOrEqual(1);
        expect(spread(await tops('.psort-desc')), 'the descriptions start on one line').toBeLessThanOrEqual(1);
        expect(spread(await tops('.psort-notes')), 'the notes start on one line').toBeLessThanOrEqual(1);
        await presenter.page.screenshot({ path: join(SHOTS_DIR, `presenter-sort-${suffix}.png`), animations: 'disabled' });
      } finally {
        scene.client.close();
      }
    });
  }
});
