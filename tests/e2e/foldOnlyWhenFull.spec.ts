import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { captureAll, crowdedTrustLevels, ofKind, openScene } from './support/kindScenes';
import type { OpenScene, SceneNote } from './support/kindScenes';

/**
 * Issue 10, point 6: the projector folds notes into "+N more" only when the next card truly does not fit. For every
 * box that shows a fold, the folded card that would show next is unfolded for a moment and measured: it must not fit
 * in the room left below the last card shown.
 */

const SHOTS_DIR = join(process.cwd(), '.tmp', 'shots', 'folds');
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
] as const;

/** For each box showing a fold: the room left below its last shown card, and the height the next folded card needs. */
async function foldsWithRoom(page: Page, boxSelector: string, moreSelector: string): Promise<Array<{ room: number; needs: number; fitsAnyway: boolean }>> {
  return page.evaluate(
    ({ boxSelector, moreSelector }) =>
      Array.from(document.querySelectorAll<HTMLElement>(boxSelector)).flatMap((box) => {
        const more = box.querySelector<HTMLElement>(moreSelector) ?? box.parentElement?.querySelector<HTMLElement>(moreSelector) ?? null;
        if (!more || more.hidden) return [];
        const cards = Array.from(box.querySelectorAll<HTMLElement>('[data-testid="presenter-note"]'));
        const shown = cards.filter((card) => !card.hidden);
        const next = cards.filter((card) => card.hidden).at(-1);
        const last = shown.at(-1);
        if (!next || !last) return [];
        const bottom = box.getBoundingClientRect().bottom - parseFloat(getComputedStyle(box).paddingBottom || '0');
        const room = bottom - Math.max(...shown.map((card) => card.getBoundingClientRect().bottom));
        // Show the next card for a moment (the "+N more" line stays, with one fewer): does the box then overflow?
        next.hidden = false;
        const needs = next.getBoundingClientRect().height;
        const overflowing = box.scrollHeight > box.clientHeight + 1 || Math.max(...cards.filter((card) => !card.hidden).map((card) => card.getBoundingClientRect().bottom)) > bottom + 0.5;
        next.hidden = true;
        return [{ room: Math.round(room), needs: Math.round(needs), fitsAnyway: !overflowing }];
      }),
    { boxSelector, moreSelector },
  );
}

/** Eleven notes on the trust sort: five of them in one column. */
const TRUST_ELEVEN: readonly SceneNote[] = [
  { text: 'Follows the process to the letter', columnId: 'level-1' },
  { text: 'Emails instead of talking', columnId: 'level-1' },
  { text: 'Meetings with a fixed agenda', columnId: 'level-1' },
  { text: 'Asks how my weekend was and remembers the answer', columnId: 'level-2' },
  { text: 'Covers for me when my kid is ill', columnId: 'level-2' },
  { text: 'Tells me the real reason behind a decision', columnId: 'level-2' },
  { text: 'Shares what keeps them up at night', columnId: 'level-2' },
  { text: 'We disagree openly and it is fine', columnId: 'level-2' },
  { text: 'Would trust them with my job', columnId: 'level-3' },
  { text: 'Tells me when I am wrong, kindly', columnId: 'level-3' },
  { text: 'Knows what I want from my career', columnId: 'level-3' },
];

const DISCUSSION_25: readonly SceneNote[] = Array.from({ length: 25 }, (_, i) => ({
  text: ['Clear priorities every Monday', 'Fewer meetings, better ones', 'Say thank you more often', 'Ask before assuming', 'Share the why behind decisions'][i % 5] + ` (${i + 1})`,
}));

/** Twenty-five notes as a room says them: short and long mixed. */
const DISCUSSION_MIXED: readonly SceneNote[] = [
  'Budgets', 'Clear priorities every Monday morning, written down where everyone can see them', 'Trust', 'Say thank you',
  'Fewer meetings; the ones we keep have an agenda and end on time', 'Ask before assuming', 'Share the why',
  'Feedback in private, praise in public, and both of them often', 'Rota', 'Coaching', 'Knowing when to step back and let the team decide',
  'Listen first', 'One-to-ones that are about the person, not the project status', 'Hiring', 'Vision',
  'Protect two mornings a week for deep work and tell the team why', 'Celebrate small wins', 'Delegate the outcome, not the task',
  'Be on time', 'Admit mistakes out loud so others can too', 'Planning', 'Keep promises, however small',
  'Explain decisions even when people will not like them', 'Budget reviews', 'Walk the floor',
].map((text) => ({ text }));

test.describe('a fold only when the next card truly does not fit', () => {
  test.beforeAll(() => mkdirSync(SHOTS_DIR, { recursive: true }));
  let scene: OpenScene | null = null;
  test.afterEach(() => {
    scene?.client.close();
    scene = null;
  });

  for (const size of SIZES) {
    const suffix = `${size.width}x${size.height}`;
    for (const [name, pick, notes] of [
      ['trust sort with 11 notes', ofKind('sort', 1), TRUST_ELEVEN],
      ['crowded trust sort', ofKind('sort', 1), crowdedTrustLevels()],
    ] as const) {
      test(`${name} at ${suffix}`, async ({ server, presenter }) => {
        await presenter.page.setViewportSize(size);
        scene = await openScene(server, pick);
        await captureAll(scene.client, scene.activity.id, notes);
        const shownCount = notes.filter((note) => !note.hidden).length;
        await expect(presenter.page.getByTestId('presenter-note')).toHaveCount(shownCount);
        await expect(presenter.page.locator('.psort[data-fit-size]')).toHaveCount(1);
        await presenter.page.bringToFront();
        await presenter.page.screenshot({ path: join(SHOTS_DIR, `${name.replaceAll(' ', '-')}-${suffix}.png`) });
        const folds = await foldsWithRoom(presenter.page, '.psort-notes', '[data-fit-more]');
        expect(folds.filter((fold) => fold.fitsAnyway || fold.room >= fold.needs), `folds with room for the next card: ${JSON.stringify(folds)}`).toEqual([]);
      });
    }

    for (const [name, notes] of [
      ['discussion with 25 notes', DISCUSSION_25],
      ['discussion with 25 mixed notes', DISCUSSION_MIXED],
    ] as const) {
      test(`${name} at ${suffix}`, async ({ server, presenter }) => {
        await presenter.page.setViewportSize(size);
        scene = await openScene(server, ofKind('discussion'));
        await captureAll(scene.client, scene.activity.id, notes);
        await expect(presenter.page.getByTestId('presenter-note')).toHaveCount(notes.length);
        await presenter.page.bringToFront();
        await presenter.page.screenshot({ path: join(SHOTS_DIR, `${name.replaceAll(' ', '-')}-${suffix}.png`) });
        const folds = await foldsWithRoom(presenter.page, '.pnotes-box', '[data-testid="presenter-fit-more"]');
        expect(folds.filter((fold) => fold.fitsAnyway), `folds with room for the next card: ${JSON.stringify(folds)}`).toEqual([]);
      });
    }
  }
});

test.describe('the facilitator pages the projector through folded notes', () => {
  for (const size of SIZES) {
    const suffix = `${size.width}x${size.height}`;
    test(`a crowded sort column, page by page and back, at ${suffix}`, async ({ server, control, presenter }) => {
      await presenter.page.setViewportSize(size);
      const scene = await openScene(server, ofKind('sort', 1));
      try {
        const notes = crowdedTrustLevels();
        await captureAll(scene.client, scene.activity.id, notes);
        // The first page is read once the projector has drawn the whole burst (each note shown or counted in a fold).
        await presenter.expectNotesAccountedFor(notes.filter((note) => !note.hidden).length);
        const middle = presenter.page.getByTestId('presenter-sort-column').nth(1);
        const more = middle.getByTestId('presenter-fit-more');
        await expect(more).toHaveText(/^\+\d+ earlier notes?$/);
        const shownTexts = () => middle.getByTestId('presenter-note').evaluateAll((items) => items.filter((item) => !(item as HTMLElement).hidden).map((item) => item.textContent ?? ''));
        const seen = new Set(await shownTexts());
        const pager = control.page.getByTestId('projector-fold-pager');
        const earlier = pager.getByRole('button', { name: 'Show earlier notes' });
        // Keyboard: the facilitator tabs to the button and presses Enter.
        await earlier.focus();
        await control.page.keyboard.press('Enter');
        await expect(more).toHaveText(/^Page 2 of (\d+)$/);
        const pages = Number(/of (\d+)/.exec((await more.textContent()) ?? '')?.[1]);
        expect(pages).toBeGreaterThanOrEqual(2);
        await expect(control.page.getByTestId('projector-fold-page')).toHaveText(`The projector shows page 2 of ${pages}.`);
        // The live preview draws the same page.
        await expect(control.page.getByTestId('projector-preview').getByTestId('presenter-sort-column').nth(1).getByTestId('presenter-fit-more')).toHaveText(`Page 2 of ${pages}`);
        await presenter.page.bringToFront();
        await presenter.page.screenshot({ path: join(SHOTS_DIR, `paged-sort-${suffix}.png`) });
        await control.page.bringToFront();
        await control.page.screenshot({ path: join(SHOTS_DIR, `paged-sort-control-${suffix}.png`) });
        for (const text of await shownTexts()) seen.add(text);
        for (let page = 3; page <= pages; page++) {
          await earlier.click();
          await expect(more).toHaveText(`Page ${page} of ${pages}`);
          for (const text of await shownTexts()) seen.add(text);
        }
        await expect(earlier).toBeDisabled();
        // Every note of the column was on one page or another, and the room always read them at the floor.
        expect(seen.size).toBe(notes.filter((note) => note.columnId === 'level-2').length);
        await presenter.expectLegible();
        await pager.getByRole('button', { name: 'Back to the newest' }).click();
        await expect(more).toHaveText(/^\+\d+ earlier notes?$/);
        await expect(control.page.getByTestId('projector-fold-page')).toHaveCount(0);
      } finally {
        scene.client.close();
      }
    });
  }
});
