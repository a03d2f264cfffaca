import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { voteOptions } from '../../shared/kinds/vote';
import type { ActivityKind } from '../../shared/session/types';
import { expect, test } from './support/fixtures';
import { expectCleanScreen } from './support/layoutCheck';
import { COMMITMENTS, OPENING_SORT, REFLECTION_HIGHLIGHTS, STRENGTH_COUNTS, TRUST_BREAKER_DOTS, WEEK_ON_THE_MAP, captureAll, dispatch, ofKind, openScene, snapshot } from './support/kindScenes';
import type { OpenScene } from './support/kindScenes';
import type { RunningServer } from './support/browserModeServer';

/**
 * The control window on the most common laptop screen, 1280x720: the script, the board and the preview each get
 * the room they need. Every board kind is opened with realistic content and checked for what a facilitator would
 * notice: a script box of a few lines, two cards per column, a ranking or a map cut off, Save and Cancel clipped,
 * a card drawn over the capture box. A screenshot of each goes to .tmp/shots/layout/ for review.
 */

const SHOTS_DIR = join(process.cwd(), '.tmp', 'shots', 'layout');
const LAPTOP = { width: 1280, height: 720 };

interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The element's box, and the part of it that is not clipped by a scrolling or clipping ancestor or the window. */
async function boxes(locator: Locator): Promise<{ full: Rect; visible: Rect }> {
  return locator.evaluate((element) => {
    const own = element.getBoundingClientRect();
    const visible = { top: own.top, bottom: own.bottom, left: own.left, right: own.right };
    for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) {
      const style = getComputedStyle(ancestor);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const clip = ancestor.getBoundingClientRect();
      visible.top = Math.max(visible.top, clip.top);
      visible.bottom = Math.min(visible.bottom, clip.bottom);
      visible.left = Math.max(visible.left, clip.left);
      visible.right = Math.min(visible.right, clip.right);
    }
    visible.top = Math.max(visible.top, 0);
    visible.left = Math.max(visible.left, 0);
    visible.bottom = Math.min(visible.bottom, window.innerHeight);
    visible.right = Math.min(visible.right, window.innerWidth);
    return { full: { top: own.top, bottom: own.bottom, left: own.left, right: own.right }, visible };
  });
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

/** Fully on screen: not clipped by any scroll box or the window, and not under the capture box that stays pinned at the bottom of the board. */
async function fullyShown(page: Page, locator: Locator): Promise<boolean> {
  const { full, visible } = await boxes(locator);
  if (visible.top > full.top + 0.5 || visible.bottom < full.bottom - 0.5 || visible.left > full.left + 0.5 || visible.right < full.right - 0.5) return false;
  const capture = page.locator('.activity .capture').first();
  if ((await capture.count()) === 0 || (await locator.evaluate((element) => element.closest('.capture') !== null))) return true;
  return !overlaps(full, (await boxes(capture)).full);
}

async function expectFullyShown(page: Page, locator: Locator, what: string): Promise<void> {
  await expect.poll(() => fullyShown(page, locator), { message: `${what} is fully on screen, not clipped or under the capture box` }).toBe(true);
}

/** How many lines of script the visible script box holds. */
async function scriptLines(page: Page): Promise<number> {
  return page.getByTestId('facilitator-script').evaluate((box) => {
    const text = box.querySelector('.script-text') ?? box;
    const lineHeight = parseFloat(getComputedStyle(text).lineHeight);
    return box.clientHeight / lineHeight;
  });
}

async function open(server: RunningServer, page: Page, kind: ActivityKind): Promise<OpenScene> {
  await page.setViewportSize(LAPTOP);
  const scene = await openScene(server, ofKind(kind));
  await expect(page.getByTestId('activity-title')).toHaveText(scene.activity.title);
  return scene;
}

/** Takes the review picture, then checks the screen's layout (tests/e2e/support/layoutCheck.ts). */
async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS_DIR, `${name}-1280x720.png`), animations: 'disabled' });
  await expectCleanScreen(page, name);
}

test.describe('the control window at 1280x720', () => {
  test.beforeAll(() => mkdirSync(SHOTS_DIR, { recursive: true }));

  test('discussion: the script reads as a text, not a slot; hiding the preview gives it the column, and that is remembered', async ({ server, control }) => {
    const { page } = control;
    const scene = await open(server, page, 'discussion');
    try {
      await captureAll(scene.client, scene.activity.id, [{ text: 'Keeps the lights on' }, { text: 'Gives people a reason' }]);
      expect(await scriptLines(page), 'the script shows at least 8 lines beside the preview').toBeGreaterThanOrEqual(8);
      await expectFullyShown(page, page.getByTestId('projector-preview'), 'the projector preview');
      await expectFullyShown(page, page.getByTestId('timer-toggle'), 'the timer button');
      await expectFullyShown(page, page.getByTestId('capture-input'), 'the capture box');
      await shoot(page, 'discussion');

      await page.getByTestId('preview-toggle').click();
      await expect(page.getByTestId('projector-preview')).toBeHidden();
      expect(await scriptLines(page), 'with the preview hidden the script shows at least 15 lines').toBeGreaterThanOrEqual(15);
      await shoot(page, 'discussion-preview-hidden');

      await page.reload();
      await expect(page.getByTestId('activity-title')).toHaveText(scene.activity.title);
      await expect(page.getByTestId('preview-toggle'), 'the window remembers the preview was hidden').toHaveAttribute('aria-expanded', 'false');
      await expect(page.getByTestId('projector-preview')).toBeHidden();
      await page.getByTestId('preview-toggle').click();
      await expect(page.getByTestId('projector-preview')).toBeVisible();
    } finally {
      scene.client.close();
    }
  });

  test('sort: at least four cards per column, and an inline edit shows Save and Cancel whole', async ({ server, control }) => {
    const { page } = control;
    const scene = await open(server, page, 'sort');
    try {
      await captureAll(scene.client, scene.activity.id, OPENING_SORT);
      const columns = page.getByTestId('sort-column');
      await expect(columns).toHaveCount(3);
      await expect(columns.first().getByTestId('note-item')).toHaveCount(6);
      await shoot(page, 'sort');
      for (const index of [0, 1]) {
        const cards = columns.nth(index).getByTestId('note-item');
        let shown = 0;
        for (let i = 0; i < (await cards.count()); i += 1) if (await fullyShown(page, cards.nth(i))) shown += 1;
        expect(shown, `cards fully visible in column ${index + 1}`).toBeGreaterThanOrEqual(4);
      }
      expect(await scriptLines(page)).toBeGreaterThanOrEqual(8);

      const lastCard = columns.first().getByTestId('note-item').last();
      await lastCard.getByTestId('note-edit').click();
      const input = lastCard.getByTestId('note-edit-input');
      await expect(input).toBeFocused();
      await expectFullyShown(page, input, 'the edit box');
      await expectFullyShown(page, lastCard.getByRole('button', { name: 'Save' }), 'Save');
      await expectFullyShown(page, lastCard.getByRole('button', { name: 'Cancel' }), 'Cancel');
      await shoot(page, 'sort-editing');
    } finally {
      scene.client.close();
    }
  });

  test('map: the whole plot is on screen, and a focused card near the bottom is never drawn over the capture box', async ({ server, control }) => {
    const { page } = control;
    const scene = await open(server, page, 'map');
    try {
      await captureAll(scene.client, scene.activity.id, [...WEEK_ON_THE_MAP, { text: 'Signed off the bottom-left budget', position: { x: 0.03, y: 0.02 } }]);
      await expectFullyShown(page, page.getByTestId('map-plot'), 'the map plot');
      const corner = page.getByTestId('map-chip').filter({ hasText: 'Signed off the bottom-left budget' });
      await corner.focus();
      await expect(corner).toBeFocused();
      const capture = await boxes(page.locator('.activity .capture').first());
      expect(overlaps((await boxes(corner)).full, capture.full), 'the focused card stays clear of the capture box').toBe(false);
      await expectFullyShown(page, corner, 'the focused card');
      await shoot(page, 'map');
    } finally {
      scene.client.close();
    }
  });

  test('vote: the ranking and every option are reachable, the ranking whole on screen', async ({ server, control }) => {
    const { page } = control;
    const scene = await open(server, page, 'vote');
    try {
      if (scene.activity.kind !== 'vote') throw new Error('not a vote');
      for (const [index, option] of voteOptions(await snapshot(scene.client), scene.activity).entries()) {
        await dispatch(scene.client, { type: 'vote.setCount', activityId: scene.activity.id, optionId: option.id, count: TRUST_BREAKER_DOTS[index] ?? 1 });
      }
      await expect(page.getByTestId('vote-ranking-item')).toHaveCount(TRUST_BREAKER_DOTS.length);
      await shoot(page, 'vote');
      await expectFullyShown(page, page.getByTestId('vote-ranking'), 'the ranking');
      const items = page.getByTestId('vote-ranking-item');
      for (let i = 0; i < (await items.count()); i += 1) await expectFullyShown(page, items.nth(i), `ranking line ${i + 1}`);
      await expectFullyShown(page, page.getByTestId('vote-reveal-toggle'), 'the reveal button');
      await expectFullyShown(page, page.getByTestId('vote-option').first(), 'the first option');
    } finally {
      scene.client.close();
    }
  });

  test('reflection: the stages, the highlights and the capture box share the centre', async ({ server, control }) => {
    const { page } = control;
    const scene = await open(server, page, 'reflection');
    try {
      await dispatch(scene.client, { type: 'reflection.setStage', activityId: scene.activity.id, stage: 'sharing' });
      await captureAll(scene.client, scene.activity.id, REFLECTION_HIGHLIGHTS);
      await expect(page.getByTestId('note-item')).toHaveCount(REFLECTION_HIGHLIGHTS.length);
      await shoot(page, 'reflection');
      await expectFullyShown(page, page.getByTestId('stage-stepper'), 'the stage stepper');
      await expectFullyShown(page, page.getByTestId('capture-input'), 'the capture box');
      const notes = page.getByTestId('note-item');
      let shown = 0;
      for (let i = 0; i < (await notes.count()); i += 1) if (await fullyShown(page, notes.nth(i))) shown += 1;
      expect(shown, 'highlights fully visible').toBeGreaterThanOrEqual(2);
      expect(await scriptLines(page)).toBeGreaterThanOrEqual(8);
    } finally {
      scene.client.close();
    }
  });

  test('scale: the statements and their counts are on screen', async ({ server, control }) => {
    const { page } = control;
    const scene = await open(server, page, 'scale');
    try {
      if (scene.activity.kind !== 'scale') throw new Error('not a scale');
      for (const [s, statement] of scene.activity.statements.entries()) {
        const counts = STRENGTH_COUNTS[s] ?? [];
        for (const [p, count] of counts.entries()) await dispatch(scene.client, { type: 'scale.setCount', activityId: scene.activity.id, statementId: statement.id, point: scene.activity.min + p, count });
      }
      await expect(page.getByTestId('scale-summary').first()).not.toHaveText('');
      await shoot(page, 'scale');
      const statements = page.getByTestId('scale-statement');
      let shown = 0;
      for (let i = 0; i < (await statements.count()); i += 1) if (await fullyShown(page, statements.nth(i))) shown += 1;
      expect(shown, 'statements fully visible').toBeGreaterThanOrEqual(3);
      expect(await scriptLines(page)).toBeGreaterThanOrEqual(8);
    } finally {
      scene.client.close();
    }
  });

  test('commitments: the form whole and several commitments on screen', async ({ server, control }) => {
    const { page } = control;
    const scene = await open(server, page, 'commitments');
    try {
      await captureAll(scene.client, scene.activity.id, COMMITMENTS);
      await expectFullyShown(page, page.getByTestId('commitment-form'), 'the commitment form');
      const items = page.getByTestId('commitment-item');
      let shown = 0;
      for (let i = 0; i < (await items.count()); i += 1) if (await fullyShown(page, items.nth(i))) shown += 1;
      expect(shown, 'commitments fully visible').toBeGreaterThanOrEqual(3);
      expect(await scriptLines(page)).toBeGreaterThanOrEqual(8);
      await shoot(page, 'commitments');
    } finally {
      scene.client.close();
    }
  });
});
