import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { connectAsControl } from '../support/hostClient';
import { everyKindWorkshop } from '../support/everyKindWorkshop';
import { notesIn } from '../support/noteTables';
import type { ControlPage } from './pages/controlPage';
import type { RunningServer } from './support/browserModeServer';
import { expect, test } from './support/fixtures';
import { dispatch, installWorkshop, snapshot } from './support/kindScenes';
import { expectCleanScreen } from './support/layoutCheck';

/**
 * A break on the agenda, driven as a facilitator would: before its timer the projector says how long it is, once the
 * timer runs when the room is back ("Back at 10:45" on the projector's clock), and the control board says the same with
 * no capture box, the keys still working. Review pictures of the projector at three sizes go to .tmp/shots/break/.
 */

const SHOTS_DIR = join(process.cwd(), '.tmp', 'shots', 'break');
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

const coffee = everyKindWorkshop.activities.find((activity) => activity.kind === 'break');
if (!coffee) throw new Error('The every-kind workshop has no break.');
const BREAK = coffee;

/** Starts a session of the every-kind workshop; returns a connection that drives it (closed by the caller). */
async function startSession(server: RunningServer) {
  const workshopId = await installWorkshop(server, 'every-kind.workshop.json', { groundworkWorkshop: 1, ...everyKindWorkshop });
  const client = await connectAsControl(server.controlUrl);
  await client.call('session.create', { workshopId, group: 'Break test group', date: '2026-11-28' });
  return client;
}

/**
 * The "Back at" lines the projector may show for a break of `minutes` started between `from` and `to` (its own clock,
 * ms): the end rounded to the nearest minute, written as the window writes times. A second either side covers the
 * clock offset between the page and the host.
 */
async function plausibleBackAt(page: Page, from: number, to: number, minutes: number): Promise<string[]> {
  return page.evaluate(
    ({ from, to, minutes }) => {
      const lines = new Set<string>();
      for (let start = from - 1000; start <= to + 1000; start += 500) {
        const end = Math.round((start + minutes * 60_000) / 60_000) * 60_000;
        lines.add(`Back at ${new Date(end).toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' })}`);
      }
      return [...lines];
    },
    { from, to, minutes },
  );
}

/** Clicks the break in the agenda and waits for its board. */
async function goToBreak(control: ControlPage): Promise<void> {
  await control.agendaItems.filter({ hasText: BREAK.title }).click();
  await expect(control.activityTitle).toHaveText(BREAK.title);
  await expect(control.page.getByTestId('break-board')).toBeVisible();
}

/** Whether the focus is on the activity itself (where it rests on a board with no text box). */
function focusOnActivity(control: ControlPage): Promise<boolean> {
  return control.page.evaluate(() => document.activeElement?.matches('main.activity') ?? false);
}

test.describe('a break', () => {
  test('says how long, then when the room is back, on the projector and the board alike; the keys still work', async ({ server, control, presenter }) => {
    const client = await startSession(server);
    try {
      await goToBreak(control);
      const when = presenter.page.getByTestId('presenter-break-when');
      const boardWhen = control.page.getByTestId('break-board-when');

      // Before the timer: how long the break is, on both; the board says what to do and has nothing to type into.
      await expect(presenter.title).toHaveText(BREAK.title);
      await expect(presenter.prompt).toHaveText(BREAK.prompt);
      await expect(when).toHaveText(`${BREAK.plannedMinutes} minutes`);
      await expect(boardWhen).toHaveText(`${BREAK.plannedMinutes} minutes`);
      await expect(control.page.getByTestId('break-board')).toContainText('The room is on a break. Start the timer (Space) to show when they are back.');
      await expect(control.captureInput).toHaveCount(0);
      await expect(control.page.locator('[data-capture-target]')).toHaveCount(0);
      await expect(presenter.notes).toHaveCount(0);

      // A clicked agenda item gives the focus back; Space from there starts the timer (no capture box to take it).
      await control.page.locator('main.activity').focus();
      const from = await presenter.page.evaluate(() => Date.now());
      await control.page.keyboard.press(' ');
      await expect(presenter.timer).toHaveAttribute('data-phase', 'running');
      const to = await presenter.page.evaluate(() => Date.now());
      await expect(when).toHaveText(/^Back at \S/);
      const shown = (await when.textContent()) ?? '';
      expect(await plausibleBackAt(presenter.page, from, to, BREAK.plannedMinutes)).toContain(shown);
      await expect(boardWhen).toHaveText(shown);
      await expect(control.page.getByTestId('break-board')).toContainText('The projector shows when they are back');

      // +1 min moves the time the room is back by a minute.
      await control.timerPlus.click();
      const later = await plausibleBackAt(presenter.page, from, to, BREAK.plannedMinutes + 1);
      await expect.poll(async () => later.includes((await when.textContent()) ?? '')).toBe(true);
      await expect(boardWhen).toHaveText((await when.textContent()) ?? '');

      // Pausing shows the minutes left instead of a time that is no longer true.
      await control.page.locator('main.activity').focus();
      await control.page.keyboard.press(' ');
      await expect(presenter.timer).toHaveAttribute('data-phase', 'paused');
      await expect(when).toHaveText(`${BREAK.plannedMinutes + 1} minutes left`);
      await expect(boardWhen).toHaveText(`${BREAK.plannedMinutes + 1} minutes left`);

      // A letter typed with no capture box anywhere goes nowhere and breaks nothing (the fixture fails on a page error).
      await control.page.keyboard.press('x');
      expect(await focusOnActivity(control)).toBe(true);

      // The clicker: PageDown to the next activity (its capture box takes the focus), PageUp back to the break.
      await control.page.keyboard.press('PageDown');
      await expect(control.activityTitle).toHaveText('Close');
      await expect(control.page.locator('[data-capture-target]').first()).toBeFocused();
      await control.page.keyboard.press('PageUp');
      await expect(control.activityTitle).toHaveText(BREAK.title);
      await expect.poll(() => focusOnActivity(control), { message: 'the focus rests on the activity, not lost to the page' }).toBe(true);
      await control.page.keyboard.press('PageUp');
      await expect(control.activityTitle).not.toHaveText(BREAK.title);
      expect(notesIn((await snapshot(client)).notes).filter((note) => note.activityId === BREAK.id), 'nothing was captured into the break').toEqual([]);
    } finally {
      client.close();
    }
  });

  for (const size of SIZES) {
    const suffix = `${size.width}x${size.height}`;
    test(`projector at ${suffix}: legible and whole, before and while the timer runs`, async ({ server, control, presenter }) => {
      mkdirSync(SHOTS_DIR, { recursive: true });
      await presenter.page.setViewportSize(size);
      const client = await startSession(server);
      try {
        const { agenda } = await snapshot(client);
        const activity = agenda.find((candidate) => candidate.kind === 'break');
        if (!activity) throw new Error('no break in the session');
        await dispatch(client, { type: 'activity.go', activityId: activity.id });
        const when = presenter.page.getByTestId('presenter-break-when');
        await expect(when).toHaveText(`${activity.plannedMinutes} minutes`);
        await presenter.expectLegible();
        await presenter.page.bringToFront();
        await presenter.page.screenshot({ path: join(SHOTS_DIR, `break-before-${suffix}.png`), animations: 'disabled' });
        await expectCleanScreen(presenter.page, `break before its timer at ${suffix}`);

        const from = await presenter.page.evaluate(() => Date.now());
        await dispatch(client, { type: 'timer.start', activityId: activity.id });
        const to = await presenter.page.evaluate(() => Date.now());
        await expect(when).toHaveText(/^Back at /);
        expect(await plausibleBackAt(presenter.page, from, to, activity.plannedMinutes)).toContain((await when.textContent()) ?? '');
        const seen = await presenter.expectLegible();
        expect(seen.smallestPx).toBeGreaterThanOrEqual(seen.floorPx - 0.05);
        await presenter.page.screenshot({ path: join(SHOTS_DIR, `break-running-${suffix}.png`), animations: 'disabled' });
        await expectCleanScreen(presenter.page, `break with its timer running at ${suffix}`);
        // The widest time a 12-hour clock writes still fits on one line, inside the screen (measured on a copy).
        const widest = await when.evaluate((line) => {
          const copy = line.cloneNode(true) as HTMLElement;
          copy.textContent = 'Back at 12:45 PM';
          line.after(copy);
          const box = copy.getBoundingClientRect();
          const lineHeight = parseFloat(getComputedStyle(copy).lineHeight);
          copy.remove();
          return { lines: Math.round(box.height / lineHeight), left: box.left, right: box.right, width: window.innerWidth };
        });
        expect(widest.lines).toBe(1);
        expect(widest.left).toBeGreaterThanOrEqual(0);
        expect(widest.right).toBeLessThanOrEqual(widest.width);

        // The control window on the break, for review and the same layout check (its own size is the test's default).
        if (size.width === 1280) {
          await goToBreak(control);
          await control.page.bringToFront();
          await control.page.screenshot({ path: join(SHOTS_DIR, `control-running-${suffix}.png`), animations: 'disabled' });
          await expectCleanScreen(control.page, `the control window on a running break at ${suffix}`);
        }
      } finally {
        client.close();
      }
    });
  }
});
