import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { writeSessionFile } from './support/sessionFiles';
import { activityAt } from './support/workshop';

const SHOTS_DIR = join(process.cwd(), '.tmp', 'shots', 'layout');
const first = activityAt(0);
const second = activityAt(1);

/** The projected timer's width as a share of the screen: its words must not push the prompt aside. */
async function timerShareOfWidth(timer: Locator): Promise<number> {
  return timer.evaluate((element) => element.getBoundingClientRect().width / window.innerWidth);
}

test.describe('overtime is the facilitator’s business', () => {
  test('back on an activity that ran over, the room sees 0:00 “Time’s up” with no frame, unless the session shows overtime', async ({ server, control, presenter }) => {
    mkdirSync(SHOTS_DIR, { recursive: true });
    await presenter.page.setViewportSize({ width: 1024, height: 768 });
    // A session saved on the second activity after the first ran 23 seconds over and was paused; sound and flash on.
    writeSessionFile(server.workspace, 'ran-over.groundwork', (session) => {
      session.timers[first.id] = { plannedMs: first.plannedMinutes * 60_000, adjustMs: 0, usedMs: first.plannedMinutes * 60_000 + 23_000, startedAt: null };
      session.currentActivityId = session.agenda[1]?.id ?? session.currentActivityId;
      session.settings.timerEndSound = true;
    });
    await control.openFromDialog('ran-over.groundwork');
    await expect(control.activityTitle).toHaveText(second.title);

    await control.previousButton.click();
    await expect(control.activityTitle).toHaveText(first.title);
    await expect(presenter.page.getByTestId('presenter-title')).toHaveText(first.title);

    // The facilitator still sees the overtime.
    await expect(control.timerRemaining).toHaveText('+0:23');
    await expect(control.timerPanel).toHaveAttribute('data-phase', 'overtime');
    await expect(control.page.getByTestId('show-overtime')).not.toBeChecked();

    // The room does not: a still 0:00, no red count, no frame.
    await expect(presenter.timer).toHaveAttribute('data-phase', 'time-up');
    await expect(presenter.timer).toHaveAttribute('aria-label', 'Time’s up · Paused: 0:00');
    await expect(presenter.timer).not.toContainText('+');
    await expect(presenter.timer).not.toContainText(/overtime/i);
    await expect(presenter.page.getByTestId('presenter-timer-ended'), 'no flash frame on a paused timer the facilitator comes back to').toHaveCount(0);
    await expect(presenter.timer).toHaveCSS('border-top-color', 'rgba(0, 0, 0, 0)');
    await presenter.page.screenshot({ path: join(SHOTS_DIR, 'presenter-time-up-1024x768.png'), animations: 'disabled' });
    expect(await timerShareOfWidth(presenter.timer)).toBeLessThanOrEqual(0.25);

    // The facilitator lets the room see it: the red count and its frame, still without squeezing the prompt.
    await control.page.getByTestId('show-overtime').click();
    await expect(control.page.getByTestId('show-overtime')).toBeChecked();
    await expect(presenter.timer).toHaveAttribute('data-phase', 'overtime');
    await expect(presenter.timer).toHaveAttribute('aria-label', 'Overtime · Paused: +0:23');
    await expect(presenter.timer).not.toHaveCSS('border-top-color', 'rgba(0, 0, 0, 0)');
    await presenter.page.screenshot({ path: join(SHOTS_DIR, 'presenter-overtime-shown-1024x768.png'), animations: 'disabled' });
    expect(await timerShareOfWidth(presenter.timer), 'the overtime words sit under the clock instead of pushing the prompt aside').toBeLessThanOrEqual(0.25);
    await expect(presenter.page.getByTestId('presenter-timer-ended'), 'still no frame while paused').toHaveCount(0);

    // The choice is saved with the session: turning it off again hides the count at once.
    await control.page.getByTestId('show-overtime').click();
    await expect(presenter.timer).toHaveAttribute('data-phase', 'time-up');
  });
});
