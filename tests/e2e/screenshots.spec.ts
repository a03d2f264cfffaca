import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { connectAsControl } from '../support/hostClient';
import { expect, test } from './support/fixtures';
import { expectCleanScreen } from './support/layoutCheck';
import { firstDiscussion } from './support/workshop';
import { MIXED_ROOM_NOTES } from '../support/sampleNotes';

/** Where the review pictures go (not compared with anything; a person looks at them). */
const SHOTS_DIR = join(process.cwd(), '.tmp', 'shots');
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
] as const;
const NOTES = MIXED_ROOM_NOTES;
/** The first open discussion of the built-in workshop: the layout these pictures review. */
const discussion = firstDiscussion;

/** Short notes like a quick round of ideas: "Idea 7: clear goals". */
function shortNotes(count: number): string[] {
  const topics = ['more trust', 'clear goals', 'fewer meetings', 'honest feedback', 'time to think'];
  return Array.from({ length: count }, (_, i) => `Idea ${i + 1}: ${topics[i % topics.length] ?? ''}`);
}

/** Goes to the discussion and captures notes on it through a second control connection, in order. */
async function seed(controlUrl: string, texts: readonly string[]): Promise<void> {
  const client = await connectAsControl(controlUrl);
  try {
    await client.call('session.dispatch', { type: 'activity.go', activityId: discussion.id });
    await Promise.all(texts.map((text) => client.call('session.dispatch', { type: 'note.capture', activityId: discussion.id, text })));
  } finally {
    client.close();
  }
}

/** What a person at the back of the room would notice about the projected notes. */
async function projectedNotes(page: Page): Promise<{ shown: number; smallestPx: number; offScreen: number; cut: number }> {
  return page.getByTestId('presenter-note').evaluateAll((items) => {
    const shown = items.filter((item) => !(item as HTMLElement).hidden);
    const texts = shown.map((item) => item.firstElementChild as HTMLElement);
    return {
      shown: shown.length,
      smallestPx: Math.min(...texts.map((text) => parseFloat(getComputedStyle(text).fontSize))),
      offScreen: shown.filter((item) => {
        const box = item.getBoundingClientRect();
        return box.left < 0 || box.top < 0 || box.right > window.innerWidth || box.bottom > window.innerHeight;
      }).length,
      cut: texts.filter((text) => text.scrollHeight > text.clientHeight + 1 || text.scrollWidth > text.clientWidth + 1).length,
    };
  });
}

/** Takes the review picture, then checks the screen's layout (tests/e2e/support/layoutCheck.ts). */
async function shoot(page: Page, name: string): Promise<void> {
  await page.bringToFront();
  await page.screenshot({ path: join(SHOTS_DIR, `${name}.png`), animations: 'disabled' });
  await expectCleanScreen(page, name);
}

test.describe('screenshots for review', () => {
  test.beforeAll(() => mkdirSync(SHOTS_DIR, { recursive: true }));

  for (const size of SIZES) {
    const suffix = `${size.width}x${size.height}`;
    test(`home, running session and blackout at ${suffix}`, async ({ server, control, presenter }) => {
      await Promise.all([control.page.setViewportSize(size), presenter.page.setViewportSize(size)]);
      await expect(control.startButton).toBeEnabled();
      await expect(presenter.waiting).toBeVisible();
      await shoot(control.page, `control-home-${suffix}`);
      await shoot(presenter.page, `presenter-home-${suffix}`);

      await control.page.bringToFront();
      await control.createSession('Sales team, spring cohort', '2026-11-28');
      await seed(server.controlUrl, NOTES);
      await expect(presenter.title).toHaveText(discussion.title);
      await control.toggleTimer('Pause');
      await expect(control.noteTexts).toHaveCount(NOTES.length);
      await expect(presenter.notes).toHaveCount(NOTES.length);
      await expect(presenter.timer).toHaveAttribute('data-phase', 'running');
      await expect(control.timerRemaining).not.toHaveText(`${discussion.plannedMinutes}:00`);
      await shoot(control.page, `control-session-${suffix}`);
      await shoot(presenter.page, `presenter-session-${suffix}`);

      await control.pressOnPage('b');
      await expect(presenter.blackout).toBeVisible();
      await expect(control.roomBlackStatus).toBeVisible();
      await shoot(control.page, `control-blackout-${suffix}`);
      await shoot(presenter.page, `presenter-blackout-${suffix}`);
    });
  }
});

test.describe('projected notes fit, for review', () => {
  test.beforeAll(() => mkdirSync(SHOTS_DIR, { recursive: true }));
  const cases = [
    { name: '8-mixed', texts: NOTES, allShown: true },
    // At the legibility rule (1/30 of the height) 60 short notes no longer all fit: the rest fold, honestly counted.
    { name: '60-short', texts: shortNotes(60), allShown: false },
    { name: '120-short', texts: shortNotes(120), allShown: false },
  ];
  for (const size of SIZES) {
    for (const { name, texts, allShown } of cases) {
      const suffix = `${size.width}x${size.height}`;
      test(`${name} notes at ${suffix}`, async ({ server, control, presenter }) => {
        await presenter.page.setViewportSize(size);
        await control.createSession('Sales team, spring cohort', '2026-11-28');
        await seed(server.controlUrl, texts);
        // Shown or counted in the fold: a crowded board draws only the newest notes that could show.
        await presenter.expectNotesAccountedFor(texts.length);
        await shoot(presenter.page, `fit-${name}-${suffix}`);

        const seen = await projectedNotes(presenter.page);
        expect(seen.smallestPx, 'note type is at least 1/30 of the projected height (18px floor)').toBeGreaterThanOrEqual(Math.max(18, size.height / 30) - 0.05);
        expect(seen.offScreen, 'notes reaching outside the screen').toBe(0);
        expect(seen.cut, 'notes whose text is cut off').toBe(0);
        if (allShown) {
          expect(seen.shown).toBe(texts.length);
          await expect(presenter.notesMore).toBeHidden();
        } else {
          expect(seen.shown, 'some notes are shown').toBeGreaterThan(0);
          await expect(presenter.notesMore).toHaveText(`+${texts.length - seen.shown} earlier notes`);
        }
        await expect(presenter.prompt).toHaveText(discussion.prompt);
      });
    }
  }
});
